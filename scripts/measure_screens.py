"""Measure the cascade's margins: on every call the learned classifiers get while corpora are read, score the
sentence with both the static twin and the MiniLM model, and print how many calls each screen value would
settle without MiniLM and how many MiniLM decisions that matter it would lose (README "Choosing the encoder").

    python scripts/measure_screens.py CORPUS_DIR [CORPUS_DIR ...]

A decision "matters" as the readers use it: an uncoded sentence typed (not NONE) at the typer's floor, a coded
one given another type at the second-event floor, a judged cue the judge would veto. Runs every corpus in one
process into a temporary store; prints a table, changes nothing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pactline.core.options import Options  # noqa: E402
from pactline.extractors import event_learned, event_types, learned_model, statement_kind  # noqa: E402
from pactline.extractors.event_time import settings  # noqa: E402
from pactline.run.pipeline import run  # noqa: E402

CALLS: list[dict[str, Any]] = []


def _probs(model: learned_model.LinearModel, texts: list[str], encoder: str) -> list[dict[str, float]]:
    rows = model.probabilities(learned_model.vectors(texts, encoder))
    return [dict(zip(model.classes, (float(p) for p in row), strict=True)) for row in rows]


def _record_types(classify: Any) -> Any:
    def recorded(texts: list[str], coded: list[frozenset[str]] | None = None) -> list[tuple[str, float]]:
        if texts:
            static = _probs(event_types.model("static"), texts, "static")
            exact = _probs(event_types.model("minilm"), texts, "minilm")
            for found, s, m in zip(coded or [frozenset()] * len(texts), static, exact, strict=True):
                CALLS.append({"kind": "coded" if found else "uncoded", "coded": found, "static": s, "minilm": m})
        return classify(texts, coded)

    return recorded


def _record_judge(to_embed: Any) -> Any:
    def recorded(records: list[Any]) -> list[str]:
        for record in records:
            if statement_kind._judged(record) and record.modality not in statement_kind.AMBIGUOUS:
                quote = record.evidence[0].quote
                [s], [m] = statement_kind.probabilities([quote], "static"), statement_kind.probabilities([quote])
                CALLS.append({"kind": "judged", "record": record, "static": s, "minilm": m})
        return to_embed(records)

    return recorded


def _matters(call: dict[str, Any]) -> bool:
    m = call["minilm"]
    if call["kind"] == "judged":
        record = call["record"]
        veto = statement_kind.NEITHER_VETO if record.kind == "commitment" else statement_kind.NEITHER_VETO_STANCE
        return m["neither"] >= veto and record.modality not in statement_kind.STRONG
    best = max(m, key=m.__getitem__)
    floor = settings()["second_event_probability" if call["coded"] else "min_probability"]
    return best != event_types.NONE and best not in call["coded"] and m[best] >= floor


def _score(call: dict[str, Any]) -> float:
    """The static score a screen compares: P(NONE), another type's best, P(neither)."""
    s = call["static"]
    if call["kind"] == "uncoded":
        return s[event_types.NONE]
    if call["kind"] == "coded":
        return max((p for label, p in s.items() if label != event_types.NONE and label not in call["coded"]), default=0.0)
    return s["neither"]


def _table(kind: str, values: list[float], settled_above: bool) -> None:
    calls = [c for c in CALLS if c["kind"] == kind]
    mattering = [_score(c) for c in calls if _matters(c)]
    edge = max(mattering, default=0.0) if settled_above else min(mattering, default=1.0)
    print(f"{kind}: {len(calls)} calls, {len(mattering)} MiniLM decisions that matter; their static score "
          f"{'at most' if settled_above else 'at least'} {edge:.3f}")
    for value in values:
        settled = [c for c in calls if (_score(c) >= value if settled_above else _score(c) < value)]
        lost = sum(_matters(c) for c in settled)
        print(f"  screen {value:.2f}: settles {len(settled)} ({len(settled) / max(1, len(calls)):.0%}) without MiniLM, loses {lost}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="+", type=Path)
    args = parser.parse_args()
    event_learned.classify = _record_types(event_types.classify)
    statement_kind._to_embed = _record_judge(statement_kind._to_embed)
    with tempfile.TemporaryDirectory() as work:
        for number, corpus in enumerate(args.corpora):
            run([str(corpus)], str(Path(work) / f"{number}.duckdb"), Options(workers=1))
    _table("uncoded", [0.7, 0.8, 0.85, 0.9, 0.95], settled_above=True)
    _table("coded", [0.05, 0.08, 0.1, 0.15, 0.2], settled_above=False)
    _table("judged", [0.2, 0.25, 0.3, 0.35], settled_above=False)
    print(f"now: NONE_SCREEN {event_types.NONE_SCREEN}, SECOND_SCREEN {event_types.SECOND_SCREEN}, "
          f"NEITHER_SCREEN {statement_kind.NEITHER_SCREEN}; in use {event_types.screens()}, {statement_kind.screen_value()}")
    for module in (event_types, statement_kind):  # what MEASURED_ON must name once the screens are set from this
        print(f"{module.__name__}.MEASURED_ON = {({e: module.exemplar_digest(e) for e in learned_model.ENCODERS})}")


if __name__ == "__main__":
    main()
