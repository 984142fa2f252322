"""Round 19 (rc19): instruments named under "including" after a signing told as done are agreements of their own
("signed nine documents, including an accord on visas and a memorandum on rail freight": three records), as the
items of a signed list are; a signing still to come and a list under another verb add none. The texts are written
for this file, about countries of their own."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text

_HEAD = "Chile and Peru deepen ties\n\nThe presidents of Chile and Peru met in Lima on Monday. "


def _agreements(sentence: str) -> list[tuple[list[str], bool]]:
    events = extract_text(_HEAD + sentence, published="2024-05-08").events
    return [(e.parties, e.planned) for e in events if e.type == "AGREE" and sentence[:30] in e.evidence[0].quote]


@pytest.mark.parametrize("sentence,count", [
    ("The two presidents signed nine documents, including an agreement on visa exemption and a memorandum on rail "
     "freight.", 3),
    ("During the visit, twelve documents were signed, including a treaty on extradition and a protocol on "
     "fisheries.", 3),
    ("The foreign ministers inked six accords, including a convention on double taxation.", 2),
    ("The two leaders witnessed the signing of six memoranda of understanding, including a pact on fisheries and a "
     "contract for Peru to buy Chilean buses.", 3),
])
def test_each_instrument_included_is_its_own_agreement(sentence: str, count: int) -> None:
    found = _agreements(sentence)
    assert len(found) == count
    assert all(parties == ["CHL", "PER"] and not planned for parties, planned in found)


@pytest.mark.parametrize("sentence", [
    "The two sides will sign five documents next month, including an accord on copper mining.",
    "The ministers reviewed the documents signed last year, including a treaty on water sharing.",
])
def test_no_instrument_record_for_a_signing_to_come_or_another_verb(sentence: str) -> None:
    assert len([p for p, planned in _agreements(sentence) if not planned]) <= 1
