"""Inputs named on the command line: a file of a type Pactline does not read is skipped with its reason, as in
a folder; a named file whose suffix is no known type (or that has none) is read as text; an HTML page whose <title> is never closed keeps
its title, not the markup after it."""

from pathlib import Path

import pytest

from pactline.core.options import Options
from pactline.reading.ingest import expand_inputs, read_item

LINE = "Ghana and Togo agreed on Monday in Accra to reopen their border crossing by June."


@pytest.mark.parametrize("name", ["notes.docx", "table.csv", "figures.XLSX"])
def test_named_file_of_another_type_is_skipped(tmp_path, name):
    path = tmp_path / name
    path.write_text(LINE, encoding="utf-8")
    items, errors = expand_inputs([str(path)])
    assert items == [] and len(errors) == 1
    assert errors[0].source == str(path) and "unsupported file type" in errors[0].reason


@pytest.mark.parametrize("name", ["WIRE_0412", "statement_v1.2", "readout.2024-05-09", "notes.text"])
def test_named_file_of_no_known_other_type_is_read_as_text(tmp_path, name):
    path = tmp_path / name
    path.write_text(LINE, encoding="utf-8")
    items, errors = expand_inputs([str(path)])
    assert errors == [] and [i.path for i in items] == [Path(path)]


@pytest.mark.parametrize("name", ["joint_statement_v1.2", "readout.2024-05-09", "communique.final"])
def test_named_file_with_a_dot_in_its_name_is_read_as_text(tmp_path, name):
    path = tmp_path / name
    path.write_text(LINE, encoding="utf-8")
    items, errors = expand_inputs([str(path)])
    assert errors == [] and [i.path for i in items] == [Path(path)]


def test_named_binary_file_of_an_unknown_suffix_is_skipped(tmp_path):
    path = tmp_path / "scan.v2"
    path.write_bytes(b"\x89PNG\x00\x00" + LINE.encode())
    items, errors = expand_inputs([str(path)])
    assert items == [] and "unsupported file type" in errors[0].reason


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("<title>Border reopens<body><div><p>" + LINE + "<div><p unclosed", "Border reopens"),
        ("<html><head><TITLE lang='en'>Ghana, Togo deal<body><p>" + LINE + " " + LINE.replace("Accra", "Lome"),
         "Ghana, Togo deal"),
    ],
)
def test_unclosed_title_does_not_swallow_the_page(tmp_path, page, title):
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    items, _ = expand_inputs([str(path)])
    doc = read_item(items[0], Options())[0]
    assert "<" not in (doc.title or "") and (doc.title is None or doc.title == title)
    assert "<body>" not in doc.text and "Togo agreed" in doc.text
