"""Two page layouts of regional news sites: a byline that names where each writer files from, in a metadata line of
pipes ("By A in X and B in Y | 14/03/2023 | 3 min read"), dates the page; and a dateline of a known place and a
weekday ("Santiago, Tuesday —") is a dateline, never the subject of the first sentence. Written for other countries."""

import pytest

from pactline.core.options import Options
from pactline.core.records import RawDocument
from pactline.reading.prepare import prepare
from tests.helpers import extract_text


def _prepare(text: str):
    return prepare(RawDocument(source="t.txt", text=text, fmt="txt", raw_hash="x"), Options())


@pytest.mark.parametrize("byline", [
    "By Ana Rojas in Santiago and Luis Paredes in Lima | 14/03/2023 | 3 min read",
    "By Kofi Mensah in Accra | 14/03/2023 | 5 min read",
    "By Ana Rojas | 14/03/2023 | 3 min read",
])
def test_a_byline_with_its_writers_towns_dates_the_page(byline: str) -> None:
    text = (f"Chile reopens Peru border crossing after talks\n\n{byline}\n\n"
            "Chile's government said it would reopen its border with Peru after talks on smuggling.\n")
    assert _prepare(text).published == "2023-03-14"


@pytest.mark.parametrize("dateline", ["Santiago, Tuesday —", "Accra, Friday –", "Nairobi, Monday -"])
def test_a_place_and_weekday_dateline_is_no_actor(dateline: str) -> None:
    text = f"{dateline} The government said it would reopen its border with Peru after talks on smuggling.\n"
    doc = _prepare(text)
    assert any(s.kind == "boilerplate" and s.end - s.start <= len(dateline) + 1 for s in doc.segments), doc.segments
    for event in extract_text(text).events:
        assert dateline.split(",")[0] not in (event.source_actor.name if event.source_actor else ""), event
