"""Incremental linking: a run links what it took in against the store, recomputing only the scopes its
documents touch, and the derived tables then equal a full relink's (`pactline relink`) — links, event
clusters, merged events with their occasions and timeline order, occasions, commitment statuses with their
follow-ups and entities, and event counts."""

import shutil
import sys
from pathlib import Path

import pytest

from pactline.core.options import Options
from pactline.link.stage import link_store
from pactline.run.pipeline import run
from pactline.store.database import Store
from pactline.store.derived import DerivedWriter
from tests.conftest import EXAMPLE

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

DERIVED = ("links", "event_clusters", "commitment_status", "events", "occasions", "event_counts")


def _derived(db):
    with Store(db, read_only=True) as store:
        return {table: sorted(map(repr, store.con.execute(f"SELECT * FROM {table}").fetchall())) for table in DERIVED}


def _full_relink(db, tmp_path, options):
    copy = tmp_path / "full.duckdb"
    shutil.copy(db, copy)
    with Store(copy) as store:
        link_store(store, options, full=True)
    return _derived(copy)


def _run_in_steps(files, steps, db, tmp_path, options):
    for number, names in enumerate(steps):
        folder = tmp_path / f"step{number}"
        folder.mkdir()
        for name in names:
            shutil.copy(files[name], folder / name)
        assert run([str(folder)], db, options).exit_code == 0


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    import generate_corpus

    folder = tmp_path_factory.mktemp("generated")
    countries = generate_corpus.COUNTRIES
    generate_corpus.COUNTRIES = countries[4:9]  # five countries: several reports per pair, so pledges are followed
    try:
        generate_corpus.generate(folder, 20, seed=5)  # wire reports of several dates, some reposted
    finally:
        generate_corpus.COUNTRIES = countries
    return {p.name: p for p in sorted(folder.glob("*.txt"))}


@pytest.mark.parametrize(("steps", "commit_rows"), [((7, 13), 100_000), ((19,), 100_000), ((1, 2, 3), 40)])
def test_adding_documents_links_as_a_full_relink_does(generated, tmp_path, monkeypatch, steps, commit_rows):
    """commit_rows: how many derived rows one transaction takes (a large run commits several times)."""
    monkeypatch.setattr(DerivedWriter, "COMMIT_ROWS", commit_rows)
    names = sorted(generated)
    cuts = [0, *steps, len(names)]
    db = tmp_path / "r.duckdb"
    options = Options(embeddings=False)
    _run_in_steps(generated, [names[a:b] for a, b in zip(cuts, cuts[1:], strict=False)], db, tmp_path, options)
    incremental = _derived(db)
    kinds = {row.split(", ")[1].strip("'") for row in incremental["links"]}
    assert {"same_event", "follow_up", "same_commitment", "duplicate"} <= kinds and incremental["occasions"]
    assert incremental == _full_relink(db, tmp_path, options)
    assert _commitment_links_stay_within_their_pair(db)


def _commitment_links_stay_within_their_pair(db):
    """Commitments are linked within their party pair: a restatement or follow-up comes from a document
    about the same two countries."""
    import json

    with Store(db, read_only=True) as store:
        pair_of_doc = {d["id"]: tuple(sorted(d["parties"])) for d in store.query("SELECT id, parties FROM documents")}
        doc_of = {c["id"]: c["doc_id"] for c in store.query("SELECT id, doc_id FROM commitments")}
        links = store.query("SELECT kind, a, b, detail FROM links WHERE kind IN ('same_commitment', 'follow_up')")
    ends = [(doc_of[x["a"]], doc_of[x["b"]] if x["kind"] == "same_commitment" else json.loads(x["detail"])["evidence"][0]["doc_id"])
            for x in links]
    return ends and all(pair_of_doc[a] == pair_of_doc[b] for a, b in ends)


def test_example_in_two_runs_with_embeddings_equals_a_full_relink(tmp_path):
    files = {p.name: p for p in sorted(EXAMPLE.iterdir())}
    db = tmp_path / "r.duckdb"
    _run_in_steps(files, [["01_joint_statement.txt", "04_wire.jsonl"], ["02_report.html", "03_followup.md"]], db,
                  tmp_path, Options())
    incremental = _derived(db)
    statuses = {row.split(",")[1].strip(" '") for row in incremental["commitment_status"]}
    assert {"fulfilled", "delayed"} <= statuses  # the follow-up document changed earlier pledges' statuses
    assert incremental == _full_relink(db, tmp_path, Options())


def test_changed_and_later_documents_link_as_a_full_relink_does(generated, tmp_path):
    """A changed file replaces its document (its old scopes are recomputed); a later document about another pair
    holds its own pair's statuses as of its date and leaves the other pairs' statuses as of their own texts."""
    names = sorted(generated)
    db = tmp_path / "r.duckdb"
    options = Options(embeddings=False)
    _run_in_steps(generated, [names[:12]], db, tmp_path, options)
    others = "SELECT max(status_as_of) AS d FROM commitment_status WHERE scope NOT LIKE '%CHL%'"
    folder = tmp_path / "step0"
    changed = folder / names[3]
    changed.write_text(changed.read_text(encoding="utf-8").replace("agreed to strengthen", "refused to strengthen"),
                       encoding="utf-8")
    (folder / "late.txt").write_text(
        "Example Wire, 3 March 2031\n\nChile and Kenya held talks in Nairobi on Monday. Kenya will open an embassy "
        "in Santiago before the end of 2032.\n", encoding="utf-8")
    assert run([str(folder)], db, options).exit_code == 0
    with Store(db, read_only=True) as store:
        assert store.query("SELECT max(status_as_of) AS d FROM commitment_status")[0]["d"] >= "2031"
        assert store.query(others)[0]["d"] < "2031"  # pairs of other countries: as of their own texts
    assert _derived(db) == _full_relink(db, tmp_path, options)


def test_a_run_leaves_the_rows_of_untouched_pairs_in_place(generated, tmp_path):
    names = sorted(generated)
    db = tmp_path / "r.duckdb"
    _run_in_steps(generated, [names], db, tmp_path, Options(embeddings=False))
    query = ("SELECT 'status', rowid, commitment_id, scope FROM commitment_status "
             "UNION ALL SELECT 'link', rowid, id, scope FROM links")
    with Store(db, read_only=True) as store:
        before = store.con.execute(query).fetchall()
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "new.txt").write_text(
        "Example Wire, 4 May 2024\n\nJapan and Vietnam agreed to build a wind farm in Quang Tri by 2027. Japan "
        "and Vietnam held talks in Tokyo on Monday.\n", encoding="utf-8")
    assert run([str(folder)], db, Options(embeddings=False)).exit_code == 0
    with Store(db, read_only=True) as store:
        after = store.con.execute(query).fetchall()
    untouched = [row for row in before if "JPN" not in row[3] and "VNM" not in row[3]]
    assert {row[0] for row in untouched} == {"status", "link"} and set(untouched) <= set(after)
    assert len(after) > len(before)
