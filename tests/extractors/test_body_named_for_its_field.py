"""The next session of a pair's own body named for its field in title case ("the Joint Economic Council", "the
Border Security Committee") is the pair's pledge, as "the joint commission" is; a body named for a place stays
that place's country's."""

from tests.helpers import extract_text

LEAD = "Ghana and Togo hold talks\n\nACCRA, May 5, 2025 - Ghana and Togo held talks on trade on Monday.\n\n"


def _pledges(text: str) -> list[tuple[list[str], str | None]]:
    return [(c.parties, c.deadline) for c in extract_text(text).commitments if c.kind == "commitment"]


def test_a_title_case_field_body_is_the_pairs_own():
    assert _pledges(LEAD + "The next session of the Joint Economic Council will be held in Lome next year.") == [
        (["GHA", "TGO"], "2026")]
    assert _pledges(LEAD + "The third meeting of the Border Security Committee will take place in Kara in 2026.") == [
        (["GHA", "TGO"], "2026")]
