"""A past act told by its own relative words: "last week" across two months is of the month its working days
centre on; "last year" dates the act it is said of, not a day another clause of the sentence names, and makes
it history (background); a call told of last week is not the talks held on a later day (newcomer, round 13)."""

from datetime import date

import pytest

from pactline.language.dates import Anchor, find_dates
from tests.helpers import extract_text


@pytest.mark.parametrize("text, day, value", [
    ("Last week, the Ghanaian leader spoke by phone with the President of Togo.", date(2025, 3, 4), "2025-02"),
    ("Norway's envoy travelled to Reykjavik last week for talks.", date(2025, 11, 3), "2025-10"),
    ("The Uruguayan minister met her counterpart last week.", date(2025, 4, 10), "2025-04"),
])
def test_last_week_across_two_months_is_of_its_middle(text: str, day: date, value: str) -> None:
    assert [m.value for m in find_dates(text, Anchor(day, "day", "stated"))] == [value]


@pytest.mark.parametrize("text", [
    "Accra, 4 March 2025 - Ghana accused Togo last year of blocking cocoa shipments, but its minister said on "
    "Tuesday those quarrels had been settled.",
    "Lisbon, 6 May 2026 - Portugal protested to Morocco last year over fishing rights, and the two foreign "
    "ministers said on Wednesday the matter was closed.",
])
def test_an_act_of_last_year_is_dated_by_its_own_words_and_is_history(text: str) -> None:
    year = str(int(text.split(" - ")[0][-4:]) - 1)
    acts = [e for e in extract_text(text).events if e.type in ("ACCUSE", "DISAPPROVE", "PROTEST")]
    assert acts and all(e.date == year and e.background for e in acts), [(e.type, e.date, e.background) for e in acts]


def test_a_call_told_of_a_week_is_not_the_talks_of_a_later_day() -> None:
    from pactline.link.occasions import build_occasions
    from tests.link.test_occasions import _event

    for told in ("2025", "2025-02"):
        occasions = build_occasions([
            _event("call", "CONSULT", "phone", told, ["GHA", "TGO"]),
            _event("talks", "CONSULT", "meet", "2025-03-03", ["GHA", "TGO"], "Accra"),
            _event("deal", "AGREE", "agreement", "2025-03-04", ["GHA", "TGO"]),
        ])
        holding = [o for o in occasions if "talks" in o.events]
        assert len(holding) == 1 and "call" not in holding[0].events
