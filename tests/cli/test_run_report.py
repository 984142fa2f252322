"""`pactline run` tells its result in one line on stdout, whatever the terminal's width, and writes nothing to
stderr when nothing was skipped (no blank line from a progress bar that never showed)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINE = "Chile and Peru agreed in Lima on 3 May 2024 to open a joint border post by 2026."


def test_small_run_reports_on_one_line_and_leaves_stderr_empty(tmp_path):
    (tmp_path / "a.txt").write_text(LINE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LINE.replace("Lima", "Arica"), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": "60"}
    result = subprocess.run([sys.executable, "-m", "pactline", "run", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                             "--db", str(tmp_path / "r.duckdb"), "--no-embeddings"],
                            capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith("stored 2") and lines[0].endswith("r.duckdb")
