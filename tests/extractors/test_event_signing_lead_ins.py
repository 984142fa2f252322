"""Round 18 (issue 15, events missed altogether): a list of instruments under a lead-in that tells their signing
in a noun ("witnessed the signing of the following documents:") is a signed list like one under "were signed":
each listed instrument is an agreement of the text's pair. A meeting "held under the co-chairmanship of" its
chairs is a meeting ("held the chairmanship" is an office: the phrase that names who presided is no object).
Sentences written for other countries."""

import pytest

from tests.helpers import extract_text

_HEAD = ("Joint Press Release of Ghana and Côte d'Ivoire\n\n"
         "President Mahama of Ghana received President Ouattara of Côte d'Ivoire in Accra on 3 March 2025.\n\n")
_ITEMS = ("• Memorandum of Understanding on the joint patrol of the cocoa belt between the two police services;\n"
          "• Memorandum of Understanding on electricity trade across the Volta grid;\n"
          "• Agreement on the recognition of driving licences.\n")


def _quotes(text):
    events = extract_text(text, published="2025-03-04").events
    return {(e.type, tuple(sorted(e.parties)), e.planned, e.evidence[0].quote[:30]) for e in events}


@pytest.mark.parametrize("lead", [
    "At Jubilee House the foreign ministers witnessed the signing of the following documents:\n",
    "The two leaders then attended the signing of a number of instruments:\n",
    "The signing of the following agreements concluded the visit:\n",
])
def test_instruments_listed_under_a_signing_told_in_a_noun_are_agreements(lead):
    found = _quotes(_HEAD + lead + _ITEMS)
    for item in ("• Memorandum of Understanding on the j", "• Memorandum of Understanding on elec", "• Agreement on the recognition of"):
        assert ("AGREE", ("CIV", "GHA"), False, item[:30]) in found, (item, found)


@pytest.mark.parametrize("lead", [
    "The ministers discussed the signing of the following documents at a later date:\n",
    "The two leaders reviewed the following documents, still under negotiation:\n",
])
def test_a_list_whose_signing_is_not_told_as_done_is_no_agreement(lead):
    found = _quotes(_HEAD + lead + _ITEMS)
    assert not any(q.startswith("• Memorandum of Understanding") and not planned for _t, _p, planned, q in found), found


@pytest.mark.parametrize("line", [
    "The 7th Session of the Ghana-Côte d'Ivoire Joint Commission was held in Accra on 3 March 2025 under the"
    " co-chairmanship of Foreign Minister Ablakwa of Ghana and Foreign Minister Dramé of Côte d'Ivoire.",
    "Under the chairmanship of the two foreign ministers, the joint commission held its seventh meeting in Accra.",
])
def test_a_meeting_held_under_a_chairmanship_is_a_meeting(line):
    found = _quotes(_HEAD + line + "\n")
    assert any(t == "CONSULT" and p == ("CIV", "GHA") and q == line[:30] for t, p, _pl, q in found), found

