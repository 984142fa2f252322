"""A damaged database file gives one line naming it and exit 3 from every command, never a traceback."""

import shutil

import pytest

from tests.cli.test_commands import TEXT, pactline


@pytest.fixture(scope="module")
def damaged(tmp_path_factory):
    folder = tmp_path_factory.mktemp("damaged")
    (folder / "a.txt").write_text(TEXT.replace("Ghana", "Norway").replace("Accra", "Oslo"), encoding="utf-8")
    good = folder / "good.duckdb"
    assert pactline("run", str(folder / "a.txt"), "--db", str(good), "--quiet", "--no-embeddings").returncode == 0
    return folder, good


@pytest.mark.parametrize(
    "command",
    [["stats"], ["timeline"], ["commitments"], ["export", "--what", "events"], ["serve", "--port", "0"], ["run", "IN"]],
)
def test_truncated_database_is_one_line_and_exit_3(damaged, tmp_path, command):
    folder, good = damaged
    db = tmp_path / "half.duckdb"
    shutil.copy(good, db)
    with open(db, "r+b") as fh:  # as `truncate -s 50%` leaves it
        fh.truncate(db.stat().st_size // 2)
    args = [str(folder / "a.txt") if a == "IN" else a for a in command]
    result = pactline(*args, "--db", str(db))
    assert result.returncode == 3, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(db) in lines[0] and "damaged" in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("damage", ["head_only", "not_duckdb"])
def test_unreadable_file_is_called_damaged(damaged, tmp_path, damage):
    # a file cut inside its header, or one that was never a database: DuckDB cannot even open it, and its own
    # message ("could not read enough bytes") must still read as a damaged file named in one line
    folder, good = damaged
    db = tmp_path / "bad.duckdb"
    if damage == "head_only":
        db.write_bytes(good.read_bytes()[:5000])
    else:
        db.write_bytes(bytes(range(256)) * 12)
    result = pactline("stats", "--db", str(db))
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 3 and len(lines) == 1, result.stderr
    assert str(db) in lines[0] and "damaged" in lines[0] and "Traceback" not in result.stderr


def test_bad_jsonl_lines_are_named_on_stderr_with_exit_1(tmp_path):
    feed = tmp_path / "feed.jsonl"
    good = '{"text": "Chile and Norway held talks in Oslo on 4 June 2024 and agreed to expand trade in salmon."}'
    feed.write_text("\n".join([good, "{broken", '{"text": 7}']) + "\n", encoding="utf-8")
    result = pactline("run", str(feed), "--db", str(tmp_path / "r.duckdb"), "--no-embeddings", "--quiet")
    assert result.returncode == 1
    assert f"{feed}:2: not valid JSON" in result.stderr
    assert f'{feed}:3: "text" is int, not a string' in result.stderr
