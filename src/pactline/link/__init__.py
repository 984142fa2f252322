"""link: cross-document links — text similarity, duplicates and translations, event clusters, commitment
consolidation and follow-ups, fact discrepancies — the per-document link index, and the link stage that
reads and writes through store, recomputing only the scopes (party pairs, event groups, figures) a run touches.

May import: store, language, core.
"""
