"""Pledge shapes of round 13 (issue 16), on sentences written for other country pairs."""

import pytest

from tests.helpers import extract_text


def _records(text, published="2025-03-01"):
    return extract_text(text, published=published).commitments


@pytest.mark.parametrize(
    "text,first,deadline",
    [
        ("Mongolia and Nepal held talks in Kathmandu. The ministers decided to bring yak wool exports to 40 million "
         "dollars by 2029 and to set up a veterinary laboratory.",
         "bring yak wool exports to 40 million dollars by 2029", "2029"),
        ("Chile and Peru held talks in Lima. The ministers resolved to grow bilateral trade volume to 8 billion US "
         "dollars by 2027 and to open talks on an investment treaty next year.",
         "grow bilateral trade volume to 8 billion US dollars by 2027", "2027"),
    ],
)
def test_infinitive_after_a_target_is_no_repeated_preposition(text, first, deadline):
    """ "to N dollars by 2029 and to open …": the second "to" marks an infinitive, not a second target, so the
    first pledge stays whole and is told once."""
    pledges = [r for r in _records(text) if r.kind == "commitment"]
    assert len(pledges) == 2
    assert pledges[0].text == first and pledges[0].deadline == deadline


@pytest.mark.parametrize(
    "text",
    [
        "ACCRA, March 1 - Ghana and Togo held talks in Accra on Friday. The ministers agreed to open a new border post.\n\n"
        "It will be recalled that the two postal services merged their parcel networks in 2009, a step exporters "
        "praised.",
        "Chile and Peru held talks in Lima. The ministers agreed to open a new border post. It should be noted that Peru "
        "ratified the fisheries accord in 2015.",
        "Chile and Peru held talks in Lima. The ministers agreed to open a new border post. It must be remembered that "
        "both states joined the Pacific Alliance in 2011.",
    ],
)
def test_a_reminder_of_the_background_is_no_pledge(text):
    """ "It will be recalled that …", "it should be noted that …": the writer recalls the past, nobody binds itself."""
    assert [r.text for r in _records(text)] == ["open a new border post"]


def test_recalling_an_envoy_is_still_a_pledge():
    [record] = _records("Chile and Peru held talks in Lima. Chile will recall its ambassador from Lima.")
    assert record.kind == "commitment" and record.parties == ["CHL"]


@pytest.mark.parametrize(
    "text,acts,parties",
    [
        ("Ghana and Togo held talks in Accra. They also reaffirmed their agreement to reopen the border crossing at "
         "Aflao and to hold their next meeting in Lome.",
         ["reopen the border crossing at Aflao", "hold their next meeting in Lome"], ["GHA", "TGO"]),
        ("Chile and Peru held talks in Lima. The ministers confirmed their agreement to hold annual consultations on "
         "fisheries.", ["hold annual consultations on fisheries"], ["CHL", "PER"]),
        ("Chile and Peru held talks in Lima. Both sides reiterated their agreement to continue the dialogue without "
         "preconditions.", ["continue the dialogue without preconditions"], ["CHL", "PER"]),
    ],
)
def test_a_restated_agreement_of_ones_own_is_a_pledge(text, acts, parties):
    records = _records(text)
    assert [r.text for r in records] == acts
    assert all(r.kind == "commitment" and r.parties == parties for r in records)


def test_welcoming_an_agreement_stays_a_stance():
    [record] = _records("Chile and Peru held talks in Lima. The ministers welcomed the agreement to hold annual "
                        "consultations on fisheries.")
    assert record.kind == "position"


@pytest.mark.parametrize(
    "text,act,parties",
    [
        ("Chile and Peru held talks in Lima. The ministers noted the opening of the new consulate and renewed their "
         "commitment to the prompt reopening of the night ferry to Callao.",
         "the prompt reopening of the night ferry to Callao", ["CHL", "PER"]),
        ("Ghana and Togo held talks in Accra. Both sides reaffirmed their commitment to the construction of a second "
         "rail line between the two capitals.", "the construction of a second rail line between the two capitals",
         ["GHA", "TGO"]),
        ("Ghana and Togo held talks in Accra. Ghana reiterated its commitment to the implementation of the peace "
         "accord.", "the implementation of the peace accord", ["GHA"]),
    ],
)
def test_a_commitment_to_an_act_named_by_a_noun_is_a_pledge(text, act, parties):
    pledges = [r for r in _records(text) if r.kind == "commitment"]
    assert [(r.text, r.parties) for r in pledges] == [(act, parties)]


def test_a_commitment_to_a_body_stays_a_stance():
    [record] = _records("Ghana and Togo held talks in Accra. Both sides reaffirmed their commitment to the Economic "
                        "Community of West African States.")
    assert record.kind == "position"


@pytest.mark.parametrize(
    "text,own,deadline",
    [
        ("Chile and Peru held talks in Lima. Chile will continue to take part in the coastal railway, which both "
         "governments promised to finish before the close of 2026.", "take part in the coastal railway", "2026"),
        ("Chile and Peru held talks in Lima. The ministers agreed to publish a joint tourism guide and to restore the "
         "old customs house in Tacna, which they undertook to finish within two years.",
         "restore the old customs house in Tacna", "2027-03"),
    ],
)
def test_a_pledge_told_in_a_relative_clause_is_one_of_its_own(text, own, deadline):
    """ "…, which both governments promised to finish by 2026": the relative clause binds its own subject."""
    records = _records(text)
    assert own in [r.text for r in records]
    assert [r.text.startswith("finish") for r in records].count(True) == 1
    [relative] = [r for r in records if r.text.startswith("finish")]
    assert relative.kind == "commitment" and relative.deadline == deadline


def test_a_relative_clause_of_the_past_adds_no_pledge():
    records = _records("Chile and Peru held talks in Lima. Chile will take part in the coastal railway, which the two "
                       "sides built in 2010.")
    assert len(records) == 1 and records[0].kind == "commitment"


@pytest.mark.parametrize(
    "text,pledges",
    [
        ("Chile and Peru held talks in Lima. The ministers agreed to press for the treaty's prompt ratification and "
         "to double two-way trade by 2029.",
         [("press for the treaty's prompt ratification", None), ("double two-way trade by 2029", "2029")]),
        ("Ghana and Togo held talks in Accra. The ministers agreed to press for the swift ratification of the accord "
         "and to triple cross-border trade by 2028.",
         [("press for the swift ratification of the accord", None), ("triple cross-border trade by 2028", "2028")]),
    ],
)
def test_an_infinitive_whose_verb_was_misread_is_a_pledge_of_its_own(text, pledges):
    """ "… and to double trade": "double" read as an adjective still starts a second pledge."""
    assert [(r.text, r.deadline) for r in _records(text)] == pledges


@pytest.mark.parametrize(
    "text,parties",
    [
        ("Kazakhstan and Uzbekistan held talks in Tashkent. Participants approved a road map for 2025-2027 and agreed "
         "to align the two countries' customs rules by the end of 2027.", ["KAZ", "UZB"]),
        ("Ghana and Togo held talks in Accra on Monday. The participants endorsed a work plan and agreed to open two "
         "new border crossings by 2026.", ["GHA", "TGO"]),
    ],
)
def test_the_participants_of_the_pairs_meeting_are_both_sides(text, parties):
    pledges = [r for r in _records(text) if r.kind == "commitment"]
    assert pledges and all(r.parties == parties for r in pledges)


@pytest.mark.parametrize(
    "text,act",
    [
        ("Chile and Peru held talks in Lima. The two sides signed a memorandum on student grants, under which they "
         "will aim for 300 scholarships a year until 2030.", "aim for 300 scholarships a year until 2030"),
        ("Ghana and Togo held talks in Accra. The ministers adopted a transport plan, under which the two countries "
         "will build three new bridges on the Mono River.", "build three new bridges on the Mono River"),
    ],
)
def test_a_plural_subjects_will_in_a_relative_clause_is_a_pledge(text, act):
    assert act in [r.text for r in _records(text) if r.kind == "commitment"]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo held talks in Accra. Ghana thanked Togo for the summit, which it will host next year.",
        "Chile and Peru held talks in Lima. Tomorrow the two presidents will open the business forum in Cusco, where "
        "they will tour a new port.",
    ],
)
def test_a_relative_clause_of_a_programme_is_no_pledge_of_its_own(text):
    assert not any(r.text.startswith(("host", "tour")) for r in _records(text))
