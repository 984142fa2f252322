"""Every kind of bad input is skipped with a one-line reason naming the file; the batch goes on."""

import json
import os

import pytest

from pactline.core.options import Options
from pactline.run.pipeline import run
from pactline.store.database import Store

GOOD = "Ghana and Peru held talks in Accra on 3 May 2024. The two sides agreed to expand trade in cocoa and copper.\n"


def _run(folder, db, **options):
    return run([str(folder)], db, Options(embeddings=False, **options))


@pytest.mark.parametrize(
    "name,content,reason",
    [
        ("binary.txt", bytes(range(256)) * 40, "binary"),
        ("empty.txt", b"", "empty"),
        ("blank.md", b"   \n\n  ", "empty"),
        ("russian.txt", "Президент Беларуси провёл переговоры с председателем КНР в Пекине.".encode("cp1251"), "not English"),
        ("french.txt", ("Le président a rencontré son homologue chinois à Pékin pour des entretiens sur le commerce. "
                        "Les deux parties ont convenu de renforcer la coopération dans les domaines de l'énergie, des "
                        "transports et de l'agriculture, et de tenir la prochaine réunion de la commission mixte avant "
                        "la fin de l'année, selon un communiqué publié par le ministère des affaires étrangères.").encode(), "not English"),
        ("broken.html", b"<html><head><script>var x = 1;</script></head><body><div></div></body>", "no extractable text"),
        ("bad.jsonl", b'{"no_text": 1}\nnot json\n', "no line"),
    ],
)
def test_bad_file_is_skipped_with_reason_and_batch_goes_on(corpus, tmp_path, name, content, reason):
    folder = corpus({"good.txt": GOOD, name: content})
    db = tmp_path / "r.duckdb"
    report = _run(folder, db)
    assert report.exit_code == 1
    assert len(report.stored) == 1
    [skipped] = report.skipped
    assert skipped.source.endswith(name)
    assert reason in skipped.reason
    assert "\n" not in skipped.reason


def test_huge_file_is_skipped_without_reading_it(corpus, tmp_path):
    folder = corpus({"good.txt": GOOD})
    huge = folder / "huge.txt"
    with open(huge, "wb") as fh:
        fh.truncate(50_000_000)  # a sparse 50 MB file
    report = _run(folder, tmp_path / "r.duckdb")
    assert [s.source.endswith("huge.txt") for s in report.skipped] == [True]
    assert "too large" in report.skipped[0].reason and "50.0 MB" in report.skipped[0].reason


def test_latin1_english_is_read_with_a_warning(corpus, tmp_path):
    text = "Chile and Peru signed an agreement in Lima on 4 March 2024. The two sides will open a consulate in Arica. Café talks followed."
    folder = corpus({"latin1.txt": text.encode("latin-1")})
    report = _run(folder, tmp_path / "r.duckdb")
    assert report.exit_code == 0 and len(report.stored) == 1
    assert any("not valid UTF-8" in w for _s, w in report.warnings)
    with Store(tmp_path / "r.duckdb", read_only=True) as store:
        assert "Café" in store.query("SELECT text FROM documents")[0]["text"]


def test_missing_and_unreadable_paths(corpus, tmp_path):
    folder = corpus({"good.txt": GOOD, "secret.txt": GOOD.replace("Ghana", "Kenya")})
    os.chmod(folder / "secret.txt", 0)
    report = run([str(folder), str(tmp_path / "nope.txt")], tmp_path / "r.duckdb", Options(embeddings=False))
    reasons = {s.source.split("/")[-1]: s.reason for s in report.skipped}
    assert reasons["nope.txt"] == "no such file or folder"
    if os.geteuid() != 0:  # root reads any file
        assert reasons["secret.txt"] == "permission denied"
    assert report.exit_code == 1


def test_bad_input_never_loses_what_is_stored(corpus, tmp_path):
    db = tmp_path / "r.duckdb"
    first = corpus({"good.txt": GOOD})
    _run(first, db)
    with Store(db, read_only=True) as store:
        before = store.counts()
    second = corpus({"good.txt": GOOD, "binary.txt": b"\x00\x01" * 500, "empty.txt": b""})
    report = _run(second, db)
    assert report.exit_code == 1 and len(report.skipped) == 2
    with Store(db, read_only=True) as store:
        assert store.counts() == before


OTHER = json.dumps({"text": "Chile and Norway held talks in Oslo on 4 June 2024. The two sides agreed to expand trade in salmon.",
                    "published": "2024-06-05"})
LAST = json.dumps({"text": "Peru and Vietnam signed a memorandum in Hanoi on 9 July 2024 on rice and coffee trade.",
                   "published": "2024-07-10"})


@pytest.mark.parametrize(
    "bad_line,cause",
    [
        ("not json at all", "not valid JSON"),
        ('{"text": "Kenya and Ghana', "not valid JSON"),
        ('{"text": 42, "title": "a number"}', '"text" is int, not a string'),
        ('{"text": null}', '"text" is null, not a string'),
        ('{"text": ["a", "list"]}', '"text" is list, not a string'),
        ('{"title": "no body"}', 'no "text" field'),
        ('["an", "array"]', "a JSON list"),
        ('{"text": "   "}', '"text" is empty'),
    ],
)
def test_each_bad_jsonl_line_is_named_and_the_good_lines_are_stored(corpus, tmp_path, bad_line, cause):
    folder = corpus({"feed.jsonl": "\n".join([OTHER, bad_line, LAST]) + "\n"})
    report = _run(folder, tmp_path / "r.duckdb")
    assert report.exit_code == 1
    assert len(report.stored) == 2
    [skipped] = report.skipped
    assert skipped.source == f"{folder / 'feed.jsonl'}:2"
    assert cause in skipped.reason and "\n" not in skipped.reason


@pytest.mark.parametrize("name", ["report.pdf", "minutes.docx", "table.xlsx", "README"])
def test_unsupported_files_in_a_folder_are_listed_as_skipped(corpus, tmp_path, name):
    folder = corpus({"good.txt": GOOD, name: b"%PDF-1.7 or other bytes", ".hidden.pdf": b"x"})
    report = _run(folder, tmp_path / "r.duckdb")
    assert report.exit_code == 1 and len(report.stored) == 1
    [skipped] = report.skipped
    assert skipped.source == str(folder / name)
    assert "unsupported file type" in skipped.reason and ".txt" in skipped.reason
