"""A headline's next item after a comma ("…, Petro to visit Quito in May") is what that named one will do: it is no
part of the pledge before it, and its month is no deadline of that pledge."""

from tests.helpers import extract_text


def _pledges(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.deadline) for c in extract_text(text).commitments if c.kind == "commitment"]


def test_a_visit_after_the_comma_is_cut_from_the_headline_pledge():
    found = _pledges("Colombia, Ecuador agree to build border bridge, Petro to visit Quito in May\n\n"
                     "BOGOTA, Feb 3, 2025 - Colombia and Ecuador agreed on Monday to build a border bridge over the "
                     "San Miguel river by June 2027, officials said.")
    assert not any("visit" in text or deadline == "2025-05" for text, deadline in found), found
    assert any("bridge" in text and deadline == "2027-06" for text, deadline in found), found


def test_a_surname_read_as_a_common_noun_is_cut_too():
    found = _pledges("Chile, Bolivia agree to reopen rail line, Arce to visit Santiago in August\n\n"
                     "SANTIAGO, April 7, 2025 - Chile and Bolivia agreed on Monday to reopen the Arica-La Paz rail "
                     "line for freight by the end of 2026, the two foreign ministries said.")
    assert found and not any("visit" in text or deadline == "2025-08" for text, deadline in found), found


def test_a_leader_read_as_an_apposition_is_cut_and_the_story_keeps_its_deadline():
    found = _pledges("Kenya, Tanzania agree to revive oil pipeline, Ruto to visit Dodoma in July\n\n"
                     "NAIROBI, March 4, 2025 - Kenya and Tanzania agreed on Monday to revive a stalled oil pipeline "
                     "project, pledging to finish the first section by December 2026, officials said.")
    assert not any("visit" in text or deadline == "2025-07" for text, deadline in found), found
    assert any("pipeline" in text and deadline == "2026-12" for text, deadline in found), found
