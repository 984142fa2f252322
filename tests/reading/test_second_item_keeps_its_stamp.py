"""A text dated below its headline ("(Asuncion, 2 October 2024)") gives its own day to its article only: a second
item on the page, under its own title and stamp of the page's day, keeps that day (review, round 13)."""

from pactline.core.options import Options
from pactline.core.records import RawDocument
from pactline.reading.prepare import prepare

PAGE = """2024-10-03 07:45

Bolivia-Paraguay Joint Communique on the Chaco corridor

(Asuncion, 2 October 2024)

The presidents of Bolivia and Paraguay agreed to open the Chaco corridor to freight by 2026.

Minister meets Uruguayan counterpart

2024-10-03 07:40

Paraguay's foreign minister met his Uruguayan counterpart in Asuncion to review the waterway accord.
"""


def test_each_item_keeps_its_day():
    doc = prepare(RawDocument("t.txt", PAGE, "txt", "x"), Options())
    days = {s.title: s.published for s in doc.segments if s.kind == "main"}
    assert days == {"Bolivia-Paraguay Joint Communique on the Chaco corridor": "2024-10-02",
                    "Minister meets Uruguayan counterpart": "2024-10-03"}
