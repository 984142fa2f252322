"""Which resolver step gave each party of the labelled events: a diagnosis harness for event parties.

For every labelled event whose mention the extractor found, it records which step of
``extractors.events._event`` put each party in (the acting side, the verb's target, the fallback target, a host
abroad, ``complete_parties``, addressed bodies, what a request asks about, an occasion's bodies) and sums the
wrong ones over the sets: a missing party that the sentence names (a party the parse did not reach) or does not
name (an implied one), an extra party and the step that added it, a swapped side.

    python benchmarks/realtext/party_steps.py [--set NAME ...] [--lines] [--json OUT] [--probe NAME]

``--probe`` measures a candidate general rule before it is written: for every found labelled event the rule
would touch, whether the labels agree with the party it would add or drop (see PROBES), summed by event type
with the number of sets: a rule worth writing is agreed with in many sets and disagreed with in few.

The sets are the lent ones (realtext, styled, holdout11 …); it reads texts and labels, never a store.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from score import doc_key, load_jsonl, quotes_match  # noqa: E402

STEPS = ("target_of", "fallback_target", "_host_abroad", "complete_parties", "addressed_bodies", "asked_about",
         "occasion_bodies")


def sets(names: list[str] | None) -> list[tuple[str, Path, Path]]:
    out = [("realtext", ROOT.parent / "shared" / "benchmarks" / "realtext-dev" / "corpus", HERE / "labels"),
           ("styled", ROOT / "benchmarks" / "styled" / "corpus", ROOT / "benchmarks" / "styled" / "labels")]
    for folder in sorted((ROOT / "benchmarks" / "holdouts").glob("holdout*")):
        out.append((folder.name, folder / "corpus", folder / "labels"))
    return [s for s in out if not names or s[0] in names]


class Tracer:
    """Wraps the party steps of ``extractors.events`` and keeps, per event id, the codes each step gave."""

    def __init__(self) -> None:
        from pactline.extractors import events

        self.module = events
        self.trace: list[tuple[str, list[str]]] | None = None
        self.source: list[str] = []
        self.by_event: dict[str, list[tuple[str, list[str]]]] = {}
        self.verbs: dict[str, tuple[Any, Any]] = {}  # event id -> (its verb token, the document context)
        for name in STEPS:
            setattr(events, name, self._wrap(name, getattr(events, name)))
        acting, event = events._acting_side, events._event

        def acting_side(*args: Any, **kwargs: Any) -> Any:
            out = acting(*args, **kwargs)
            self.source = list(out[1] or [])
            return out

        def traced_event(*args: Any, **kwargs: Any) -> Any:
            verb = args[3]
            self.trace = [("source", self.source), ("verb", [f"{verb.text}/{verb.pos_}/{verb.dep_}<{verb.head.lemma_}"])]
            out = event(*args, **kwargs)
            self.by_event[out[0].id] = self.trace
            self.verbs[out[0].id] = (verb, args[7])
            self.trace = None
            return out

        events._acting_side, events._event = acting_side, traced_event

    def _wrap(self, name: str, fn: Any) -> Any:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            out = fn(*args, **kwargs)
            if self.trace is not None:
                self.trace.append((name, codes_of(name, out)))
            return out

        return wrapped


def codes_of(name: str, out: Any) -> list[str]:
    if name == "complete_parties":
        return sorted(set(out[0][1] or []) | set(out[1][1] or []))
    if isinstance(out, tuple) and len(out) == 2 and isinstance(out[1], list):
        return list(out[1])
    return sorted(out or [])


def first_step(code: str, trace: list[tuple[str, list[str]]]) -> str:
    return next((name for name, codes in trace if code in codes and name != "verb"), "other")


def construction(quote: str, mention: Any) -> str:
    """How the parse reaches the word naming a missing party: its dependency, its head's lemma and dependency
    ("poss<attack/dobj": a possessive of the verb's object)."""
    from pactline.language.analysis import load_model

    doc = load_model()(quote)
    tok = next((t for t in doc if t.idx >= mention.start), None)
    if tok is None:
        return "?"
    while tok.dep_ == "compound" or (tok.dep_ in ("amod", "nmod") and tok.head.i > tok.i and tok.pos_ == "PROPN"):
        tok = tok.head
    return f"{tok.dep_}<{tok.head.dep_}"


def diagnose(label: dict[str, Any], event: Any, trace: list[tuple[str, list[str]]] | None, quote: str) -> list[str]:
    from pactline.language.actors import find_countries

    want, got = set(label["parties"]), set(event.parties)
    named = {m.code: m for m in find_countries(quote)}
    kinds = []
    route = "_event" if trace is not None else "other route"
    for code in sorted(want - got):
        how = f"named as {named[code].kind}, {construction(quote, named[code])}" if code in named else "implied"
        kinds.append(f"missing {'organisation' if len(code) != 3 else 'country'} {how} ({route})")
    for code in sorted(got - want):
        kinds.append(f"extra from {first_step(code, trace or [])}" if trace is not None else f"extra ({route})")
    return kinds


def _venue(event: Any, verb: Any, ctx: Any, trace: dict[str, list[str]]) -> list[tuple[str, str]]:
    """Add the host country of a meeting's place when it is neither side ("talks in <a third capital>")."""
    from pactline.language.places import place_country

    host = place_country(event.location) if event.type == "CONSULT" and event.location else None
    return [(host, "add")] if host and host not in event.parties else []


def _joint_fallback(event: Any, verb: Any, ctx: Any, trace: dict[str, list[str]]) -> list[tuple[str, str]]:
    """Drop the fallback target (a place or people in the object) of a stance both sides take together."""
    if len(trace.get("source", [])) < 2:
        return []
    return [(c, "drop") for c in trace.get("fallback_target", []) if c in event.parties and c not in trace["source"]]


PROBES = {"venue": _venue, "joint-fallback": _joint_fallback}


def probe(name: str, label: dict[str, Any], event: Any, tracer: Tracer) -> list[tuple[str, str]]:
    """(event type and verdict, detail) for each party the probe ``name`` would change on this matched event."""
    if event.id not in tracer.verbs:
        return []
    verb, ctx = tracer.verbs[event.id]
    trace = dict(tracer.by_event.get(event.id, []))
    out = []
    for code, action in PROBES[name](event, verb, ctx, trace):
        agrees = (code in label["parties"]) == (action == "add")
        out.append((f"{event.type} {action} {'agreed' if agrees else 'disagreed'}",
                    f"{label['doc']} {action} {code}: want {sorted(label['parties'])} got {sorted(event.parties)}"
                    f" «{label['quote'][:70]}»"))
    return out


def run_set(name: str, corpus: Path, labels: Path, tracer: Tracer, lines: bool,
            probing: str | None = None) -> tuple[Counter, int, int]:
    from pactline.core.options import Options
    from pactline.reading.ingest import expand_inputs
    from pactline.run.worker import process_item

    items, _errors = expand_inputs([str(corpus)])
    options = Options(link=False, embeddings=False, workers=1)
    events_by_doc: dict[str, list[Any]] = defaultdict(list)
    for item in items:
        _source, outcome = process_item(item, options, {})
        for kind, value in outcome if isinstance(outcome, list) else []:
            if kind == "stored":
                doc, extraction = value
                events_by_doc[doc_key(doc.source)].extend(extraction.events)
    counts: Counter = Counter()
    found = right = 0
    for label in load_jsonl(labels / "events.jsonl"):
        if label.get("background"):
            continue
        hits = [e for e in events_by_doc.get(label["doc"], []) if quotes_match(label["quote"], e.evidence[0].quote)]
        if not hits:
            continue
        found += 1
        best = max(hits, key=lambda e: (e.type == label["type"]) * 2 + (set(e.parties) == set(label["parties"])))
        for verdict, detail in probe(probing, label, best, tracer) if probing else []:
            counts[f"probe {probing}: {verdict}"] += 1
            if lines:
                print(f"{name}\tprobe\t{detail}")
        if set(best.parties) == set(label["parties"]):
            right += 1
            continue
        kinds = diagnose(label, best, tracer.by_event.get(best.id), best.evidence[0].quote)
        counts.update(kinds)
        if lines:
            trace = tracer.by_event.get(best.id)
            steps = " ".join(f"{n}={','.join(c)}" for n, c in trace or [] if c) or "-"
            print(f"{name}\t{label['doc']}\t{label['type']}\twant={sorted(label['parties'])} got={sorted(best.parties)}"
                  f"\t{'; '.join(kinds)}\t{steps}\t«{label['quote'][:90]}»")
    return counts, found, right


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", help="a set's name (default: every lent set)")
    parser.add_argument("--lines", action="store_true", help="print each wrong event with its steps")
    parser.add_argument("--json", help="write the sums as JSON here")
    parser.add_argument("--probe", choices=sorted(PROBES), help="measure a candidate rule against the labels")
    args = parser.parse_args()
    tracer = Tracer()
    total: Counter = Counter()
    per_set: dict[str, Any] = {}
    in_sets: dict[str, set[str]] = defaultdict(set)
    for name, corpus, labels in sets(args.set):
        counts, found, right = run_set(name, corpus, labels, tracer, args.lines, args.probe)
        total.update(counts)
        for kind in counts:
            in_sets[kind].add(name)
        per_set[name] = {"found": found, "both_parties": round(right / found, 3) if found else 0.0, **counts}
        print(f"{name}: {right}/{found} both parties right", file=sys.stderr)
    print("== wrong parties by kind, and the probe's verdicts (lines, sets)")
    for kind, n in total.most_common():
        print(f"  {n:4d} {len(in_sets[kind]):3d}  {kind}")
    if args.json:
        Path(args.json).write_text(json.dumps({"total": total, "sets": per_set}, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
