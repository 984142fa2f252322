"""The outlet a metadata line names: a field labelled as a source, never an editor's name or a counter."""

import pytest

from pactline.core.options import Options
from pactline.core.records import RawDocument
from pactline.reading.outlets import outlet_of
from pactline.reading.prepare import prepare

_STORY = ("Peru and Ecuador sign border accord\n\n{stamp}\n\nLIMA – Peru and Ecuador on Friday signed an accord on "
          "border crossings, the foreign ministry said.\n\nEcuador welcomed the accord.")


@pytest.mark.parametrize("rest, outlet", [
    ("Source: Andes Wire |  | Editor: M. Quispe", "Andes Wire"),
    ("Andes Wire |  | Editor: M. Quispe", "Andes Wire"),
    ("Editor: M. Quispe | Views: 1,204", None),
    ("Agency: Pacific Press |", "Pacific Press"),
    ("(Andes Wire)", "Andes Wire"),
    ("By M. Quispe", None),
    ("Source: Lima", None),  # a place, not an outlet
])
def test_outlet_of_a_metadata_line(rest, outlet):
    assert outlet_of(rest) == outlet


def test_a_source_field_names_the_documents_outlet_and_date():
    text = _STORY.format(stamp="Source: Andes Wire | 2024-03-08 07:12:31 | Editor: M. Quispe")
    doc = prepare(RawDocument("t.txt", text, "txt", "x"), Options())
    assert doc.outlet == "Andes Wire" and doc.published == "2024-03-08"


@pytest.mark.parametrize("rest, outlet", [
    ("Published in Andes Post ,", "Andes Post"),
    ("· 6 min read", None),
    ("GMT+3", None),
    ("Media release |     | Lima", "Media release"),
])
def test_what_a_date_leaves_behind_is_no_outlet(rest, outlet):
    assert outlet_of(rest.replace("Published ", "")) == outlet
