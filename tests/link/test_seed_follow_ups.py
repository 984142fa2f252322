"""Every follow-up link of the seed corpus, labelled by hand in tests/data/seed_follow_up_labels.tsv (held:
a party or its official speaks or acts, about the same specific object)."""

from pathlib import Path

import pytest

from pactline.link.register import commitment_mentions
from pactline.store.database import Store

LABELS = Path(__file__).resolve().parents[1] / "data" / "seed_follow_up_labels.tsv"


def _labels() -> dict[tuple[str, str], int]:
    out = {}
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("pledge\t") or not line.strip():
            continue
        pledge, later, held = line.split("\t")
        out[(pledge, later)] = int(held)
    return out


@pytest.fixture(scope="module")
def follow_ups(seeds_db):
    with Store(seeds_db, read_only=True) as store:
        return [(m["text"][:60].replace("\t", " "), f["evidence"][0]["quote"][:60].replace("\t", " "), f["relation"])
                for m in commitment_mentions(store) for f in m["follow_ups"]]


def test_every_follow_up_is_labelled_and_at_least_nine_in_ten_hold(follow_ups):
    labels = _labels()
    found = {(pledge, later) for pledge, later, _relation in follow_ups}
    unlabelled = sorted(found - set(labels))
    assert not unlabelled, f"label these follow-ups in {LABELS.name}: {unlabelled}"
    held = sum(labels[key] for key in found)
    assert held / len(found) >= 0.9, f"{held} of {len(found)} follow-ups hold"


def test_the_two_known_follow_throughs_are_kept(follow_ups):
    relations = {(pledge, later[:30]): relation for pledge, later, relation in follow_ups}
    signed = [r for (pledge, later), r in relations.items() if pledge.startswith("concluded negotiations")
              and later.startswith("On Thursday, the two countries")]
    assert signed == ["fulfils"]
    park = [r for (pledge, _later), r in relations.items() if "Industrial Park" in pledge]
    assert "reaffirms" in park
