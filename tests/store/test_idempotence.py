from pactline.core.options import Options
from pactline.export import iter_records
from pactline.run.pipeline import run
from pactline.store.database import Store

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
    from pactline.core.errors import StoreError
    from pactline.core.records import RawDocument
    from pactline.run.worker import process_raw
    from pactline.store import database as store_module

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


def test_batched_writes_equal_one_document_per_transaction(corpus, tmp_path):
    other = TEXT.replace("Ghana", "Norway").replace("Accra", "Oslo")
    folder = corpus({"a.txt": TEXT, "b.txt": other, "mirror.txt": TEXT, "c.txt": TEXT.replace("cocoa", "fish")})
    snapshots = []
    for batch in (1, 3, 25):
        db = tmp_path / f"b{batch}.duckdb"
        report = run([str(folder)], db, Options(embeddings=False, write_batch=batch))
        assert sorted(report.stored) == sorted(str(folder / n) for n in ("a.txt", "b.txt", "mirror.txt", "c.txt"))
        snapshots.append(_snapshot(db))
    assert snapshots[0] == snapshots[1] == snapshots[2]
    assert len(snapshots[0]["documents"]) == 3  # the mirror joins a.txt's document


def test_failed_batch_leaves_none_of_its_documents(tmp_path, monkeypatch):
    import duckdb

    from pactline.core.errors import StoreError
    from pactline.core.records import RawDocument
    from pactline.run.worker import process_raw
    from pactline.store import database as store_module

    batch = [process_raw(RawDocument(f"{n}.txt", TEXT.replace("Peru", country), "txt", f"h{n}"), Options(embeddings=False))
             for n, country in enumerate(["Peru", "Chile", "Kenya"])]
    with Store(tmp_path / "r.duckdb") as store:
        def full_disk(self, extraction):
            raise duckdb.IOException("Could not write file \"r.duckdb.wal\": No space left on device")

        monkeypatch.setattr(store_module.Store, "_insert_records", full_disk)
        try:
            store.write_documents(batch)
            raise AssertionError("the write should have failed")
        except StoreError as exc:
            assert "disk is full" in str(exc) and "batch of 3 documents" in str(exc)
        monkeypatch.undo()
        assert store.counts()["documents"] == 0 and store.known_sources() == {}
        assert store.write_documents(batch) == [True, True, True]  # the store is still usable
