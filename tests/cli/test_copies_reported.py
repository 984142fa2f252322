"""A source whose text another source already holds (a mirror, a repost) is stored as one document, and the
run's summary says so, so its count of stored sources and `stats`' count of documents do not seem to disagree."""

import json

from tests.cli.test_commands import pactline

LINE = "Peru and Norway held talks in Lima on 4 June 2024 and agreed to expand cooperation in fisheries."


def test_mirror_line_is_reported_as_a_copy(tmp_path):
    feed = tmp_path / "wire.jsonl"
    rows = [{"text": LINE, "url": "https://one.example/a"}, {"text": LINE, "url": "https://two.example/a"},
            {"text": LINE.replace("fisheries", "mining"), "url": "https://one.example/b"}]
    feed.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = pactline("run", str(feed), "--db", str(tmp_path / "r.duckdb"), "--no-embeddings")
    assert result.returncode == 0, result.stderr
    assert "stored 3 (1 the same text as another document, kept as one)" in " ".join(result.stdout.split())


def test_distinct_texts_report_no_copies(tmp_path):
    feed = tmp_path / "wire.jsonl"
    rows = [{"text": LINE, "url": "https://one.example/a"}, {"text": LINE.replace("Lima", "Cusco")}]
    feed.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = pactline("run", str(feed), "--db", str(tmp_path / "r.duckdb"), "--no-embeddings")
    assert result.returncode == 0 and "same text" not in result.stdout
