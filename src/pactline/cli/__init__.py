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


def _print_version(value: bool) -> None:
    if value:
        from pactline import __version__

        typer.echo(f"pactline {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", help="Print the version and exit.", is_eager=True,
                                       callback=_print_version)) -> None:
    """Follow international relationships from their documents: events, commitments, figures and links, each
    with evidence."""


from pactline.cli import commitments, export, relink, run, serve, show, stats, timeline  # noqa: E402,F401  (commands register themselves)


def _reflowed(doc: str) -> str:
    """A command's docstring as help: the lines of each paragraph joined (rich keeps every line break, so a
    wrapped docstring printed stray short lines), indented example lines kept as they are."""
    import inspect
    import re

    paragraphs = re.split(r"\n\s*\n", inspect.cleandoc(doc))
    return "\n\n".join(p if p.startswith(" ") else " ".join(p.split()) for p in paragraphs)


for _command in app.registered_commands:
    if _command.callback is not None and _command.callback.__doc__ and _command.help is None:
        _command.help = _reflowed(_command.callback.__doc__)


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
