"""`pactline stats` keeps a document's file name whole when the terminal has room for it, and fits the terminal."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NAME = "kenya_ghana_joint_statement_on_trade_2024.txt"


def _stats(db: Path, columns: int) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": str(columns)}
    return subprocess.run([sys.executable, "-m", "pactline", "stats", "--db", str(db)], capture_output=True,
                          text=True, env=env, timeout=600).stdout


@pytest.mark.parametrize("columns, whole", [(120, True), (80, False)])
def test_file_names_are_kept_whole_when_they_fit(corpus, tmp_path, columns, whole):
    folder = corpus({NAME: "Kenya and Ghana held talks in Accra on 3 May 2024. They agreed to expand trade.\n"})
    db = tmp_path / "r.duckdb"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    subprocess.run([sys.executable, "-m", "pactline", "run", str(folder), "--db", str(db), "--no-embeddings", "-q"],
                   env=env, timeout=600, check=True)
    out = _stats(db, columns)
    assert (NAME in out) == whole
    assert all(len(line) <= columns for line in out.splitlines())
