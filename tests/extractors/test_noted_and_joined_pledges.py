"""Pledges told by others or over two actions: a pledge noted by a third side is its owner's; an action that goes
on with "it" is one pledge with the one before; a sum pledged is a pledge; "the two allies" of a bilateral text are its
two parties; a short span with no number ("within weeks") and the end of a season are deadlines."""

import pytest

from pactline.extractors.commitments import links_another_story
from pactline.extractors.deadlines import relative_deadline
from tests.helpers import extract_text


def _pledges(text: str, published: str) -> list:
    return [r for r in extract_text(text, published=published).commitments if r.kind == "commitment"]


def test_a_pledge_noted_by_a_third_side_is_its_owners():
    text = ("Ghana and Togo held talks in Lome. The envoy notes the parties' commitment to set up a joint border "
            "commission within 30 days and to pull back all troops within 90 days.")
    found = _pledges(text, "2025-03-10")
    assert [(r.parties, r.deadline) for r in found] == [(["GHA", "TGO"], "2025-04-09"), (["GHA", "TGO"], "2025-06-08")]


def test_a_welcomed_pledge_stays_the_welcomers_stance():
    text = "Ghana and Togo held talks in Lome. Togo welcomed Ghana's decision to double its grain exports."
    records = extract_text(text, published="2025-03-10").commitments
    assert records and all(r.kind == "position" and r.parties == ["TGO"] for r in records), records


def test_an_action_on_the_same_thing_is_one_pledge():
    text = ("Peru and Ecuador held talks in Lima. They agreed to speed up work on the second road bridge at Tumbes "
            "and to open it within three years, as well as to widen the coastal road.")
    found = _pledges(text, "2024-05-17")
    assert len(found) == 2, [r.text for r in found]
    assert found[0].deadline == "2027-05" and "open it" in found[0].text
    assert found[1].deadline is None


def test_a_sum_pledged_is_a_pledge():
    text = ("Chile pledges $40 million in flood aid for Bolivia\n\nSANTIAGO — Chile will send $40 million in flood aid "
            "to Bolivia, the foreign ministry said. At the donors' meeting Uruguay pledged $5 million in emergency "
            "assistance to Bolivia.")
    found = _pledges(text, "2024-03-04")
    assert {("CHL",), ("URY",)} <= {tuple(r.parties) for r in found}
    assert any(r.parties == ["CHL"] and r.modality == "pledge" for r in found), [(r.parties, r.text) for r in found]


def test_the_two_allies_of_a_bilateral_text_are_its_two_parties():
    # (plain "the allies" is left out: in a bilateral text it may be an alliance's members, as at a NATO summit)
    text = ("Chile and Peru held talks in Lima. The two allies agreed to create a joint unit against border crime and "
            "to renovate the four border posts by the end of next year.")
    found = _pledges(text, "2024-07-30")
    assert [(r.parties, r.deadline) for r in found] == [(["CHL", "PER"], None), (["CHL", "PER"], "2025")]


@pytest.mark.parametrize(
    "text,made_on,expected",
    [
        ("launch the pilot scheme within weeks", "2025-07-10", "2025"),
        ("reopen the crossing in the coming days", "2023-02-02", "2023"),
        ("reopen the crossing within a few weeks", "2024", "2024"),
        ("reopen the crossing within weeks", "2023-12-20", None),
        ("reopen the crossing within days of the vote", "2023-02-02", None),
        ("hold a second round of consultations before summer ends", "2024-06-11", "2024"),
        ("draft the customs annex by the end of the summer", "2025-05-20", "2025"),
        ("finish the survey by the close of the winter", "2025-01-20", "2025"),
        ("greet the guests at the end of the first royal visit to Ghana in twelve years", "2025-03-01", None),
        ("hold the first joint drill within two years", "2025-03-01", "2027-03"),
    ],
)
def test_a_short_span_and_a_seasons_end_are_deadlines(text, made_on, expected):
    assert relative_deadline(text, made_on) == expected


def test_a_verb_read_as_a_noun_with_an_object_is_the_pledge():
    text = ("Ghana and Togo held talks in Accra. The presidents endorsed a common vision of ties resting on trade, "
            "energy and culture, and agreed to commence negotiations on a free trade agreement.")
    found = _pledges(text, "2024-05-02")
    assert [r.text for r in found] == ["commence negotiations on a free trade agreement"]


def test_agreeing_to_a_partnership_is_a_pledge_and_to_an_importance_a_stance():
    text = ("Ghana and Togo held talks in Accra. The two presidents agreed to a cocoa partnership. They agreed on "
            "the importance of peace.")
    records = extract_text(text, published="2024-05-02").commitments
    assert [(r.kind, r.parties) for r in records] == [("commitment", ["GHA", "TGO"]), ("position", ["GHA", "TGO"])]


def test_what_someone_thinks_a_party_will_do_is_no_pledge():
    text = ("Chile and Peru held talks in Lima. \"The border is the key,\" said Ana Ruiz, an analyst at a Lima "
            "institute. In her view, Chile will also try to prove that its new course leaves "
            "its neighbours reassured.")
    assert not _pledges(text, "2024-05-02")


def test_a_link_to_other_stories_is_no_text_of_the_story():
    assert links_another_story("Related: Peru's new premier names cabinet | Chile: Boric to seek a pension reform")
    assert not links_another_story("Related talks on the border will be held in Lima: both sides agreed to this.")
    assert not links_another_story("Chile and Peru agreed to open a border post.")


def test_setting_up_a_body_to_do_something_is_the_pledge():
    text = ("Ghana and Togo held talks. Our two armies will train together, and we will set up a new coast guard "
            "unit to patrol that shore.")
    assert "set up a new coast guard unit to patrol that shore" in [r.text for r in _pledges(text, "2025-07-10")]


def test_a_means_listed_after_including_by_is_a_pledge_of_its_own():
    text = ("Peru and Chile held talks. The two sides will upgrade the Andean highway and will raise freight "
            "volumes across their borders, including by starting a weekly rail shuttle to the Pacific coast.")
    assert [r.text for r in _pledges(text, "2024-05-02")] == [
        "upgrade the Andean highway", "raise freight volumes across their borders",
        "by starting a weekly rail shuttle to the Pacific coast"]


def test_assurances_that_a_party_will_act_are_its_pledge():
    text = ("Chile and Peru held talks in Lima. Chile would keep the Tacna crossing open at night, the President assured "
            "his guest. He also gave assurances that Chile would limit delays for Peruvian truckers.")
    assert (["CHL"], "limit delays for Peruvian truckers") in [(r.parties, r.text) for r in _pledges(text, "2024-05-02")]


def test_a_thing_of_our_two_countries_is_the_pairs():
    text = ("Ghana and Togo held talks in Accra.\n\nPresident Mahama:\n\nThe Accra Declaration is signed. Our two power "
            "grids will be linked by 2027, and we will create a joint board to run them.")
    found = _pledges(text, "2025-07-10")
    assert [r.parties for r in found] == [["GHA", "TGO"], ["GHA", "TGO"]]
    assert "our two power grids will be linked" in found[0].text.lower()


def test_an_action_on_it_that_says_more_than_when_is_a_pledge_of_its_own():
    text = ("Ghana and Togo agreed to jointly promote the growth of the Lome free zone and turn it into a regional "
            "logistics hub.")
    assert len(_pledges(text, "2024-05-17")) == 2


def test_a_span_runs_from_the_month_the_pledge_was_made():
    text = ("Egypt and Sudan held talks. In July, the two presidents agreed, during a regional summit in "
            "Khartoum, to conclude a water deal within four months. Egypt and Sudan agreed on Monday to open a "
            "border post within three months.")
    assert [r.deadline for r in _pledges(text, "2023-09-18")] == ["2023-11", "2023-12"]


def test_a_treaty_that_commits_each_side_binds_the_pair():
    text = "Ghana and Togo signed a treaty in Accra. Under it, the accord commits each side not to assist any invader."
    assert [(r.parties, r.text) for r in _pledges(text, "2025-01-17")] == [(["GHA", "TGO"], "not assist any invader")]


def test_a_stage_told_after_with_is_a_pledge_of_its_own():
    text = ("Peru and Chile held talks. The two governments agreed to reopen the rail crossings on their border, with a "
            "trial run to start within weeks. They agreed to build a new port, with financing from the bank.")
    assert [(r.text, r.deadline) for r in _pledges(text, "2023-02-02")] == [
        ("reopen the rail crossings on their border", None), ("with a trial run to start within weeks", "2023"),
        ("build a new port, with financing from the bank", None)]


def test_a_warning_that_troops_would_be_treated_as_foes_is_a_threat_dated_by_what_it_threatens():
    text = ("Chad and Sudan traded accusations. Chad's president Mahamat Deby warned on Monday that any foreign troops "
            "in Abeche would be treated as hostile. The two sides agreed to meet again on Friday. Deby warned on "
            "Monday that Sudan would pay a heavy price by May.")
    found = _pledges(text, "2024-05-02")
    assert [(r.parties, r.modality, r.deadline) for r in found] == [
        (["TCD"], "threaten", None), (["SDN", "TCD"], "agree", "2024-05-03"), (["TCD"], "threaten", "2024-05")]
