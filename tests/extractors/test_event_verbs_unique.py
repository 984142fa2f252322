"""Every verb pattern of data/event_verbs.json is listed once: a pattern told twice codes nothing new and hides
an edit made to only one of its copies."""

import json
from collections import Counter
from importlib import resources


def test_no_verb_pattern_is_listed_twice():
    verbs = json.loads(resources.files("pactline.data").joinpath("event_verbs.json").read_text(encoding="utf-8"))["verbs"]
    counts = Counter(json.dumps(entry, sort_keys=True) for entry in verbs)
    assert [key for key, n in counts.items() if n > 1] == []
