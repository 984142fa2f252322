"""reading: turn an input (file, folder, JSONL line, URL) into a clean document — ingest, clean, segment
into main/related/boilerplate, language check, and prepare (the document with its segments and dates).

May import: core, language (dates and the gazetteer that segmenting and datelines need).
"""
