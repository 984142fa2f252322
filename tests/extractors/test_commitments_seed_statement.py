"""The 2023 joint statement (seed 003) and its retelling (seed 000) through the whole pipeline."""

from pactline.export import iter_records
from pactline.store.database import Store


def _commitments(db):
    with Store(db, read_only=True) as store:
        records = list(iter_records(store, "commitment_mentions"))  # per-sentence records
        links = list(iter_records(store, "links"))
        docs = {d["id"]: d for d in iter_records(store, "documents")}
    return records, links, docs


def _find(records, prefix, words):
    return [r for r in records if r["evidence"][0]["source"].split("/")[-1].startswith(prefix)
            and all(w.lower() in r["evidence"][0]["quote"].lower() for w in words)]


def test_joint_statement_pledges_with_domains(seeds_db):
    records, _links, _docs = _commitments(seeds_db)
    expectations = [
        (["fifth meeting", "within this year"], "institutional"),
        (["direct flights"], "transport"),
        (["Industrial Park", "satellite city"], "industry"),
        (["local currencies"], "finance"),
        (["greenhouse gas", "trading market"], "environment"),
        (["defense", "law enforcement"], "security"),
        (["transport and logistics links"], "transport"),
    ]
    for words, domain in expectations:
        found = [r for r in _find(records, "003", words) if r["kind"] == "commitment"]
        assert found, words
        assert any(domain in r["domains"] for r in found), (words, [r["domains"] for r in found])
        assert all(r["parties"] == ["BLR", "CHN"] for r in found)
    # "China supports Belarus in becoming a member …": the party that binds itself, not the one it names.
    found = [r for r in _find(records, "003", ["member of the Shanghai Cooperation Organization"]) if r["kind"] == "commitment"]
    assert found and all(r["parties"] == ["CHN"] and "multilateral" in r["domains"] for r in found)
    [meeting] = [r for r in _find(records, "003", ["fifth meeting"]) if r["deadline"]]
    assert meeting["deadline"] == "2023" and meeting["made_on"] == "2023-03-02"


def test_no_records_from_narrative_related_story_or_boilerplate(seeds_db):
    records, _links, docs = _commitments(seeds_db)
    for r in records:
        quote = r["evidence"][0]["quote"]
        for narrative in ("welcoming ceremony", "banquet", "21-gun salute", "were present at", "attended the above"):
            assert narrative not in quote
        doc = docs[r["evidence"][0]["doc_id"]]
        seg = next(s for s in doc["segments"] if s["start"] <= r["evidence"][0]["start"] < s["end"])
        assert seg["kind"] == "main", (seg["kind"], quote)
    assert not [r for r in records if "Mao Ning" in r["evidence"][0]["quote"] or "Philippine" in r["evidence"][0]["quote"]]


def test_retelling_in_seed_000_has_its_own_evidence_and_is_linked(seeds_db):
    records, links, _docs = _commitments(seeds_db)
    retold = [r for r in _find(records, "000", ["direct flights"]) if r["kind"] == "commitment"]
    assert retold and retold[0]["evidence"][0]["source"].endswith("000_11413b0cd4f9ba72.txt")
    by_id = {r["id"]: r for r in records}
    same = [link for link in links if link["kind"] == "same_commitment"]
    def prefix(record_id):
        return by_id[record_id]["evidence"][0]["source"].split("/")[-1][:3]

    pairs = {frozenset((prefix(x["a"]), prefix(x["b"]))) for x in same}
    assert frozenset(("000", "003")) in pairs
