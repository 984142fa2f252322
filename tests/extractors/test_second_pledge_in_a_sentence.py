"""A sentence that tells two pledges gives two records: what a party then announces ("pledged to X and announced
that Chile will open …"), the terms of a deal told in a relative clause with its own subject ("a fund under which
the two sides will build …"), and a dated term of a thing beside a party's pledge ("The first trucks will be
delivered within a year, and Chile will train …")."""

import pytest

from tests.helpers import extract_text


def _pledges(text: str) -> list:
    return [r for r in extract_text(text, published="2025-03-04").commitments if r.kind == "commitment"]


@pytest.mark.parametrize(("sentence", "second", "parties"), [
    ("The two ministers pledged to expand cooperation on ports, and announced that Chile will open three new "
     "consulates in Peru within two years.", "open three new consulates", ["CHL"]),
    ("Ghana and Togo agreed to widen their customs union and announced that Togo will build a second bridge at "
     "Aflao by 2027.", "build a second bridge", ["TGO"]),
    ("The premiers committed to boosting tourism and announced that Norway would fund ten scholarships for "
     "Icelandic nurses each year.", "fund ten scholarships", ["NOR"]),
])
def test_what_is_then_announced_is_a_pledge_of_its_own(sentence, second, parties):
    records = _pledges(sentence)
    assert len(records) == 2, [(r.text, r.parties) for r in records]
    other = next(r for r in records if second in r.text)
    assert other.parties == parties


@pytest.mark.parametrize(("sentence", "second"), [
    ("Peru and Chile committed to deepen ties on energy, and launched a new fund under which the two sides will "
     "jointly build a solar plant within three years.", "build a solar plant"),
    ("Kenya and Ghana pledged to cut roaming fees and signed a compact under which both governments will open "
     "a shared data centre by 2027.", "open a shared data centre"),
])
def test_the_terms_a_deal_sets_are_a_pledge_of_their_own(sentence, second):
    records = _pledges(sentence)
    assert len(records) == 2, [(r.text, r.parties) for r in records]
    term = next(r for r in records if second in r.text)
    assert len(term.parties) == 2 and term.deadline is not None


@pytest.mark.parametrize(("sentence", "term"), [
    ("The first trucks will be delivered within a year, and Chile will train Peruvian drivers at its academy in "
     "Valparaiso.", "delivered"),
    ("The first radars will be supplied within eighteen months, and Brazil will send instructors to Lima.",
     "supplied"),
])
def test_a_dated_term_beside_a_pledge_is_held_by_that_pledge_party(sentence, term):
    records = _pledges("Chile and Peru held talks in Lima on Monday. " + sentence.replace("Brazil", "Chile"))
    assert len(records) == 2, [(r.text, r.parties) for r in records]
    dated = next(r for r in records if term in r.evidence[0].quote and r.deadline is not None)
    assert dated.parties == ["CHL"]


@pytest.mark.parametrize("sentence", [
    "The ministers agreed to expand trade and announced that exports had grown by a fifth last year.",
    "The two sides agreed to cooperate on fisheries, and the new ferry will run every summer.",
    "Peru and Chile committed to deepen ties, and signed a treaty which both governments praised.",
])
def test_no_second_pledge_where_none_is_told(sentence):
    records = _pledges("Chile and Peru held talks in Lima on Monday. " + sentence)
    assert len(records) == 1, [(r.text, r.parties) for r in records]


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("The two presidents agreed to elevate relations to a comprehensive partnership and to set up annual "
     "consultations of their trade ministers.", ["set up annual consultations"]),
    ("Both sides committed to easing the transit of goods at the Aflao crossing and to opening a second border "
     "post.", ["easing the transit", "opening a second border post"]),
])
def test_each_act_of_a_listed_pledge_is_kept(sentence, wanted):
    records = _pledges("Ghana and Togo held talks in Accra on Monday. " + sentence)
    assert sorted(w for w in wanted for r in records if w in r.text) == sorted(wanted), [r.text for r in records]
    assert len(records) == len(wanted)


def test_an_upgrade_done_as_told_is_still_no_pledge():
    records = _pledges("Ghana and Togo held talks in Accra on Monday. The two presidents agreed to upgrade ties to a "
                       "strategic partnership.")
    assert records == []


@pytest.mark.parametrize(("sentence", "parties"), [
    ("Under the swap deal, both central banks will additionally create a joint committee to connect their payment "
     "networks.", ["GHA", "TGO"]),
    ("Both trade ministries will open liaison offices in each other's capitals by 2026.", ["GHA", "TGO"]),
    ("Togo offered 200 scholarships for Ghanaian students.", ["TGO"]),
])
def test_a_body_of_each_side_and_an_offer_of_places_are_pledges(sentence, parties):
    records = _pledges("Ghana and Togo held talks in Accra on Monday. " + sentence)
    assert [r.parties for r in records] == [parties], [(r.text, r.parties) for r in records]
