"""The exception hierarchy of Pactline: every error a user can cause or meet is one of these, and its
message is one line naming the file (or the value) and the cause.

    PactlineError
    ├── InputError        a file or URL could not be turned into a document (skipped, batch goes on)
    ├── StoreError        the database could not be opened, read or written
    │   └── StoreLockedError  another process holds the database
    ├── LinkError         the link stage failed; what was stored stays stored (`pactline relink` redoes it)
    ├── ClusterError      the Dask scheduler given with --cluster could not be reached
    ├── QueryError        a filter value that makes no sense
    └── ExportError       a record kind or format that cannot be exported
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

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # Worker processes send skipped inputs back pickled; Exception's default rebuilds from the message alone.
        return (InputError, (self.source, self.reason))


class StoreError(PactlineError):
    """The store could not be opened, migrated, read or written."""


class StoreLockedError(StoreError):
    """Another process is writing to the same database."""


class LinkError(PactlineError):
    """The link stage failed on the stored records (a fault of ours): the documents and their records stay
    stored, and `pactline relink` recomputes the links."""


class ClusterError(PactlineError):
    """The Dask scheduler named by ``--cluster`` could not be reached; nothing was processed."""


class QueryError(PactlineError):
    """A filter value that makes no sense; the message says which and what is allowed."""


class ExportError(PactlineError):
    """An unknown record kind or export format; the message says what is allowed."""
