"""A page's widgets and a record's masthead are never its title: a text-size control ("Font size: A- A A+"),
a bare release label above the headline ("PRESS STATEMENT"), a parliament journal's name ("Hansard", "Journal
officiel"); a line that names a kind of text ("Weekly Press Briefing of …") may be the title."""

import pytest

from pactline.core.options import Options
from pactline.core.records import RawDocument
from pactline.reading.prepare import prepare
from pactline.reading.titles import reads_as_headline

_LEAD = ("LIMA – Peru and Chile on Wednesday signed a memorandum on the joint management of the Caplina aquifer, the "
         "two foreign ministers said after talks in Lima.\n\nThe ministers also discussed migration at the border.")
_HEADLINE = "Peru and Chile sign memorandum on shared aquifer"


def _title(header: str) -> str | None:
    return prepare(RawDocument("t.txt", header + "\n\n" + _LEAD, "txt", "x"), Options()).title


@pytest.mark.parametrize("header", [
    "Print  |  Font size: A- A A+\n\n" + _HEADLINE,
    "Text size: A A A\n\n" + _HEADLINE,
    "Share  |  Increase text size\n\n" + _HEADLINE,
    "PRESS STATEMENT\n\n" + _HEADLINE,
    "News Release\n\n" + _HEADLINE,
])
def test_a_widget_or_a_release_label_is_not_the_title(header):
    assert _title(header) == _HEADLINE


@pytest.mark.parametrize("line", [
    "Parliament of Ruritania – Hansard",
    "Assemblée nationale – Journal officiel",
    "Senado de la Nación | Diario de Sesiones",
    "Letter size: A A A",
])
def test_a_journal_masthead_or_widget_does_not_read_as_a_headline(line):
    assert not reads_as_headline(line)


@pytest.mark.parametrize("line", [
    "Weekly Press Briefing of the Chilean Presidency on Monday 3 March",
    "Remarks by Prime Minister Kofi Mensah at the Accra Forum",
    "Ministry publishes official report on the floods",  # a report's name inside a headline
])
def test_a_line_naming_a_kind_of_text_reads_as_a_headline(line):
    assert reads_as_headline(line)
