"""language: read a document's language — sentences, dates and their resolution, spaCy analysis, syntax
helpers and actors (the gazetteer of countries, roles and office holders).

May import: core. Never reading, extractors, store or anything above.
"""
