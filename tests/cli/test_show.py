"""pactline show DOC: the document context, read once and stored with the document."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args, cwd=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "pactline", *args], capture_output=True, text=True, env=env, cwd=cwd)


def test_show_and_documents_export_carry_the_context(tmp_path):
    doc = tmp_path / "accra.txt"
    doc.write_text("Ghana, Togo sign pact\n\nACCRA, March 3, 2025 (GNA) -- Ghanaian President John Mahama and "
                   "Togolese President Faure Gnassingbe signed a border agreement.\n", encoding="utf-8")
    db = str(tmp_path / "t.duckdb")
    assert _cli("run", str(doc), "--db", db, "--quiet", "--no-embeddings").returncode == 0
    shown = _cli("show", "accra", "--db", db)
    assert shown.returncode == 0, shown.stderr
    assert "2025-03-03 (dateline)" in shown.stdout and "Accra GHA" in shown.stdout and "John Mahama" in shown.stdout
    exported = _cli("export", "--what", "documents", "--db", db).stdout
    assert '"place": "Accra"' in exported
    missing = _cli("show", "nothing-like-this", "--db", db)
    assert missing.returncode == 2 and "no document matches" in missing.stderr


def test_show_finds_the_documents_of_a_jsonl_file_by_its_name(tmp_path):
    lines = [
        {"url": "https://example.org/chile-peru", "text": "Chile and Peru sign pact\n\nLIMA, May 2, 2024 -- Chilean "
         "President Gabriel Boric and Peruvian President Dina Boluarte signed a fisheries agreement."},
        {"text": "Fiji, Tonga agree\n\nSUVA, June 4, 2023 -- Fiji's Prime Minister Sitiveni Rabuka met Tonga's "
         "Prime Minister Siaosi Sovaleni and agreed to expand seasonal work."},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(__import__("json").dumps(line) for line in lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "t.duckdb")
    assert _cli("run", str(feed), "--db", db, "--quiet", "--no-embeddings").returncode == 0
    both = _cli("show", str(feed), "--db", db)  # the file's two documents, one after the other
    assert both.returncode == 0 and "chile-peru" in both.stdout and "feed.jsonl#2" in both.stdout
    elsewhere = _cli("show", "feed.jsonl", "--db", db, cwd="/")  # named where the file is not: lines without a URL
    assert elsewhere.returncode == 0 and "feed.jsonl#2" in elsewhere.stdout
    one = tmp_path / "one.jsonl"
    one.write_text(__import__("json").dumps({"text": lines[1]["text"].replace("seasonal work", "fisheries patrols")})
                   + "\n", encoding="utf-8")
    assert _cli("run", str(one), "--db", db, "--quiet", "--no-embeddings").returncode == 0
    shown = _cli("show", str(one), "--db", db)
    assert shown.returncode == 0, shown.stderr
    assert "2023-06-04" in shown.stdout and "one.jsonl#1" in shown.stdout
