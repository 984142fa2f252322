"""pactline show DOC: the document context, read once and stored with the document."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "pactline", *args], capture_output=True, text=True, env=env)


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
