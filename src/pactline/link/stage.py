"""Link: connect records across documents — duplicates, translations, one event told many times, a pledge
restated or followed through, and sources that disagree.

Everything here is derived from the stored records. A run links what it took in against the store: only the
scopes its documents touch are recomputed, and the derived rows change only there —

- text links (duplicates, translations) pair by pair: new text units against the link index (MinHash bands,
  translation buckets of one party pair and a week);
- one event group (type and parties) for events, clusters and same-event links; one party set for occasions;
- one party pair (the documents' sorted parties) for commitments: same_commitment, follow-ups, entities and
  statuses, with the follow-up subject weights (word-pair rarity) counted within the pair;
- one figure (measure, unit, parties, period) for value discrepancies.

A scope is always recomputed whole from the stored records, so the result equals a full relink
(``full=True``, `pactline relink`), which is the same computation over every scope. Scopes stream one at a
time: no structure holds every sentence, commitment or follow-up of the store. Commitment statuses hold as of
the latest date of the pair's own documents (a later text about other countries says nothing of this pair's
pledges), so a run leaves the statuses of untouched pairs as they were. Candidates are found cheaply first; only candidates are embedded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pactline.core.options import Options
from pactline.link.commitments import commitment_links, later_sentences
from pactline.link.events import cluster_events, merge_events
from pactline.link.facts import fact_links
from pactline.link.index import expand, fingerprint, index_rows, quote_rows
from pactline.link.occasions import build_occasions
from pactline.link.similarity import ENCODER, Similarity, one_blas_thread, split_sentences
from pactline.link.text import Unit, duplicate_link, translation_candidates, translation_links
from pactline.store import derived, link_index, queries
from pactline.store.database import Store
from pactline.store.derived import DerivedWriter
from pactline.store.rows import EventRow

INDEX_VERSION = "2"  # what the link index holds and how scopes are keyed; another value relinks everything


@dataclass
class _Plan:
    """What one link recomputes: None for a scope kind means every scope (a full relink)."""

    everything: bool
    new_units: list[dict[str, Any]] = field(default_factory=list)  # index rows of the added documents' units
    gone: set[str] = field(default_factory=set)  # units of removed documents (still in a reader's snapshot)
    pairs: set[str] | None = None
    groups: set[str] | None = None
    facts: set[str] | None = None


def link_store(store: Store, options: Options | None = None, full: bool = False,
               ready: dict[str, Any] | None = None) -> int:
    """Link what the store took in since it was last linked (documents added, removed or replaced), or with
    ``full`` — or when the store was never linked this way, or with other options — everything. Returns the
    number of links in the store. ``ready``: link index rows computed elsewhere (document id: its fingerprint
    and ``link/index.compact_rows``), used for a stored document whose fingerprint they carry (and dropped)."""
    options = options or Options()
    config = f"embeddings={ENCODER if options.embeddings else 'off'}"
    everything = full or store.get_meta("link_index") != INDEX_VERSION or store.get_meta("link_config") != config
    if everything:
        with link_index.transaction(store):
            store.set_meta("link_index", "")
            link_index.all_documents_pending(store)
    changes = link_index.pending(store)
    if changes or everything:
        _index(store, changes.added if not everything else None, ready or {})
        sim = Similarity(options.embeddings, store)
        with one_blas_thread(), store.derived(everything) as out:
            plan = _plan(store, changes, everything)
            _link(store, out, plan, sim)
            sim.save()
            link_index.clear_pending(store)
            for key, value in (("link_index", INDEX_VERSION), ("link_config", config)):
                store.set_meta(key, value)
    return link_index.link_count(store)


def _index(store: Store, added: list[str] | None, ready: dict[str, Any]) -> None:
    """Index the added documents (None: all) in a transaction of their own: a run killed later finds them
    still pending and indexes them again. A document's rows come from ``ready`` where they were computed from
    the same document (the same rows, in the same order, whoever computed them)."""
    if added is not None and not added:
        return
    with link_index.transaction(store):
        if added is not None:
            link_index.drop_index(store, added)  # taken in again, or indexed by a run killed before linking
        rows: tuple[list[Any], list[Any], list[Any]] = ([], [], [])
        for doc in store.iter_documents(added):
            computed = ready.pop(doc.id, None)
            doc_row, units, bands = (expand(computed[1]) if computed is not None and computed[0] == fingerprint(doc)
                                     else index_rows(doc))
            rows[0].append(doc_row)
            rows[1].extend(units)
            rows[2].extend(bands)
            if len(rows[0]) >= 200:
                link_index.write_index(store, *rows)
                rows = ([], [], [])
        link_index.write_index(store, *rows)
        quotes: list[list[Any]] = []
        for _doc_id, records in link_index.quoting_records(store, added):
            quotes += quote_rows(records)
            if len(quotes) >= 20_000:
                link_index.write_quotes(store, quotes)
                quotes = []
        link_index.write_quotes(store, quotes)


def _plan(store: Store, changes: link_index.Pending, everything: bool) -> _Plan:
    """The scopes to recompute; outside a full relink, their old derived rows are forgotten here."""
    if everything:
        return _Plan(everything=True)
    added = set(changes.added)
    new_units = link_index.document_units(store, sorted(added)) if added else []
    gone = set(link_index.drop_index(store, sorted(set(changes.removed) - added)))
    derived.forget_text_links(store, sorted(gone | {u["id"] for u in new_units}))
    keys = link_index.touched_keys(store, sorted(added)) if added else {}
    scopes = {kind: keys.get(kind, set()) | changes.keys.get(kind, set()) for kind in ("pair", "mentions", "facts")}
    derived.forget_scopes(store, {f"cm:{p}" for p in scopes["pair"]} | {f"fact:{k}" for k in scopes["facts"]})
    return _Plan(False, new_units, gone, scopes["pair"], scopes["mentions"], scopes["facts"])


def _link(store: Store, out: DerivedWriter, plan: _Plan, sim: Similarity) -> None:
    _text_links(store, out, plan, sim)
    forgotten = derived.forget_event_groups(store, plan.groups) if plan.groups else set()
    _events(store, out, plan.groups)
    # The party sets of the groups too: a run killed after their events were forgotten recomputes them.
    out.event_parties |= forgotten | {key.split("|", 1)[1] for key in plan.groups or ()}
    _occasions(store, out, None if plan.everything else set(out.event_parties))
    _commitments(store, out, plan.pairs, sim)
    for key, group in queries.fact_groups(store, plan.facts):
        out.links(fact_links(group), f"fact:{key}")


def _text_links(store: Store, out: DerivedWriter, plan: _Plan, sim: Similarity) -> None:
    """Duplicates among the index's candidate pairs with a new unit, then translations in the new segments'
    buckets (every pair and bucket in a full relink)."""
    new_ids = None if plan.everything else [u["id"] for u in plan.new_units]
    if new_ids is not None and not new_ids:
        return
    batch = []
    for row in link_index.duplicate_candidates(store, new_ids):
        if row[0] not in plan.gone and row[1] not in plan.gone and (link := duplicate_link(row)) is not None:
            batch.append(link)
    out.links(batch, "text")
    out.flush("links")  # translations skip pairs that are duplicates: read from the table
    new = None if new_ids is None else set(new_ids)
    buckets = None if plan.everything else sorted({u["bucket"] for u in plan.new_units if u["kind"] == "segment" and u["bucket"]})
    if buckets is not None and not buckets:
        return
    for _bucket, members in link_index.bucket_units(store, buckets):
        pairs = translation_candidates([m for m in members if m["id"] not in plan.gone], new)
        if not pairs:
            continue
        texts = link_index.document_texts(store, sorted({m["doc_id"] for pair in pairs for m in pair}))
        units = {m["id"]: Unit(m["id"], m["doc_id"], "segment", texts[m["doc_id"]][m["start"] : m["stop"]], m["start"],
                               m["published"], frozenset()) for pair in pairs for m in pair}
        sim.preload([s[2] for u in units.values() for s in split_sentences(u.text, u.start)])
        duplicates = link_index.duplicate_pairs(store, sorted(units))
        out.links(translation_links([(units[a["id"]], units[b["id"]]) for a, b in pairs], duplicates, sim), "text")
        sim.forget()


def _events(store: Store, out: DerivedWriter, groups: set[str] | None) -> None:
    """Mentions of one happening clustered and merged, one (type, parties) group at a time."""
    if groups is not None and not groups:
        return
    events: list[EventRow] = []
    for key, group in queries.mention_groups(store, groups):
        clusters, event_links = cluster_events(group)
        out.links(event_links, f"ev:{key}")
        out.clusters(clusters, f"ev:{key}")
        events += merge_events(group, clusters)
        if len(events) >= 5000:
            out.events(events)
            events = []
    out.events(events)
    out.flush("events")
    out.flush("links")  # the occasions read the date discrepancies found here


def _occasions(store: Store, out: DerivedWriter, parties: set[str] | None) -> None:
    """Occasions of each party set whose events changed (every set in a full relink)."""
    derived.finish_party_keys(store)
    if parties is not None:
        if not parties:
            return
        derived.forget_scopes(store, {f"occ:{p}" for p in parties})
    told = queries.event_date_discrepancies(store, None if parties is None else {p for p in parties if p is not None})
    for key, group in queries.event_party_groups(store, parties):
        out.occasions(build_occasions(group, told), f"occ:{key}")


def _commitments(store: Store, out: DerivedWriter, pairs: set[str] | None, sim: Similarity) -> None:
    """Same commitments, follow-ups, entities and statuses, one party pair at a time, the statuses as of the
    latest date of the pair's own documents."""
    if pairs is not None and not pairs:
        return
    for part in queries.partitions(store, pairs):
        evidence_owner = {(doc_id, start): record_id for doc_id, start, record_id in part.quoted}
        sentences = later_sentences(part.documents)
        sim.preload([c.text for c in part.commitments] + [s.text for s in sentences])
        links, statuses = commitment_links(part.commitments, evidence_owner, sentences, sim)
        out.links(links, f"cm:{part.key}")
        out.statuses(statuses, f"cm:{part.key}")
        sim.forget()
