"""A document's date written out in words in its closing line, given only by its address, and a correction note
whose label is no place (round 19, pg19: probes of page layouts the benchmark sets do not hold)."""

import pytest

from pactline.core.options import Options
from pactline.core.records import RawDocument
from pactline.reading.prepare import prepare
from pactline.reading.slug_dates import slug_date
from pactline.reading.spelled_dates import spelled_out

_BODY = ("The ministers of Bhutan and Nepal reviewed hydropower trade and agreed to open a second border market "
         "before the monsoon season.")


def _prepared(text: str, url: str | None = None):
    return prepare(RawDocument("t.txt", text, "txt", "x", url=url), Options())


@pytest.mark.parametrize("line, value, place", [
    ("Done at Thimphu on the twenty-second day of August of the year two thousand and twenty-five.",
     "2025-08-22", "Thimphu"),
    ("Signed in Kathmandu this fourth day of June, 2024.", "2024-06-04", "Kathmandu"),
    ("Done in duplicate at Thimphu on this seventeenth day of July in the year two thousand twenty-four.",
     "2024-07-17", "Thimphu"),
    ("Done at Kathmandu on the thirty-first day of October, two thousand and nineteen.", "2019-10-31", "Kathmandu"),
])
def test_a_closing_line_with_a_date_in_words_dates_the_text(line: str, value: str, place: str) -> None:
    doc = _prepared(f"Joint Statement of Bhutan and Nepal\n\n{_BODY}\n\n{line}\n")
    assert doc.published == value
    assert doc.published_confidence == "stated"
    assert doc.context["place"] == place


@pytest.mark.parametrize("words, digits", [
    ("the first day of March, nineteen hundred and ninety-nine", "the 1 March 1999"),
    ("this twelfth day of May in the year of our Lord two thousand and ten", "this 12 May 2010"),
    ("the 3rd day of May 2023", "the 3 May 2023"),
    ("on the fortieth day of May 2023", "on the fortieth day of May 2023"),  # no such day: left as written
])
def test_spelled_out_writes_the_date_in_digits(words: str, digits: str) -> None:
    assert spelled_out(words) == digits


@pytest.mark.parametrize("url, value", [
    ("https://news.example.org/asia/2024/06/18/bhutan-nepal-market", "2024-06-18"),
    ("https://example.com/2023-11-02/nepal-bhutan-hydropower.html", "2023-11-02"),
    ("https://example.com/2024/06/bhutan-nepal", None),  # a month alone dates no day
    ("https://example.com/2024/14/40/bhutan", None),
])
def test_an_address_gives_its_day(url: str, value: str | None) -> None:
    assert slug_date(url) == value


@pytest.mark.parametrize("top, url", [
    ("https://www.example-daily.com/region/2024/06/18/border-market\n\n", None),
    ("", "https://www.example-daily.com/region/2024/06/18/border-market"),
])
def test_a_page_without_a_stated_date_takes_its_address_day(top: str, url: str | None) -> None:
    doc = _prepared(f"{top}Bhutan and Nepal to open border market\n\n{_BODY}\n", url=url)
    assert doc.published == "2024-06-18"
    assert doc.published_confidence == "inferred"


@pytest.mark.parametrize("label", ["Correction", "Clarification"])
def test_a_correction_label_is_no_place(label: str) -> None:
    doc = _prepared(f"Bhutan and Nepal to open border market\n\n{label}, 9 March 2024: An earlier version of this "
                    f"report gave the wrong name of the market.\n\n{_BODY}\n")
    assert doc.context["place"] != label


@pytest.mark.parametrize("top, title", [
    ("LATE NIGHT ASIA\nTranscript: 4 May 2024\n\n", "LATE NIGHT ASIA"),
    ("ASIA THIS WEEK\n\nAired: 4 May 2024\n\n", "ASIA THIS WEEK"),
])
def test_a_transcript_is_titled_by_its_programme(top: str, title: str) -> None:
    doc = _prepared(f"{top}ANCHOR: Bhutan and Nepal have opened a second market on their border.\n\n"
                    f"CORRESPONDENT: {_BODY}\n")
    assert doc.title == title


@pytest.mark.parametrize("label", ["PRESENTER", "HOST", "Moderator"])
def test_a_speaker_turn_is_never_a_title(label: str) -> None:
    doc = _prepared(f"{label}: Bhutan and Nepal have opened a second market on their border.\n\n{_BODY}\n\n{_BODY}\n")
    assert not (doc.title or "").startswith(label)


@pytest.mark.parametrize("top, title", [
    ("Ministry of Foreign Affairs of Bhutan (Unofficial translation)\n\nJOINT PRESS RELEASE ON THE BORDER MARKET\n\n"
     "4 May 2024\n\n", "JOINT PRESS RELEASE ON THE BORDER MARKET"),
    ("Distr.: General\n4 May 2024\nOriginal: English\n\nNote verbale dated 2 May 2024 from the Permanent Mission of "
     "Nepal\n\n", "Note verbale dated 2 May 2024 from the Permanent Mission of Nepal"),
])
def test_a_ministry_name_with_a_note_or_a_document_field_is_no_title(top: str, title: str) -> None:
    assert _prepared(f"{top}{_BODY}\n").title == title


@pytest.mark.parametrize("stamp", ["Correction appended: 9 May 2024", "Clarification, 9 May 2024: a figure was fixed."])
def test_a_correction_stamp_does_not_date_the_story(stamp: str) -> None:
    doc = _prepared(f"Bhutan and Nepal to open border market\n\n{stamp}\nPublished: 4 May 2024\n\n{_BODY}\n")
    assert doc.published == "2024-05-04"


@pytest.mark.parametrize("heading, title", [
    ("JOINT DECLARATION ON THE LAUNCH OF THE ENHANCED PARTNERSHIP\nBETWEEN BHUTAN AND NEPAL",
     "JOINT DECLARATION ON THE LAUNCH OF THE ENHANCED PARTNERSHIP BETWEEN BHUTAN AND NEPAL"),
    ("Joint Communiqué on the Second Session of the Joint Commission\nbetween Bhutan and Nepal",
     "Joint Communiqué on the Second Session of the Joint Commission between Bhutan and Nepal"),
    ("Bhutan and Nepal agree to open a second border market\nBy Pema Lhamo", "Bhutan and Nepal agree to open a second border market"),
])
def test_a_headline_wrapped_onto_a_second_line_is_one_title(heading: str, title: str) -> None:
    assert _prepared(f"Ministry of Foreign Affairs of Nepal\n\n{heading}\n\nThimphu, 4 May 2024\n\n{_BODY}\n").title == title
