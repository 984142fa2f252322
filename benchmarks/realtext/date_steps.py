"""Which step of the date resolver gave each matched event its date, and whether it was right.

Runs Pactline in this process (one worker) on one or more labelled sets, traces the date resolver
(``language/event_dates.py`` and the steps run after extraction), matches the labelled events as
``score.py`` does, and prints, summed over the sets, for every step: how many matched events it dated,
how many of them right, and (with ``--wrong``) each wrong one.

    python benchmarks/realtext/date_steps.py [--sets realtext,styled,holdout11,...|lent] [--wrong] [--json OUT]

Steps of ``event_date`` (the first that gives a date wins): ``own clause`` (a time the verb's clause governs),
``conjunct`` (its head conjunct's time), ``scheduled`` (the act it schedules), ``ancestor`` (a clause it is
embedded in), ``elsewhere`` (outside nested clauses), ``plan`` (a plan's times to come), ``after-clause``,
``carried`` (from the last two sentences), ``counted`` (N days after/before), ``head report`` (the reporting
verb's date), ``document`` (the document's date, the default). Each date from a sentence is also marked
``stated`` or ``relative`` (the date mention's own confidence). Steps run after extraction that moved a date
are appended (``+occasion``, ``+same act``, ``+programme``, ``+threat now``, ``+invited``); ``=cluster``
means the exported record took another mention's date when mentions were merged. ``doc date wrong`` marks
events of a document whose own date the labels say is wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))

import score  # noqa: E402  (the scorer's matching, so the figures agree)

LENT = ["realtext", "styled"] + [f"holdout{n}" for n in range(11, 24)]

_SOURCES = {  # helper of event_dates -> step name (own_dates' first call is the verb's own clause)
    "conjunct_dates": "conjunct", "_scheduled_dates": "scheduled", "_ancestor_dates": "ancestor",
    "outside_clauses": "elsewhere", "plan_dates": "plan", "_after_clause_day": "after-clause",
    "carried_from": "carried", "_counted_from_head": "counted",
}
_POST = {"date_from_occasion": "+occasion", "same_act_dated_by_article": "+same act", "programme_days": "+programme",
         "threats_told_now": "+threat now", "invited_visits_dated": "+invited", "with_title_events": "+title"}


def corpus_of(name: str) -> tuple[Path, Path]:
    if name == "realtext":
        return score.CORPUS, score.LABELS
    if name == "styled":
        return ROOT / "benchmarks/styled/corpus", ROOT / "benchmarks/styled/labels"
    base = ROOT / "benchmarks/holdouts" / name
    return base / "corpus", base / "labels"


class Tracer:
    """Monkeypatches the resolver's helpers to record which one gave each event its date."""

    def __init__(self) -> None:
        self.calls: list[list[tuple[str, list[str]]]] = []  # one list per open event_date call
        self.last: str = "?"
        self.steps: dict[str, str] = {}  # event id -> step

    def install(self) -> None:
        from pactline.extractors import event_time, events
        from pactline.language import article_days, carried_dates, event_dates

        for name, step in _SOURCES.items():
            owner = carried_dates if name == "outside_clauses" else event_dates
            setattr(owner, name, self._source(getattr(owner, name), step))
        event_dates.own_dates = self._source(event_dates.own_dates, "own clause")
        original = event_dates.event_date
        wrapped = self._event_date(original)
        event_dates.event_date = events.event_date = wrapped
        events._event = self._event(events._event)
        for name, step in _POST.items():
            for owner in (events, event_dates, article_days, event_time):
                if hasattr(owner, name):
                    setattr(owner, name, self._post(getattr(owner, name), step))

    def _source(self, fn: Any, step: str) -> Any:
        def traced(*args: Any, **kwargs: Any) -> Any:
            out = fn(*args, **kwargs)
            if self.calls:
                found = out if isinstance(out, list) else [out] if out is not None else []
                values = [getattr(d, "value", d) for d in found]
                confs = [getattr(d, "confidence", "inferred") for d in found]
                calls = self.calls[-1]
                # own_dates over another helper's dates keeps that helper's name
                if step == "own clause" and calls and calls[-1][0] != "own clause" and calls[-1][0] != "head report":
                    step_name = calls[-1][0]
                else:
                    step_name = step
                calls.append((step_name, list(zip(values, confs, strict=True))))
            return out
        return traced

    def _event_date(self, fn: Any) -> Any:
        def traced(*args: Any, **kwargs: Any) -> Any:
            self.calls.append([])
            try:
                value, end, confidence = fn(*args, **kwargs)
            finally:
                calls = self.calls.pop()
            self.last = self._step(calls, value, confidence)
            if self.calls and confidence != "document":
                self.calls[-1].append(("head report", [(value, "inferred")]))
            return value, end, confidence
        return traced

    @staticmethod
    def _step(calls: list[tuple[str, list[tuple[str, str]]]], value: str | None, confidence: str) -> str:
        if confidence == "document":
            return "document"
        if value is None:
            return "none"
        for step, found in reversed(calls):
            if any(v == value for v, _c in found):
                kind = "stated" if any(v == value and c == "stated" for v, c in found) else "relative"
                return f"{step}/{kind}"
        for step, found in reversed(calls):
            if found:
                return f"{step}/shifted"  # a planned weekday or month moved to the coming one
        return f"? {confidence}"

    def _event(self, fn: Any) -> Any:
        def traced(*args: Any, **kwargs: Any) -> Any:
            event, doc_dated = fn(*args, **kwargs)
            self.steps[event.id] = self.last
            return event, doc_dated
        return traced

    def _post(self, fn: Any, step: str) -> Any:
        def traced(*args: Any, **kwargs: Any) -> Any:
            events = next((a for a in args if isinstance(a, list) and (not a or hasattr(a[0], "date"))), [])
            before = {e.id: e.date for e in events}
            out = fn(*args, **kwargs)
            for event in (out if isinstance(out, list) and out and hasattr(out[0], "date") else events):
                if event.id not in before and event.id not in self.steps:
                    self.steps[event.id] = "learned or title" if step == "+title" else step
                elif event.id in before and before[event.id] != event.date:
                    self.steps[event.id] = self.steps.get(event.id, "learned") + step
            return out
        return traced


def run_set(name: str, tracer: Tracer, tmp: Path) -> list[dict[str, Any]]:
    """Each matched news label of the set with its step, the label's and the record's date."""
    from pactline import api

    corpus, labels_dir = corpus_of(name)
    db = tmp / f"{name}.duckdb"
    for old in (db, Path(f"{db}.wal")):
        old.unlink(missing_ok=True)  # a kept database of an earlier run would leave every input unchanged
    api.open(db).run(str(corpus), workers=1)
    events = [json.loads(line) for line in score.pactline("export", "--what", "events", "--db", str(db)).splitlines() if line.strip()]
    mentions = {m["id"]: m for m in _mentions(db)}
    docs = {score.doc_key(d["source"]): d for d in score.export(str(db), "documents")}
    doc_labels = {lab["doc"]: lab for lab in score.load_jsonl(labels_dir / "documents.jsonl")}
    labels = score.load_jsonl(labels_dir / "events.jsonl")
    preds = score.mentions(events)

    def rank(label: dict[str, Any], rec: dict[str, Any]) -> int:
        return (4 * (rec.get("type") == label["type"]) + 2 * (set(rec.get("parties") or []) == set(label["parties"]))
                + score.date_right(label.get("date"), rec.get("date")))

    out = []
    for li, pi in score.match(labels, preds, rank).items():
        label, (rec, ev) = labels[li], preds[pi]
        if label.get("background"):
            continue
        mention = next((mentions[m] for m in rec.get("mentions") or [] if m in mentions
                        and any(e["start"] == ev["start"] and e["doc_id"] == ev["doc_id"] for e in mentions[m]["evidence"])), None)
        step = tracer.steps.get(mention["id"], "untraced") if mention else "untraced"
        if mention and mention["date"] != rec.get("date"):
            step += "=cluster"
        want_doc = (doc_labels.get(label["doc"]) or {}).get("published")
        got_doc = (docs.get(label["doc"]) or {}).get("published")
        if want_doc and not score.date_right(want_doc, got_doc):
            step += " (doc date wrong)"
        out.append({"set": name, "doc": label["doc"], "step": step, "want": label.get("date"), "got": rec.get("date"),
                    "doc_date": got_doc, "mention_date": mention["date"] if mention else None,
                    "members": sorted({mentions[m]["date"] or "-" for m in rec.get("mentions") or [] if m in mentions}),
                    "planned": bool(label.get("planned")),
                    "right": score.date_right(label.get("date"), rec.get("date")), "quote": label["quote"]})
    return out


def _mentions(db: Path) -> list[dict[str, Any]]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT id, date, evidence FROM event_mentions").fetchall()
    finally:
        con.close()
    return [{"id": r[0], "date": r[1], "evidence": json.loads(r[2])} for r in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="lent", help="comma-separated set names, or 'lent' for the 15 lent sets")
    parser.add_argument("--wrong", action="store_true", help="print every wrongly dated event with its step")
    parser.add_argument("--json", help="write every matched event's row here")
    parser.add_argument("--keep", type=Path, help="keep each set's database in this folder")
    args = parser.parse_args()
    names = LENT if args.sets == "lent" else args.sets.split(",")
    tracer = Tracer()
    tracer.install()
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            rows += run_set(name, tracer, args.keep or Path(tmp))
            print(f"{name}: {sum(r['right'] for r in rows if r['set'] == name)}/"
                  f"{sum(r['set'] == name for r in rows)} dated right", file=sys.stderr)
    total, right, sets = Counter(), Counter(), defaultdict(set)
    for row in rows:
        total[row["step"]] += 1
        right[row["step"]] += row["right"]
        if not row["right"]:
            sets[row["step"]].add(row["set"])
    print(f"{'step':44} {'events':>6} {'right':>6} {'wrong':>6} {'sets':>5}")
    for step, n in total.most_common():
        print(f"{step:44} {n:6} {right[step]:6} {n - right[step]:6} {len(sets[step]):5}")
    print(f"{'all':44} {sum(total.values()):6} {sum(right.values()):6}")
    if args.wrong:
        for row in sorted((r for r in rows if not r["right"]), key=lambda r: (r["step"], r["set"])):
            print(f"  {row['step']:36} {row['set']:10} {row['doc'][:28]:28} want {row['want']} got {row['got']}"
                  f" (doc {row['doc_date']}; mention {row['mention_date']} of {','.join(row['members'])})"
                  f"{' planned' if row['planned'] else ''} «{row['quote'][:90]}»")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
