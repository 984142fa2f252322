"""A visit of several days told after it was over: acts told without a time take the day of the talks told last
before them within the visit, not the visit's first day. Sentences written for other countries."""

from tests.helpers import extract_text

_RELEASE = ("Press Release\n\nThe Foreign Minister of Chad paid an official visit to Dakar from 10 to 12 June 2025 at "
            "the invitation of the Foreign Minister of Senegal.\n\n"
            "On 11 June, the two Foreign Ministers held talks between their delegations at the Foreign Ministry.\n\n"
            "Both sides agreed to convene the Trade Working Group within three months.\n\n"
            "The Ministers welcomed the progress on the new road link.\n\n14 June 2025")


def test_acts_after_the_talks_take_their_day():
    events = extract_text(_RELEASE).events
    later = [e for e in events if e.type in ("AGREE", "SUPPORT")]
    assert later and all(e.date == "2025-06-11" for e in later), [(e.type, e.date) for e in later]
    assert [e.date for e in events if "paid an official visit" in e.evidence[0].quote][:1] == ["2025-06-10"]


def test_without_dated_talks_the_visit_first_day_stays():
    text = _RELEASE.replace("On 11 June, the", "The")
    later = [e for e in extract_text(text).events if e.type in ("AGREE", "SUPPORT")]
    assert later and all(e.date == "2025-06-10" for e in later), [(e.type, e.date) for e in later]
