"""A protest handed over as a note (handed, delivered, presented, filed, sent), the protest an envoy was
summoned to receive, and a note still to be filed, each on a sentence written for other countries."""

import pytest

from tests.helpers import extract_text


def _events(text, published="2024-05-08"):
    return extract_text(text, published=published).events


@pytest.mark.parametrize(
    "text,parties,planned",
    [
        ("The foreign ministry of Ghana summoned Togo's ambassador on Monday and gave him a strongly worded protest note "
         "over the shooting.", {"GHA", "TGO"}, False),
        ("Chile delivered a note of protest to the Argentine embassy on Monday.", {"CHL", "ARG"}, False),
        ("Uruguay presented a formal protest to Brazil over the border incident.", {"URY", "BRA"}, False),
        ("Lithuania summoned the Belarusian charge d'affaires on Tuesday to convey a strong protest.",
         {"LTU", "BLR"}, False),
        ("Vietnam said it would file a diplomatic protest with Cambodia.", {"VNM", "KHM"}, True),
        ("Kenya summoned the Ugandan high commissioner over the arrests on Monday.", {"KEN", "UGA"}, False),
        ("Dhaka's foreign ministry summoned the Burmese ambassador late on Sunday.", {"BGD", "MMR"}, False),
        ("Chile said it would summon the Bolivian consul.", {"CHL", "BOL"}, True),
    ],
)
def test_protest_note(text, parties, planned):
    events = _events(text)
    assert any(e.type == "PROTEST" and set(e.parties) == parties and e.planned == planned for e in events), [
        (e.type, e.parties, e.planned) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Chile handed the Argentine ambassador a list of the seized vessels on Monday.",
        "Kenya delivered medical supplies to Uganda on Monday.",
    ],
)
def test_no_protest_without_one(text):
    assert not any(e.type == "PROTEST" for e in _events(text))


@pytest.mark.parametrize(
    "text,parties",
    [
        ("Latvia ordered Russia to reduce the staff of its embassy in Riga to 25 people on Monday.", {"LVA", "RUS"}),
        ("Kenya ordered the Ugandan ambassador to leave the country within 48 hours.", {"KEN", "UGA"}),
    ],
)
def test_ordered_to_cut_staff_or_leave_is_expulsion(text, parties):
    events = _events(text)
    assert any(e.type == "SANCTION" and set(e.parties) == parties for e in events), [(e.type, e.parties) for e in events]


def test_own_troops_ordered_out_are_no_expulsion():
    assert not any(e.type == "SANCTION" for e in _events("Kenya ordered its troops to leave the disputed town on Monday."))


@pytest.mark.parametrize(
    "text,parties",
    [
        ("Benin ordered the closure of its embassy in Niamey on Monday.", {"BEN", "NER"}),
        ("The President of Benin on Wednesday ordered a complete closure of the land border with Niger.",
         {"BEN", "NER"}),
    ],
)
def test_closure_ordered_is_sanction(text, parties):
    events = _events(text)
    assert any(e.type == "SANCTION" and set(e.parties) == parties for e in events), [(e.type, e.parties) for e in events]


def test_closure_of_no_border_or_mission_matches_no_sanction_pattern():
    from pactline.extractors.events import match_verb
    from pactline.language.analysis import load_model

    doc = load_model()("Uganda ordered the closure of schools on Monday.")
    ordered = next(t for t in doc if t.lower_ == "ordered")
    assert (match_verb(ordered) or {}).get("type") != "SANCTION"
