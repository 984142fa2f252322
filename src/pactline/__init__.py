"""Pactline: follow international relationships from their documents — events, occasions, commitments,
figures and the links between them, each with its evidence.

    import pactline

    record = pactline.open("relations.duckdb")
    record.run("reports/", embeddings=False)
    talks = record.events(parties="KEN,IDN", type="CONSULT").to_pandas()

The names below are the public API; everything else may change between versions.
"""

from __future__ import annotations

from typing import Any

from pactline.api import Record, open
from pactline.core.errors import (
    ClusterError,
    ExportError,
    InputError,
    LinkError,
    PactlineError,
    QueryError,
    StoreError,
    StoreLockedError,
)
from pactline.core.options import Options


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pactline")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"


__version__ = _version()

__all__ = [
    "__version__",
    "open",
    "Record",
    "Options",
    "RunReport",
    "PactlineError",
    "InputError",
    "StoreError",
    "StoreLockedError",
    "LinkError",
    "ClusterError",
    "QueryError",
    "ExportError",
]


def __getattr__(name: str) -> Any:
    # RunReport lives with the pipeline, which `import pactline` need not load.
    if name == "RunReport":
        from pactline.run.pipeline import RunReport

        return RunReport
    raise AttributeError(f"module 'pactline' has no attribute {name!r}")
