"""Round 12 event shapes, in sentences written for other countries: an exercise or a deployment that a clause
schedules with its own date is planned (its own type, neither a pledge nor a threat; held out on a condition
it stays a threat); goals set, initiatives launched and ministers tasked are agreements; congratulations are
support; concern voiced is coded once."""

import pytest

from tests.helpers import extract_text


def _events(text, published="2025-03-01"):
    return extract_text(text, published=published).events


def _seen(events):
    return [(e.type, sorted(e.parties), e.planned, e.evidence[0].quote[:40]) for e in events]


@pytest.mark.parametrize("text, kind, parties", [
    ("The armies of Kenya and Tanzania will stage a joint field exercise near Arusha in August.", "COOPERATE", {"KEN"}),
    ("Vietnamese and Indian troops will train together at a camp in Assam next March.", "COOPERATE", {"IND", "VNM"}),
    ("Spain will deploy two frigates to the Gulf of Guinea next year.", "MOBILIZE", {"ESP"}),
    ("Norway will send a battalion to Latvia in the autumn, the defence minister said.", "MOBILIZE", {"NOR", "LVA"}),
])
def test_an_operation_scheduled_with_its_date_is_planned(text, kind, parties):
    events = _events(text)
    assert any(e.type == kind and e.planned and parties <= set(e.parties) for e in events), _seen(events)
    assert not any(e.type == "THREATEN" for e in events), _seen(events)


@pytest.mark.parametrize("text", [
    "Spain will deploy two frigates to the Gulf of Guinea if Morocco does not withdraw.",
    "Spain will deploy two frigates to the Gulf of Guinea.",
])
def test_an_undated_or_conditional_deployment_stays_a_threat(text):
    events = _events(text)
    assert any(e.type == "THREATEN" and not e.planned for e in events), _seen(events)


@pytest.mark.parametrize("text, pair", [
    ("Egypt and Greece set a target of doubling their bilateral trade by 2030.", {"EGY", "GRC"}),
    ("The presidents of Mexico and Chile fixed a goal of ten billion dollars in two-way investment by 2028.", {"MEX", "CHL"}),
    ("Uruguay and Argentina launched a joint initiative on river transport.", {"URY", "ARG"}),
    ("The Ghanaian and Ivorian leaders directed their ministers to conclude the border talks by June.", {"GHA", "CIV"}),
])
def test_goals_set_initiatives_launched_and_ministers_tasked_are_agreements(text, pair):
    events = _events(text)
    assert any(e.type == "AGREE" and not e.planned and pair <= set(e.parties) for e in events), _seen(events)


@pytest.mark.parametrize("text, pair", [
    ("The Peruvian president congratulated his Ecuadorian counterpart on his re-election.", {"PER", "ECU"}),
    ("The Portuguese prime minister once more offered his congratulations to the President of Angola on his victory.",
     {"PRT", "AGO"}),
])
def test_congratulations_are_support(text, pair):
    events = _events(text)
    assert any(e.type == "SUPPORT" and pair <= set(e.parties) for e in events), _seen(events)


@pytest.mark.parametrize("text, pair", [
    ("Finland expressed grave concern over Russia's repeated airspace violations.", {"FIN", "RUS"}),
    ("Chile voiced deep concern about Bolivia's closure of the border crossings.", {"CHL", "BOL"}),
])
def test_concern_voiced_is_one_act(text, pair):
    events = _events(text)
    told = [e for e in events if pair <= set(e.parties)]
    assert len(told) == 1 and told[0].type == "ACCUSE", _seen(events)
