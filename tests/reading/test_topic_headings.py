"""A parliament's record or a ministry's page titles an item by a place and a topic set apart by a colon ("Sudan:
Humanitarian Access"): that heading is the title, not the sitting's or section's name below it; a field and its
value ("Tags: Kenya") is never one. Written for other countries."""

import pytest

from pactline.core.options import Options
from pactline.core.records import RawDocument
from pactline.reading.prepare import prepare
from pactline.reading.titles import reads_as_headline


def _doc(text):
    return prepare(RawDocument("t.txt", text, "txt", "x"), Options())


@pytest.mark.parametrize("heading, section, answer", [
    ("Western Sahara: Morocco", "Oral answers: Europe and foreign affairs",
     "The Minister: The Government backs the talks led by the UN envoy on Western Sahara and hopes that "
     "Morocco and the other parties will return to them soon."),
    ("Chad: Refugee Camps", "Written answers: development aid",
     "The Minister: Chad now hosts many refugees in its eastern camps, and the Department has doubled its "
     "grants for clean water and schooling in the refugee camps this year."),
])
def test_a_place_and_topic_heading_titles_the_record(heading, section, answer):
    text = ("National Assembly Record\nHome | Records | Committees\n\n" + heading + "\nSitting of 4 June 2024\n\n"
            + section + "\n\n" + answer + "\n\nThe Member: I thank the Minister for that answer.\n")
    assert _doc(text).title == heading


@pytest.mark.parametrize("line", ["Tags: Kenya", "Location: Lusaka", "Filed Under: Ghana"])
def test_a_field_and_its_value_is_no_heading(line):
    assert not reads_as_headline(line)
