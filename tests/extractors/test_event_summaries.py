"""Event summaries name the doer, the action and its object, in the text's own spelling, without forms of
address, the date or nested clauses, and cut between phrases or at a word with an ellipsis."""

import pytest

from tests.helpers import extract_text

OPENING = "ACCRA, 8 May 2024 — President Mahama of Ghana received President Faye of Senegal in Accra. "


def _summaries(text: str) -> list[str]:
    return [e.summary for e in extract_text(OPENING + text, published="2024-05-08").events]


@pytest.mark.parametrize(
    "text,present,absent",
    [
        # A passive act with its agent reads from what it befell, not "A was gifted by A".
        ("President Faye was received by President Mahama at Jubilee House.",
         ["Faye was received by President Mahama at Jubilee House"], ["Mahama was received"]),
        ("Senegal thanked Ghana for the humanitarian assistance provided by Ghana to flood victims.",
         ["the humanitarian assistance provided by Ghana to flood victims"], ["Ghana provided by Ghana"]),
        # Forms of address go; the name stays.
        ("President Faye met H.E. Mr. Kwame Mensah, the Speaker of Parliament.", ["met Kwame Mensah"], ["H.E.", "Mr."]),
        # The text's own spelling: no space before "'s" or around a hyphen.
        ("Senegal thanked Ghana for Ghana's post-election support.", ["Ghana's post-election support"], ["Ghana 's", "post - election"]),
        # The date is a field of its own.
        ("The two presidents signed a fisheries agreement on Tuesday.", ["signed a fisheries agreement"], ["Tuesday"]),
        # A purpose infinitive stays: it is what was agreed ("agreed on the need to …" is a shared view, no event).
        ("The two presidents agreed on a joint plan to reopen the border crossings.",
         ["a joint plan to reopen the border crossings"], []),
        # A list keeps its commas.
        ("The ministers discussed trade, energy, fisheries and security.", ["trade, energy, fisheries and security"], []),
    ],
)
def test_summary_wording(text, present, absent):
    summaries = _summaries(text)
    joined = " | ".join(summaries)
    assert all(p in joined for p in present), summaries
    assert not any(a in joined for a in absent), summaries


def test_a_long_summary_is_cut_short():
    summaries = _summaries(
        "The two presidents signed an agreement on the joint management of the shared maritime boundary, the "
        "protection of migratory fish stocks, the training of coast guard officers and the exchange of data on "
        "illegal, unreported and unregulated fishing in the Gulf of Guinea.")
    long = [s for s in summaries if "signed an agreement" in s]
    assert long and len(long[0].split()) <= 22 and "Gulf of Guinea" not in long[0], summaries


def test_a_visit_told_by_its_noun_names_it_once():
    summaries = _summaries("Faye's state visit to Accra ended with a joint press conference.")
    visit = [s for s in summaries if "visit" in s]
    assert visit and visit[0].count("Faye") == 1, summaries


def test_a_passive_without_agent_keeps_its_own_subject():
    summaries = _summaries("President Faye was received at Jubilee House with a full welcoming ceremony.")
    received = [s for s in summaries if "welcoming ceremony" in s]
    assert received and received[0].startswith("President Faye was received"), summaries


@pytest.mark.parametrize("title", ["Readout of Secretary Rubio's Meeting with Kenyan Foreign Minister Mudavadi",
                                   "Readout of Foreign Minister Wong's Call with Indonesian Foreign Minister Sugiono"])
def test_a_readout_title_read_as_its_own_act_is_told_once(title):
    text = (f"{title}\n\nThe two ministers discussed regional security, trade and the situation in the Red Sea, and "
            "agreed to stay in close touch in the weeks ahead.")
    summaries = _summaries(text)
    titled = [s for s in summaries if s.startswith("Readout")]
    assert titled and all(s.count("Readout") == 1 for s in titled), summaries
