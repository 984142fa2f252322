from pactline.export import iter_records
from pactline.options import Options
from pactline.pipeline import run
from pactline.store import Store

TEXT = ("Ghana and Peru held talks in Accra on 3 May 2024. The two sides agreed to expand trade in cocoa. "
        "Ghana will open an embassy in Lima before the end of 2025.\n")


def _snapshot(db):
    with Store(db, read_only=True) as store:
        return {what: sorted(r["id"] for r in iter_records(store, what)) for what in ("documents", "events", "commitments", "facts", "links")}


def test_rerun_adds_nothing_and_ids_are_stable(corpus, tmp_path):
    folder = corpus({"a.txt": TEXT})
    db = tmp_path / "r.duckdb"
    first = run([str(folder)], db, Options(embeddings=False))
    before = _snapshot(db)
    second = run([str(folder)], db, Options(embeddings=False))
    assert first.stored and not second.stored and second.unchanged == [str(folder / "a.txt")]
    assert _snapshot(db) == before
    other = tmp_path / "other.duckdb"
    run([str(folder)], other, Options(embeddings=False))
    assert _snapshot(other) == before  # ids come from content, not from the run


def test_changed_file_replaces_its_old_records(corpus, tmp_path):
    db = tmp_path / "r.duckdb"
    folder = corpus({"a.txt": TEXT})
    run([str(folder)], db, Options(embeddings=False))
    (folder / "a.txt").write_text(TEXT.replace("Accra", "Kumasi").replace("embassy", "consulate"), encoding="utf-8")
    run([str(folder)], db, Options(embeddings=False))
    with Store(db, read_only=True) as store:
        docs = list(iter_records(store, "documents"))
        texts = [c["text"] for c in iter_records(store, "commitments")]
    assert len(docs) == 1 and "Kumasi" in docs[0]["text"]
    assert not any("embassy" in t for t in texts) and any("consulate" in t for t in texts)


def test_same_text_from_a_second_source_is_one_document(corpus, tmp_path):
    folder = corpus({"a.txt": TEXT, "mirror.txt": TEXT})
    db = tmp_path / "r.duckdb"
    run([str(folder)], db, Options(embeddings=False))
    with Store(db, read_only=True) as store:
        [doc] = list(iter_records(store, "documents"))
    assert doc["source"].endswith("a.txt") and doc["also_sources"][0].endswith("mirror.txt")


def test_migrations_are_recorded(tmp_path):
    with Store(tmp_path / "m.duckdb") as store:
        assert store.schema_version() >= 1
        rows = store.query("SELECT version, description FROM schema_migrations")
    assert rows[0]["version"] == 1 and rows[0]["description"]


def test_failed_write_leaves_no_half_document(tmp_path, monkeypatch):
    from pactline import store as store_module
    from pactline.errors import StoreError
    from pactline.pipeline import process_raw
    from pactline.records import RawDocument

    doc, extraction = process_raw(RawDocument("x.txt", TEXT, "txt", "h1"), Options(embeddings=False))
    db = tmp_path / "r.duckdb"
    with Store(db) as store:
        def boom(self, extraction):
            raise RuntimeError("disk went away")

        monkeypatch.setattr(store_module.Store, "_insert_records", boom)
        try:
            store.write_document(doc, extraction)
        except StoreError as exc:
            assert "could not store x.txt" in str(exc)
        monkeypatch.undo()
        assert store.counts()["documents"] == 0 and store.source_state("x.txt") is None
