"""PDF input: the text layer, words split across lines joined, running headers and page numbers dropped."""

import pytest

from pactline.core.errors import InputError
from pactline.core.options import Options
from pactline.reading.ingest import InputItem, read_item
from pactline.reading.pdf import join_pages


def _pdf(pages: list[list[str]]) -> bytes:
    """A minimal PDF whose pages hold the given lines in Helvetica (a text layer pypdf reads)."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", None, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for lines in pages:
        ops = "BT /F1 11 Tf 14 TL 50 750 Td " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
        objects.append(f"<< /Length {len(ops)} >>\nstream\n{ops}\nendstream")
        content = len(objects)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content} 0 R "
                       "/Resources << /Font << /F1 3 0 R >> >> >>")
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out = b"%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_pdf_text_layer_is_read(tmp_path):
    header = "Ministry of Foreign Affairs of Ghana"
    pages = [
        [header, "Joint Statement of Ghana and Togo", "Ghana and Togo agreed to deepen coop-", "eration on trade.", "1"],
        [header, "The two sides signed a border agreement in Accra.", "Page 2 of 2"],
    ]
    path = tmp_path / "statement.pdf"
    path.write_bytes(_pdf(pages))
    raw = read_item(InputItem(source=str(path), path=path), Options())[0]
    assert "cooperation on trade" in raw.text
    assert raw.text.count(header) == 0 and "Page 2" not in raw.text
    assert "signed a border agreement in Accra" in raw.text


def test_pdf_without_text_is_one_clear_skip(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(_pdf([[], []]))
    with pytest.raises(InputError) as info:
        read_item(InputItem(source=str(path), path=path), Options())
    assert "scan.pdf" in str(info.value) and "no text layer" in str(info.value)


def test_broken_pdf_is_one_clear_skip(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not a pdf")
    with pytest.raises(InputError) as info:
        read_item(InputItem(source=str(path), path=path), Options())
    assert "broken.pdf" in str(info.value)


@pytest.mark.parametrize("pages,expected", [
    ([["Chile and Peru met in Lima. The two", "sides agreed to meet again."]], "Chile and Peru met in Lima. The two sides agreed to meet again."),
    ([["Head", "First page text."], ["Head", "Second page text."], ["Head", "Third."]], "First page text.\n\nSecond page text.\n\nThird."),
    # a heading in capitals keeps its own paragraph; a title before a name does not end one
    ([["JOINT STATEMENT OF GHANA AND TOGO ON", "TRADE AND TRANSIT", "1. The talks were chaired by Hon.",
       "Ama Mensah and agreed to deepen coop-", "eration on trade."]],
     "JOINT STATEMENT OF GHANA AND TOGO ON TRADE AND TRANSIT\n\n1. The talks were chaired by Hon. Ama Mensah and "
     "agreed to deepen cooperation on trade."),
])
def test_join_pages(pages, expected):
    assert join_pages(["\n".join(lines) for lines in pages]) == expected


def test_damaged_pdf_prints_nothing_of_its_own(tmp_path, capfd):
    """pypdf's warnings ("invalid pdf header") would reach stderr beside our one line; only the error is told."""
    import logging

    from pactline.core.errors import InputError
    from pactline.reading.pdf import pdf_text

    logging.basicConfig()  # as an application with a root handler would
    try:
        pdf_text("statement.pdf", b"Joint statement of Ghana and Togo, not a PDF at all")
    except InputError as exc:
        assert "statement.pdf" in str(exc.source)
    captured = capfd.readouterr()
    assert "pdf header" not in (captured.err + captured.out).lower()
