"""The command line: one thin module per command, each building the core object and making one library call."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="pactline",
    help="Follow international relationships from their documents: events, commitments, figures and links, each with evidence.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_show_locals=False,
)

from pactline.cli import commitments, export, run, serve, stats, timeline  # noqa: E402,F401  (commands register themselves)


def main() -> None:
    """The ``pactline`` command. An error Pactline raises on purpose that no command caught still ends in
    one line, never a traceback (exit 3 for the store, 1 otherwise)."""
    import sys

    from pactline.core.errors import PactlineError, StoreError

    try:
        app()
    except PactlineError as exc:
        sys.stderr.write(f"error: {exc}\n")
        sys.exit(3 if isinstance(exc, StoreError) else 1)
