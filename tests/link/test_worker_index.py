"""A document's link index rows are computed by the worker that read it (run/worker.py), beside the other
documents, and the link stage uses them instead of computing them alone afterwards — only for a stored
document whose fingerprint they carry, so the link index is the same whoever computed it."""

import shutil

import pytest

import pactline.link.stage as stage
from pactline.core.options import Options
from pactline.link.commitments import later_sentences
from pactline.link.index import compact_rows, expand, fingerprint, index_rows, latest_date
from pactline.run.pipeline import run
from pactline.store.database import Store
from tests.conftest import EXAMPLE

INDEX = ("link_docs", "link_units", "link_bands")


def _index_tables(db):
    with Store(db, read_only=True) as store:
        return {table: store.con.execute(f"SELECT * FROM {table}").fetchall() for table in INDEX}


@pytest.fixture
def counted(monkeypatch):
    """How many documents the link stage indexed itself (index_rows) and how many from a worker's rows."""
    calls = {"computed": 0, "ready": 0}

    def computed(doc):
        calls["computed"] += 1
        return index_rows(doc)

    def ready(rows):
        calls["ready"] += 1
        return expand(rows)

    monkeypatch.setattr(stage, "index_rows", computed)
    monkeypatch.setattr(stage, "expand", ready)
    return calls


def test_workers_rows_are_used_and_equal_the_stored_documents(tmp_path, counted):
    db = tmp_path / "run.duckdb"
    report = run([str(EXAMPLE)], db, Options(embeddings=False, workers=1))
    assert report.exit_code == 0
    assert report.copies  # a mirror's copy is stored under the first source's document, not indexed again
    assert counted == {"computed": 0, "ready": len(report.stored) - len(report.copies)}
    with Store(db, read_only=True) as store:
        docs = list(store.iter_documents())
    # The rows a run wrote are those the link stage computes from the stored documents.
    assert [expand(compact_rows(d)) for d in docs] == [index_rows(d) for d in docs]
    relinked = tmp_path / "relinked.duckdb"
    shutil.copy(db, relinked)
    with Store(relinked) as store:
        stage.link_store(store, Options(embeddings=False), full=True)
    assert counted["computed"] == len(docs)
    assert _index_tables(relinked) == _index_tables(db)


def test_rows_of_another_document_are_not_used(tmp_path, counted):
    first = tmp_path / "first.duckdb"
    run([str(EXAMPLE)], first, Options(embeddings=False, workers=1, link=False))
    with Store(first, read_only=True) as store:
        docs = list(store.iter_documents())
    # Rows offered under each document's id but computed from another document (or stale): not used.
    other = docs[-1]
    ready = {d.id: (fingerprint(other), compact_rows(other)) for d in docs[:-1]}
    ready[other.id] = ("0" * 40, compact_rows(other))
    with Store(first) as store:
        stage.link_store(store, Options(embeddings=False), ready=ready)
    assert counted == {"computed": len(docs), "ready": 0} and not ready
    second = tmp_path / "second.duckdb"
    run([str(EXAMPLE)], second, Options(embeddings=False, workers=1))
    assert _index_tables(second) == _index_tables(first)


def test_latest_date_is_the_latest_of_the_sentences_dates(tmp_path):
    db = tmp_path / "run.duckdb"
    run([str(EXAMPLE)], db, Options(embeddings=False, workers=1, link=False))
    with Store(db, read_only=True) as store:
        docs = list(store.iter_documents())
    for doc in docs:
        dates = [s.date for s in later_sentences([doc]) if s.date]
        assert latest_date(doc) == (max(dates) if dates else None)


def test_fingerprint_follows_what_the_rows_are_computed_from(tmp_path):
    db = tmp_path / "run.duckdb"
    run([str(EXAMPLE)], db, Options(embeddings=False, workers=1, link=False))
    with Store(db, read_only=True) as store:
        doc = next(iter(store.iter_documents()))
    from dataclasses import replace

    same = fingerprint(doc)
    assert fingerprint(replace(doc, title="Another title", warnings=["w"])) == same  # not read by the index
    assert doc.segments
    for changed in (replace(doc, text=doc.text + " "), replace(doc, published="1999-01-01"),
                    replace(doc, parties=["AAA", "BBB"]), replace(doc, source="elsewhere"),
                    replace(doc, segments=doc.segments[:-1])):
        assert fingerprint(changed) != same
