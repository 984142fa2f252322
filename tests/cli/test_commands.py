import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Ghana and Peru held talks in Accra on 3 May 2024. The two sides agreed to expand trade in cocoa.\n"


def pactline(*args, cwd=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": "250"}
    return subprocess.run([sys.executable, "-m", "pactline", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=600)


def test_run_export_stats_and_exit_codes(corpus, tmp_path):
    folder = corpus({"a.txt": TEXT, "bad.txt": b"\x00\x01\x02" * 100})
    db = str(tmp_path / "r.duckdb")
    result = pactline("run", str(folder), "--db", db, "--no-embeddings")
    assert result.returncode == 1
    assert f"skipped {folder / 'bad.txt'}: binary file, not text" in result.stderr
    again = pactline("run", str(folder / "a.txt"), "--db", db, "--quiet", "--no-embeddings")
    assert again.returncode == 0 and again.stdout == ""
    exported = pactline("export", "--what", "documents", "--db", db)
    docs = [json.loads(line) for line in exported.stdout.splitlines()]
    assert len(docs) == 1 and docs[0]["segments"][0]["kind"] == "main"
    csv_out = pactline("export", "--what", "commitments", "--db", db, "--format", "csv")
    assert csv_out.stdout.splitlines()[0].startswith("id,kind,parties")
    stats = pactline("stats", "--db", db)
    assert "documents" in stats.stdout and "a.txt" in stats.stdout


def test_usage_errors_exit_2(tmp_path):
    assert pactline("run").returncode == 2
    negative = pactline("run", str(tmp_path), "--workers", "-1", "--db", str(tmp_path / "w.duckdb"))
    assert negative.returncode == 2 and "--workers must be 0" in negative.stderr
    no_size = pactline("run", str(tmp_path), "--max-mb", "-1", "--db", str(tmp_path / "m.duckdb"))
    assert no_size.returncode == 2 and "--max-mb must be a size above 0" in no_size.stderr
    no_memory = pactline("run", str(tmp_path), "--db-memory", "lots", "--db", str(tmp_path / "q.duckdb"))
    assert no_memory.returncode == 2 and "--db-memory must be a size" in no_memory.stderr
    no_port = pactline("serve", "--port", "70000", "--db", str(tmp_path / "q.duckdb"))
    assert no_port.returncode == 2 and "--port must be a port number" in no_port.stderr
    assert pactline("export", "--what", "nonsense", "--db", str(tmp_path / "x.duckdb")).returncode == 2
    missing = pactline("export", "--what", "events", "--db", str(tmp_path / "none.duckdb"))
    assert missing.returncode == 2 and "no such database" in missing.stderr


def test_unwritable_db_path_is_a_clear_error(corpus, tmp_path):
    folder = corpus({"a.txt": TEXT})
    result = pactline("run", str(folder), "--db", str(tmp_path / "no" / "such" / "dir" / "r.duckdb"), "--no-embeddings")
    assert result.returncode == 3 and "does not exist" in result.stderr


@pytest.mark.parametrize("command", ["run", "export", "serve", "stats", "timeline", "commitments"])
def test_every_command_has_help_with_an_example(command):
    result = pactline(command, "--help")
    assert result.returncode == 0 and "Example" in result.stdout


def test_commitments_status_register(example_db):
    result = pactline("commitments", "--status", "--db", str(example_db))
    assert result.returncode == 0
    assert "delayed" in result.stdout and "fulfilled" in result.stdout and "postponed" in result.stdout
    positions = pactline("commitments", "--positions", "--db", str(example_db))
    assert "Horn of Africa" in positions.stdout


@pytest.mark.parametrize("flags", [["--no-embeddings"], []])
def test_relink_recomputes_the_same_links(corpus, tmp_path, flags):
    other = "Peru and Ghana signed a cocoa agreement in Lima on 9 June 2024, as agreed in Accra in May.\n"
    folder = corpus({"a.txt": TEXT, "b.txt": other})
    db = str(tmp_path / "r.duckdb")
    assert pactline("run", str(folder), "--db", db, "--quiet", *flags).returncode == 0
    before = pactline("export", "--what", "links", "--db", db).stdout
    result = pactline("relink", "--db", db, *flags)
    assert result.returncode == 0 and "links" in result.stdout
    assert pactline("export", "--what", "links", "--db", db).stdout == before
    assert pactline("relink", "--db", str(tmp_path / "none.duckdb")).returncode == 2


@pytest.mark.parametrize("args, says", [
    (["commitments", "--party", "XX"], "alpha-3 codes"),
    (["commitments", "--party", "XYZ"], "alpha-3 codes"),  # three letters, but no country
    (["commitments", "--domain", "nonsense"], "domain must be one of"),
    (["commitments", "--as-of", "2024-13"], "--as-of must be a date"),
    (["export", "--what", "events", "--as-of", "2025-02-30"], "--as-of must be a date"),
    (["export", "--what", "events", "--out", "/nonexistent-folder/x.jsonl"], "no such folder"),
    (["export", "--what", "events", "--out", "/tmp"], "is a folder"),
])
def test_bad_filter_values_and_outputs_are_one_line(corpus, tmp_path, args, says):
    db = str(tmp_path / "r.duckdb")
    assert pactline("run", str(corpus({"a.txt": TEXT})), "--db", db, "--quiet", "--no-embeddings").returncode == 0
    result = pactline(*args, "--db", db)
    assert result.returncode == 2 and says in result.stderr and "Traceback" not in result.stderr


def test_version_and_an_empty_file_as_a_new_database(corpus, tmp_path):
    assert pactline("--version").stdout.startswith("pactline ")
    empty = tmp_path / "new.duckdb"
    empty.write_bytes(b"")  # as mktemp or touch leave it
    assert pactline("run", str(corpus({"a.txt": TEXT})), "--db", str(empty), "--quiet", "--no-embeddings").returncode == 0
    assert '"source"' in pactline("export", "--what", "documents", "--db", str(empty)).stdout


def test_help_examples_fit_an_80_column_terminal():
    # a pasted example must not be broken over two lines
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": "80"}
    out = subprocess.run([sys.executable, "-m", "pactline", "run", "--help"], capture_output=True, text=True, env=env,
                         timeout=600).stdout
    assert "pactline run reports/ --db relations.duckdb" in out
    assert "pactline run https://example.org/statement.html --db relations.duckdb" in out
