"""The seed corpus end to end: documents, no watermark, honest dates."""

from pactline.export import iter_records
from pactline.store.database import Store


def test_seed_documents_are_clean_and_dated(seeds_db):
    with Store(seeds_db, read_only=True) as store:
        docs = {d["source"].split("/")[-1][:3]: d for d in iter_records(store, "documents")}
    assert set(docs) == {"000", "001", "002", "003", "004"}
    assert all("World Times" not in d["text"] for d in docs.values())
    assert docs["001"]["removed_watermarks"] == ["World Times"]
    assert (docs["002"]["published"], docs["002"]["published_confidence"]) == ("2023-12-05", "stated")
    assert (docs["004"]["published"], docs["004"]["published_confidence"]) == ("2023-03-02", "stated")
    assert docs["001"]["published_confidence"] == "inferred"
    for doc in docs.values():
        for seg in doc["segments"]:
            assert 0 <= seg["start"] < seg["end"] <= len(doc["text"])


def test_every_quote_is_the_text_at_its_offsets(seeds_db):
    with Store(seeds_db, read_only=True) as store:
        texts = {d["id"]: d["text"] for d in iter_records(store, "documents")}
        for what in ("events", "commitments", "facts"):
            for record in iter_records(store, what):
                for ev in record["evidence"]:
                    assert texts[ev["doc_id"]][ev["start"] : ev["end"]] == ev["quote"]
