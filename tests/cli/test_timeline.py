"""pactline timeline: occasions first with their events, planned acts flagged once, readable at 80 columns."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": "80"}
    return subprocess.run([sys.executable, "-m", "pactline", *args], capture_output=True, text=True, env=env)


def test_planned_acts_are_flagged_once(tmp_path):
    doc = tmp_path / "lome.txt"
    doc.write_text("LOME, March 3, 2025 (GNA) -- Ghanaian President John Mahama held talks with Togolese President "
                   "Faure Gnassingbe in Lome on Monday. The two presidents will meet again in Accra in June.\n",
                   encoding="utf-8")
    db = str(tmp_path / "t.duckdb")
    assert _cli("run", str(doc), "--db", db, "--quiet", "--no-embeddings").returncode == 0
    shown = _cli("timeline", "--db", db)
    assert shown.returncode == 0, shown.stderr
    # The occasion says "planned meeting …" and a lone planned act "(planned)": never a second "planned:".
    assert "planned meeting" in shown.stdout or "(planned)" in shown.stdout, shown.stdout
    assert "planned:" not in shown.stdout, shown.stdout
