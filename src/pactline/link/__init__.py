"""link: cross-document links — text similarity, duplicates and translations, event clusters, commitment
consolidation and follow-ups, fact discrepancies — and the link stage that reads and writes through store.

May import: store, language, core.
"""
