"""Link: connect records across documents — duplicates, translations, one event told many times, a pledge
restated or followed through, and sources that disagree.

Everything here is derived from the stored records and recomputed after each run that stored something.
Candidates are found cheaply first (MinHash, shared parties and dates); only candidates are embedded.
This module runs the stage: it reads through store/ and hands rows to the link modules by job.
"""

from __future__ import annotations

from pactline.core.options import Options
from pactline.link.commitments import LaterSentence, commitment_links, later_sentences
from pactline.link.events import cluster_events, merge_events
from pactline.link.facts import fact_links
from pactline.link.occasions import build_occasions
from pactline.link.similarity import Similarity
from pactline.link.text import Unit, document_units, text_links
from pactline.store import queries
from pactline.store.database import Store
from pactline.store.rows import EventRow


def link_store(store: Store, options: Options | None = None) -> int:
    """Recompute every derived link, cluster and status in the store. Returns the number of links.

    Memory: documents' texts, commitments (slim rows) and sentences are held once; event mentions stream
    one group at a time, and every derived row is written in batches."""
    options = options or Options()
    sim = Similarity(options.embeddings, store)
    # Documents stream by: only their units (for duplicates and translations) and sentences (for
    # follow-ups) are kept, never every Document at once.
    units: list[Unit] = []
    sentences: list[LaterSentence] = []
    for document in store.iter_documents():
        units += document_units([document])
        sentences += later_sentences([document])
    with store.derived() as out:
        out.links(text_links(units, sim))
        del units
        evidence_owner: dict[tuple[str, int], str] = {}
        events: list[EventRow] = []
        for group in queries.mention_groups(store):
            clusters, event_links = cluster_events(group)
            out.links(event_links)
            out.clusters(clusters)
            events += merge_events(group, clusters)
            if len(events) >= 5000:
                out.events(events)
                events = []
            for m in group:
                for ev in m.evidence:
                    evidence_owner[(ev["doc_id"], ev["start"])] = m.id
        out.events(events)
        del events
        out.flush("events")
        occasions = [o for group in queries.event_party_groups(store) for o in build_occasions(group)]
        out.occasions(occasions)
        del occasions
        # A sentence that is both an event and a pledge answers for the pledge.
        for commitment_id, evidence in queries.commitment_evidence(store):
            for ev in evidence:
                evidence_owner[(ev["doc_id"], ev["start"])] = commitment_id
        commitments = queries.commitment_rows(store)
        commitment_link_list, statuses = commitment_links(commitments, evidence_owner, sentences, sim)
        del sentences
        out.links(commitment_link_list)
        out.statuses(statuses)
        del commitment_link_list, statuses, commitments, evidence_owner
        out.links(fact_links(queries.fact_rows(store)))
        sim.save()
        return len(out.link_ids)
