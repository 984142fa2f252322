"""External event-coding benchmark: the PLOVER gold standard records (../shared/benchmarks/plover-gsr).

Codes each of the 322 hand-coded sentences on its own (no document context) and prints event-type accuracy
(overall and per gold type) and precision/recall of source and target country codes. The file's labels are
the 0.5 draft of PLOVER; they are mapped to PLOVER 2.0 by DRAFT_TO_2 below (documented in the README).
Nothing in Pactline is tuned to individual sentences of this file.

    python benchmarks/plover_gsr.py [--show-errors N] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import pycountry  # noqa: E402

from pactline.core.errors import InputError  # noqa: E402
from pactline.core.options import Options  # noqa: E402
from pactline.core.records import RawDocument  # noqa: E402
from pactline.extractors import run_extractors  # noqa: E402
from pactline.language.analysis import analyse  # noqa: E402
from pactline.reading.prepare import prepare  # noqa: E402

GOLD = ROOT.parent / "shared" / "benchmarks" / "plover-gsr" / "PLOVER_GSR_CAMEO.json"

# PLOVER 0.5 draft type -> PLOVER 2.0 type. The 2.0 manual folds demands into REQUEST, expressions of
# disapproval and investigations into ACCUSE (its modes), and conventional fighting into ASSAULT.
DRAFT_TO_2 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# The gold file uses a few CAMEO country codes that differ from ISO 3166-1 alpha-3.
CAMEO_TO_ISO = {"JAP": "JPN", "PSE": "PSE", "GER": "DEU", "ROM": "ROU", "SPN": "ESP", "UK": "GBR", "USR": "RUS"}


def _codes(actors: object) -> set[str]:
    out = set()
    if not isinstance(actors, list):
        return out
    for actor in actors:
        code = (actor or {}).get("code") or ""
        code = CAMEO_TO_ISO.get(code, code)
        if len(code) == 3 and code.isalpha() and code not in ("IGO", "NGO", "MNC", "REB", "UAF", "CVL"):
            out.add(code)
    return out


def code_sentence(text: str):
    try:
        doc = prepare(RawDocument("plover.txt", text, "txt", "x"), Options())
    except InputError:
        return None
    events = run_extractors(analyse(doc), names=["events"]).events
    return events[0] if events else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", type=int, default=0, help="print this many mis-coded sentences")
    parser.add_argument("--json", help="write the figures as JSON here")
    args = parser.parse_args()
    records = [r for r in json.loads(GOLD.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    per_type: dict[str, Counter[str]] = defaultdict(Counter)
    correct = 0
    no_event = 0
    counts = {"source": Counter(), "target": Counter()}
    errors = []
    for record in records:
        gold_type = DRAFT_TO_2.get(record["event"], record["event"])
        event = code_sentence(record["text"])
        predicted = event.type if event else "NONE"
        no_event += event is None
        per_type[gold_type]["n"] += 1
        if predicted == gold_type:
            correct += 1
            per_type[gold_type]["ok"] += 1
        elif len(errors) < args.show_errors:
            errors.append((gold_type, predicted, record["text"]))
        for role, actor in (("source", event.source_actor if event else None), ("target", event.target_actor if event else None)):
            gold = _codes(record.get(role))
            pred = {actor.country} if actor and actor.country else set()
            if role == "source" and event and not pred and actor is not None and event.target_actor is None:
                # "the two sides": the parties stand for the source (its countries: an organisation's short
                # name in the parties, "UN", is no country code)
                pred = {p for p in event.parties if pycountry.countries.get(alpha_3=p) is not None}
            counts[role]["tp"] += len(pred & gold)
            counts[role]["fp"] += len(pred - gold)
            counts[role]["fn"] += len(gold - pred)
    n = len(records)
    figures: dict[str, float] = {"sentences": n, "no_event": no_event, "type_accuracy": round(correct / n, 3)}
    print(f"PLOVER gold standard: {n} sentences; no event coded for {no_event}")
    print(f"event type accuracy: {correct / n:.3f} ({correct}/{n})")
    for role in ("source", "target"):
        c = counts[role]
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        figures[f"{role}_precision"], figures[f"{role}_recall"] = round(precision, 3), round(recall, 3)
        print(f"{role} country codes: precision {precision:.3f}  recall {recall:.3f}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    print("per type (2.0): " + ", ".join(f"{t} {c['ok']}/{c['n']}" for t, c in sorted(per_type.items())))
    for gold_type, predicted, text in errors:
        print(f"  gold {gold_type:<9} got {predicted:<9} {text[:120]}")


if __name__ == "__main__":
    main()
