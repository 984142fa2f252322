"""A diary page's day headings ("Monday, 2 September" / … / "Tuesday, 10 September" / …) head its days' acts: they are
no dateline, so its "Last updated" stamp stays the page's day (not a heading's day before it). Written for other
countries."""

import pytest

from pactline.core.options import Options
from pactline.core.records import RawDocument
from pactline.reading.prepare import prepare

_DIARY = ("Minister's diary\n"
          "Last updated {stamp}\n\n"
          "Monday, 2 September\n"
          "Oslo: The Minister met the Foreign Minister of Brazil to review talks on a fisheries agreement.\n\n"
          "Tuesday, 10 September\n"
          "Oslo: The Minister receives the Foreign Minister of Peru for the first round of political consultations.\n")


@pytest.mark.parametrize(("stamp", "day"), [("06.09.2024", "2024-09-06"), ("6 September 2024", "2024-09-06")])
def test_a_diary_keeps_its_update_stamp(stamp: str, day: str) -> None:
    doc = prepare(RawDocument(source="t.txt", text=_DIARY.format(stamp=stamp), fmt="txt", raw_hash="x"), Options())
    assert doc.published == day

