"""The commitment register: per-sentence commitment mentions shaped as the contract's commitment_mentions,
and consolidated into one record per commitment (its mentions, first made, last restated, status as of a
date). The store holds the mentions and the link stage's entity ids; this module only shapes them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pactline.core import statuses
from pactline.store import reads
from pactline.store.database import Store, load_json


def commitment_mentions(store: Store, as_of: str | None = None) -> Iterator[dict[str, Any]]:
    """One record per sentence that states a pledge or a stance (the contract's commitment_mentions)."""
    reviews = reads.reviews_by_record(store)
    rows = sorted(reads.commitment_mention_rows(store), key=_reading_order)
    for row in rows:
        follow_ups = load_json(row["follow_ups"]) or []
        derived = row["derived_status"] or statuses.default(row["kind"])
        if as_of:
            derived = statuses.derive(row["kind"], row["deadline"], follow_ups, as_of)
        status, domains, record_reviews = _reviewed(derived, list(row["domains"] or []), reviews.get(row["id"], []))
        yield {
            "id": row["id"], "kind": row["kind"], "parties": list(row["parties"] or []), "modality": row["modality"],
            "text": row["text"], "domains": domains, "deadline": row["deadline"], "made_on": row["made_on"],
            "made_on_confidence": row["made_on_confidence"], "status": status, "derived_status": derived,
            "status_as_of": as_of or row["status_as_of"], "commitment_id": row["entity_id"] or row["id"],
            "evidence": load_json(row["evidence"]), "follow_ups": follow_ups,
            "reviews": [
                {k: r[k] for k in ("field", "old_value", "new_value", "note", "who", "created_at")} for r in record_reviews
            ],
        }


def _reading_order(row: dict[str, Any]) -> tuple[str, str, int, int, str]:
    """Mentions as a reader meets them: by date, then document, sentence, and the clause's place in its sentence
    (a sentence bundling several pledges lists them in the order it states them)."""
    evidence = (load_json(row["evidence"]) or [{}])[0]
    quote, text = evidence.get("quote") or "", row["text"] or ""
    at = quote.find(text[:40])
    return (row["made_on"] or "9999", row["doc_id"] or "", int(evidence.get("start") or 0),
            at if at >= 0 else len(quote), row["id"])


def _reviewed(status: str, domains: list[str], reviews: list[dict[str, Any]]) -> tuple[str, list[str], list[dict[str, Any]]]:
    """An analyst's review overrides the derived status and domains."""
    for review in reviews:
        if review["field"] == "status" and review["new_value"]:
            status = review["new_value"]
        if review["field"] == "domains" and review["new_value"]:
            domains = [d.strip() for d in review["new_value"].split(",") if d.strip()]
    return status, domains, reviews


def commitment_entities(mentions: Iterator[dict[str, Any]], as_of: str | None = None) -> Iterator[dict[str, Any]]:
    """One record per commitment (or position): its mentions' evidence, first made, last restated, status."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in mentions:
        if not statuses.after(m["made_on"], as_of):  # what was said after the day asked about is not known yet
            groups[m["commitment_id"]].append(m)
    entities = [entity_record(members, as_of) for members in groups.values()]
    yield from sorted(entities, key=lambda e: (e["made_on"] or "9999", e["id"]))


def entity_record(members: list[dict[str, Any]], as_of: str | None) -> dict[str, Any]:
    members = sorted(members, key=lambda m: (m["made_on"] or "9999", m["id"]))
    first = members[0]
    # A member restating the pledge in a later text is a reaffirmation; retellings of the same occasion
    # (translations, reprints) are only mentions.
    same_occasion = {m["id"] for m in members if (m["made_on"] or "")[:7] == (first["made_on"] or "")[:7]}
    status_as_of = as_of or first["status_as_of"]
    follow_ups = _distinct_follow_ups([f for m in members for f in m["follow_ups"] if f["record_id"] not in same_occasion
                                       and not statuses.after(f.get("date"), status_as_of)])
    deadline = min((m["deadline"] for m in members if m["deadline"]), default=None)
    derived = statuses.derive(first["kind"], deadline, follow_ups, status_as_of)
    reviews = [r for m in members for r in m["reviews"]]
    status = next((m["status"] for m in members if m["status"] != m["derived_status"]), derived)
    dated = [m["made_on"] for m in members if m["made_on"]]
    return {
        "id": first["id"], "kind": first["kind"], "parties": sorted({p for m in members for p in m["parties"]}),
        "modality": first["modality"], "text": first["text"],
        "domains": list(dict.fromkeys(d for m in members for d in m["domains"])), "deadline": deadline,
        "made_on": first["made_on"], "made_on_confidence": first["made_on_confidence"],
        "last_restated": max(dated) if len(dated) > 1 else None, "mentions": len(members),
        "mention_ids": [m["id"] for m in members], "status": status, "derived_status": derived,
        "status_as_of": status_as_of, "evidence": [ev for m in members for ev in m["evidence"]],
        "sources": list(dict.fromkeys(Path(ev["source"]).name for m in members for ev in m["evidence"])),
        "follow_ups": follow_ups, "reviews": reviews,
    }


def _distinct_follow_ups(follow_ups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per later record and relation: several mentions of a commitment may each link to the same
    restatement, which is one follow-up (the best-scored link's evidence is kept)."""
    best: dict[tuple[str, str], dict[str, Any]] = {}
    for f in follow_ups:
        key = (f["record_id"], f["relation"])
        if key not in best or (f.get("score") or 0) > (best[key].get("score") or 0):
            best[key] = f
    return sorted(best.values(), key=lambda f: (f.get("date") or "", f["record_id"]))
