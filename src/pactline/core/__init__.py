"""core: what every part shares — the record dataclasses, the options object, the error hierarchy and the
vocabulary loaders that read the package's data files.

May import: the standard library only (no other part of pactline).
"""
