"""Two stances share a field only by a specific one when each names one: the broad "politics" tag a stance
gains when its own clause names no field does not make a trade stance and a security stance one position."""

import pytest

from pactline.link.commitment_entities import _same_field
from pactline.store.rows import CommitmentBrief


def _stance(id_: str, text: str, domains: list[str]) -> CommitmentBrief:
    return CommitmentBrief(id=id_, doc_id="d1", kind="position", parties=["PER", "CHL"], text=text,
                           made_on="2025-03-04", domains=domains)


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (["trade", "politics"], ["security", "politics"], False),
        (["trade", "politics"], ["trade"], True),
        (["politics"], ["security", "politics"], True),
        (["politics"], ["politics"], True),
        ([], ["energy"], True),
        (["energy", "politics"], ["trade", "energy"], True),
    ],
)
def test_broad_tag_alone_does_not_join_two_specific_fields(first: list[str], second: list[str], same: bool) -> None:
    a = _stance("a", "Lima welcomed the lifting of tariffs on copper", first)
    b = _stance("b", "Santiago condemned the border incursion", second)
    assert _same_field(a, b) is same
