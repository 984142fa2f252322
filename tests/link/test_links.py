"""Cross-document links: duplicates, translations, same event, same commitment, follow-through, discrepancies."""

from pactline.core.options import Options
from pactline.export import iter_records
from pactline.run.pipeline import run
from pactline.store.database import Store


def _all(db, what):
    with Store(db, read_only=True) as store:
        return list(iter_records(store, what))


def _prefix(source):
    return source.split("/")[-1][:3]


def test_seed_translation_and_partial_duplicate(seeds_db):
    links = _all(seeds_db, "links")
    docs = {d["id"]: d for d in _all(seeds_db, "documents")}
    seg_doc = {s["id"]: _prefix(d["source"]) for d in docs.values() for s in d["segments"]}
    translations = [x for x in links if x["kind"] == "translation"]
    assert any({seg_doc[x["a"]], seg_doc[x["b"]]} == {"003", "004"} for x in translations)
    t = next(x for x in translations if {seg_doc[x["a"]], seg_doc[x["b"]]} == {"003", "004"})
    assert t["score"] >= 0.75 and t["detail"]["coverage"] >= 0.6 and t["detail"]["pairs"]
    # The blog introduction of seed 003 copies paragraphs of the ministry article it then reprints.
    duplicates = [x for x in links if x["kind"] == "duplicate"]
    assert any(seg_doc.get(x["a"]) == seg_doc.get(x["b"]) == "003" and x["detail"]["partial"] for x in duplicates)


def test_seed_trade_figures(seeds_db):
    facts = [f for f in _all(seeds_db, "facts") if f["measure"] == "bilateral_trade"]
    by_value = {f["value"]: f for f in facts}
    q3 = by_value[6450000000]
    assert (q3["unit"], q3["period_start"], q3["period_end"], q3["change_pct"]) == ("USD", "2023-01-01", "2023-09-30", 83.6)
    year = by_value[8400000000]
    assert (year["period_start"], year["period_end"], year["bound"]) == ("2023-01-01", "2023-12-31", "more_than")
    assert q3["parties"] == year["parties"] == ["BLR", "CHN"]


def test_seed_follow_through(seeds_db):
    commitments = _all(seeds_db, "commitments")
    services = [c for c in commitments if "Trade in Services" in c["text"] and c["kind"] == "commitment"]
    assert services and services[0]["status"] == "fulfilled"
    fulfil = next(f for f in services[0]["follow_ups"] if f["relation"] == "fulfils")
    assert "inked an agreement on trade in services" in fulfil["evidence"][0]["quote"]
    park = [c for c in commitments if "Industrial Park" in c["text"] and c["made_on"] and c["made_on"].startswith("2023-03")]
    assert any(c["status"] == "reaffirmed" and any(f["date"].startswith("2024") for f in c["follow_ups"]) for c in park)


def test_seed_partnership_level_is_dated(seeds_db):
    levels = [f for f in _all(seeds_db, "facts") if f["measure"] == "partnership_level"]
    upgrade = [f for f in levels if f["period_start"] and f["period_start"].startswith("2022-09")]
    assert upgrade and all("all-weather" in f["subject"].replace("–", "-") for f in upgrade)
    assert max(f["value"] for f in levels) == upgrade[0]["value"]


def test_example_fulfilled_delayed_and_disagreeing_figures(example_db):
    commitments = {c["text"][:40]: c for c in _all(example_db, "commitments") if c["kind"] == "commitment"}
    shipping = next(c for k, c in commitments.items() if "shipping service" in k)
    commission = next(c for k, c in commitments.items() if "Joint Commission" in k or "second session" in k)
    trade_deal = next(c for c in commitments.values() if "Preferential Trade Agreement" in c["text"])
    assert shipping["status"] == "fulfilled" and shipping["deadline"] == "2025"
    assert commission["status"] == "fulfilled" and commission["deadline"] == "2024"
    assert trade_deal["status"] == "delayed"
    assert "postponed" in trade_deal["follow_ups"][0]["evidence"][0]["quote"]
    discrepancies = [x for x in _all(example_db, "links") if x["kind"] == "discrepancy" and x["detail"]["field"] == "value"]
    assert any(sorted(x["detail"]["values"]) == [1.1e9, 1.3e9] for x in discrepancies)


LATE_COPY_TEXT = ("Chad and Niger held talks in N'Djamena on 8 April 2024 on border security. "
                  "The two sides agreed to set up joint patrols along the border before the end of 2024.\n")


def test_late_duplicate_adds_no_second_event(corpus, tmp_path):
    folder = corpus({
        "a.txt": "Sahel Daily, 9 April 2024\n\n" + LATE_COPY_TEXT,
        "b.txt": "Republished by Desert Wire, 2 May 2024\n\n" + LATE_COPY_TEXT + "\nShare this: Facebook\n",
    })
    db = tmp_path / "r.duckdb"
    run([str(folder)], db, Options())
    events = [e for e in _all(db, "events") if e["type"] == "CONSULT"]
    assert len(events) == 1
    assert len({ev["doc_id"] for ev in events[0]["evidence"]}) == 2
    links = _all(db, "links")
    assert any(x["kind"] == "duplicate" and x["detail"]["level"] == "document" for x in links)
    same = [x for x in links if x["kind"] == "same_commitment"]
    assert same, "the restated pledge is linked, not counted twice"


def test_figure_reported_differently_by_two_outlets(corpus, tmp_path):
    folder = corpus({
        "a.txt": "Andes Post, 10 January 2025\n\nTrade between Chile and Peru reached $4.2 billion in 2024, up 6 percent, the Chilean customs office said.\n",
        "b.txt": "Lima Herald, 12 January 2025\n\nBilateral trade between Peru and Chile totalled $4.5 billion in 2024, according to Peru's trade ministry.\n",
    })
    db = tmp_path / "r.duckdb"
    run([str(folder)], db, Options(embeddings=False))
    [link] = [x for x in _all(db, "links") if x["kind"] == "discrepancy"]
    assert sorted(link["detail"]["values"]) == [4.2e9, 4.5e9] and link["detail"]["period"] == ["2024-01-01", "2024-12-31"]
    assert len(link["detail"]["sources"]) == 2


def test_seed_register_one_row_per_commitment_with_overdue_and_fulfilled(seeds_db):
    entities = _all(seeds_db, "commitments")
    mentions = _all(seeds_db, "commitment_mentions")
    assert len(entities) < len(mentions)  # restatements are folded into their commitment
    assert all(e["mentions"] == len(e["mention_ids"]) >= 1 for e in entities)
    assert {m["commitment_id"] for m in mentions} == {e["id"] for e in entities}
    def told(words):  # the commitment whose mentions quote these words (its text is its first mention's)
        return [e for e in entities if e["kind"] == "commitment" and any(words in ev["quote"] for ev in e["evidence"])]

    fifth = told("fifth meeting")
    assert fifth and fifth[0]["deadline"] == "2023" and fifth[0]["status"] == "overdue"
    assert fifth[0]["status_as_of"] >= "2024"
    services = told("Trade in Services")
    assert services and services[0]["status"] == "fulfilled"
    assert all("/" not in s for e in entities for s in e["sources"])  # file names, never paths
