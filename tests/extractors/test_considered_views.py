""""was considered" with only its auxiliary tells what talks covered; with a predicate ("was considered
illegal", "was considered a threat") it tells a view, whatever label the parser gives the predicate."""

from types import SimpleNamespace

import pytest

from pactline.extractors.cue_shapes import topics_considered
from tests.helpers import extract_text


def _verb(*deps):
    return SimpleNamespace(children=[SimpleNamespace(dep_=d) for d in ("nsubjpass", "auxpass", *deps)])


@pytest.mark.parametrize("deps", [("acomp",), ("attr",), ("oprd",), ("xcomp",)])
def test_a_predicate_makes_it_a_view(deps):
    assert not topics_considered(_verb(*deps), "consider")


def test_only_the_auxiliary_makes_it_a_topic():
    assert topics_considered(_verb("prep"), "consider")


def test_a_takeover_considered_illegal_is_a_stance():
    text = ("Kenya and Ghana held talks in Nairobi on 3 May 2024. Ghana's foreign minister said the takeover of the "
            "port was considered illegal.")
    found = [r for r in extract_text(text, published="2024-05-03").commitments if "illegal" in r.text]
    assert found and all(r.kind == "position" for r in found), [(r.kind, r.text) for r in found]
