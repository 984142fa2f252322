"""The exception hierarchy of Pactline.

    PactlineError
    ├── InputError        a file or URL could not be turned into a document (skipped, batch goes on)
    └── StoreError        the database could not be opened or written
        └── StoreLockedError  another process holds the database
"""

from __future__ import annotations


class PactlineError(Exception):
    """Base class of every error Pactline raises on purpose."""


class InputError(PactlineError):
    """One input could not be read; ``source`` names it and ``reason`` says why in one line."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class StoreError(PactlineError):
    """The store could not be opened, migrated or written."""


class StoreLockedError(StoreError):
    """Another process is writing to the same database."""
