"""Real-text benchmark: run Pactline as users run it on ../shared/benchmarks/realtext-dev/corpus and score
it against the fixed labels in labels/ (written blind, from GUIDE.md).

Prints document-date accuracy; event precision and recall with type, dyad and date accuracy; the share of
exported event records that are right (type, both parties and date of a labelled event: what a user of the
export sees); commitment and position precision and recall with parties, domain and deadline accuracy, and
the share of exported (consolidated) commitment and position records that are right; and every miss.

    python benchmarks/realtext/score.py [--db FILE] [--reuse] [--json OUT] [--quiet] [--corpus DIR --labels DIR]

A prediction matches a label when, in the same document, the label's quote and the prediction's evidence
quote contain one another (after normalising case, quotes and spaces) or share most of their words.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CORPUS = ROOT.parent / "shared" / "benchmarks" / "realtext-dev" / "corpus"
LABELS = HERE / "labels"
_WORD = re.compile(r"[a-z0-9]+")
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2013": "-", "\u2014": "-"})


def norm(text: str) -> str:
    return " ".join(text.translate(_QUOTES).lower().split())


def words(text: str) -> list[str]:
    return _WORD.findall(norm(text))


def quotes_match(label: str, predicted: str) -> bool:
    a, b = norm(label), norm(predicted)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    la, lb = words(label), set(words(predicted))
    return bool(la) and sum(w in lb for w in la) / len(la) >= 0.75


def date_right(label: str | None, predicted: str | None) -> bool:
    if not label:
        return True  # nothing to check
    return bool(predicted) and predicted[: len(label)] == label and len(predicted) >= len(label)


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def pactline(*args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "pactline", *args], capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"pactline {' '.join(args)} failed ({result.returncode}): {result.stderr.strip()[-2000:]}")
    return result.stdout


def export(db: str, what: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in pactline("export", "--what", what, "--db", db).splitlines() if line.strip()]


def doc_key(source: str) -> str:
    return Path(source).stem


def mentions(records: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(record, evidence item) for every evidence item: each is one predicted mention."""
    return [(r, ev) for r in records for ev in r.get("evidence") or []]


def match(labels: list[dict[str, Any]], preds: list[tuple[dict[str, Any], dict[str, Any]]], rank) -> dict[int, int]:
    """Label index -> prediction index; each used once, best-ranked pairs first."""
    pairs = []
    for li, label in enumerate(labels):
        for pi, (_rec, ev) in enumerate(preds):
            if doc_key(ev["source"]) == label["doc"] and quotes_match(label["quote"], ev["quote"]):
                pairs.append((rank(label, preds[pi][0]), li, pi))
    out: dict[int, int] = {}
    used: set[int] = set()
    for _score, li, pi in sorted(pairs, key=lambda p: -p[0]):
        if li not in out and pi not in used:
            out[li] = pi
            used.add(pi)
    return out


def ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 0.0


def score_documents(docs: list[dict[str, Any]], labels: list[dict[str, Any]], show) -> dict[str, Any]:
    by_doc = {doc_key(d["source"]): d for d in docs}
    stated = [lab for lab in labels if lab.get("published")]
    right = 0
    for lab in stated:
        got = (by_doc.get(lab["doc"]) or {}).get("published")
        if date_right(lab["published"], got) and got and got[: len(lab["published"])] == lab["published"]:
            right += 1
        else:
            show(f"  doc date  {lab['doc']}: label {lab['published']} got {got}")
    placed = [lab for lab in labels if lab.get("place")]
    place_right = 0
    for lab in placed:
        got = (by_doc.get(lab["doc"]) or {}).get("place") or ""
        if norm(lab["place"]) in norm(got) or (got and norm(got) in norm(lab["place"])):
            place_right += 1
        else:
            show(f"  doc place {lab['doc']}: label {lab['place']} got {got or None}")
    titled = [lab for lab in labels if lab.get("title")]
    title_right = 0
    for lab in titled:
        got = (by_doc.get(lab["doc"]) or {}).get("title") or ""
        if title_matches(lab["title"], got):
            title_right += 1
        else:
            show(f"  doc title {lab['doc']}: label «{lab['title'][:60]}» got «{got[:60] or None}»")
    return {"documents": len(labels), "date_stated": len(stated), "date_accuracy": ratio(right, len(stated)),
            "place_stated": len(placed), "place_accuracy": ratio(place_right, len(placed)),
            "title_stated": len(titled), "title_accuracy": ratio(title_right, len(titled))}


def title_matches(label: str, got: str) -> bool:
    """The same headline: the two share at least 0.8 of their words (case, punctuation and a dropped
    "(LEAD)" or "— Xinhua" aside)."""
    a, b = set(words(label)), set(words(got))
    return bool(a and b) and len(a & b) / len(a | b) >= 0.8


def score_events(events: list[dict[str, Any]], labels: list[dict[str, Any]], places: dict[str, str], show,
                 show_exported=None) -> dict[str, Any]:
    preds = mentions(events)
    news = [lab for lab in labels if not lab.get("background")]

    def parties_of(rec: dict[str, Any]) -> set[str]:
        return set(rec.get("parties") or [])

    def rank(label: dict[str, Any], rec: dict[str, Any]) -> int:
        return (4 * (rec.get("type") == label["type"]) + 2 * (parties_of(rec) == set(label["parties"]))
                + date_right(label.get("date"), rec.get("date")))

    matched = match(labels, preds, rank)
    found = typed = dyad = dated = strict = planned_as_past = 0
    per_doc: dict[str, list[int]] = {}  # doc -> [labels, found, strict], for bootstrap.py
    for li, label in enumerate(labels):
        if label.get("background"):
            continue
        pi = matched.get(li)
        counts = per_doc.setdefault(label["doc"], [0, 0, 0])
        counts[0] += 1
        if pi is None:
            show(f"  event MISS   {label['doc']}: {label['type']} {label['parties']} {label.get('date')} «{label['quote']}»")
            continue
        rec = preds[pi][0]
        found += 1
        counts[1] += 1
        ok_type, ok_dyad = rec.get("type") == label["type"], parties_of(rec) == set(label["parties"])
        ok_date = date_right(label.get("date"), rec.get("date"))
        typed += ok_type
        dyad += ok_dyad
        dated += ok_date
        if label.get("planned") and not rec.get("planned"):
            planned_as_past += 1
            show(f"  event PAST   {label['doc']}: planned {label['type']} told as done «{label['quote']}»")
        if ok_type and ok_dyad and ok_date:
            strict += 1
            counts[2] += 1
        else:
            show(f"  event WRONG  {label['doc']}: want {label['type']} {sorted(label['parties'])} {label.get('date')}"
                 f" got {rec.get('type')} {sorted(parties_of(rec))} {rec.get('date')} «{label['quote']}»")
    matched_preds = set(matched.values())
    # A prediction on a background label is neither right nor wrong for the news record.
    background_quotes = [lab for lab in labels if lab.get("background")]
    false_pos = 0
    for pi, (rec, ev) in enumerate(preds):
        if pi in matched_preds:
            continue
        if any(doc_key(ev["source"]) == b["doc"] and quotes_match(b["quote"], ev["quote"]) for b in background_quotes):
            continue
        if any(doc_key(ev["source"]) == lab["doc"] and quotes_match(lab["quote"], ev["quote"]) for lab in labels):
            continue  # a second prediction on a labelled event: a duplicate, not a false event
        false_pos += 1
        show(f"  event EXTRA  {doc_key(ev['source'])}: {rec.get('type')} {sorted(parties_of(rec))} {rec.get('date')} «{ev['quote'][:110]}»")
    place_actors = 0
    for rec, ev in preds:
        place = places.get(doc_key(ev["source"]))
        for actor in (rec.get("source_actor"), rec.get("target_actor")):
            name = norm((actor or {}).get("name") or "")
            # a whole-word match: the country "Tunisia" is not the dateline city "Tunis"
            if place and name and re.search(rf"\b{re.escape(norm(place))}\b", name):
                place_actors += 1
                show(f"  event PLACE-AS-ACTOR {doc_key(ev['source'])}: {actor}")
    predicted = len(preds)
    exported = exported_right(events, labels, show_exported)
    return {
        "labels": len(news), "predicted_mentions": predicted, "found": found,
        "recall": ratio(found, len(news)), "precision": ratio(predicted - false_pos, predicted),
        "strict_recall": ratio(strict, len(news)),
        "type_accuracy": ratio(typed, found), "dyad_accuracy": ratio(dyad, found), "date_accuracy": ratio(dated, found),
        "planned_told_as_past": planned_as_past, "place_as_actor": place_actors,
        "exported_records": exported[0], "exported_right": exported[1], "exported_precision": ratio(exported[1], exported[0]),
        "per_document": per_document(per_doc),
    }


def without_lists(figures: dict[str, Any]) -> dict[str, Any]:
    """The figures as printed: the per-document counts stay in the --json file only."""
    return {k: without_lists(v) if isinstance(v, dict) else v for k, v in figures.items() if k != "per_document"}


def per_document(counts: dict[str, list[int]]) -> list[list[int]]:
    """The counts of each document in the order of its name, without the name (a --quiet check set's names stay
    unread): what benchmarks/realtext/bootstrap.py resamples."""
    return [counts[doc] for doc in sorted(counts)]


def exported_right(events: list[dict[str, Any]], labels: list[dict[str, Any]], show=None) -> tuple[int, int]:
    """(exported event records, those right): a record is right when one of its mentions matches a news label
    of its document with the same type, both parties and the date, as a user reading the export would check
    it; a record whose mentions only meet background labels is not counted either way. ``show`` (--exported)
    prints each wrong record with what it met."""
    counted = right = 0
    for rec in events:
        hits = [lab for ev in rec.get("evidence") or [] for lab in labels
                if doc_key(ev["source"]) == lab["doc"] and quotes_match(lab["quote"], ev["quote"])]
        news = [lab for lab in hits if not lab.get("background")]
        if hits and not news:
            continue
        counted += 1
        ok = any(rec.get("type") == lab["type"] and set(rec.get("parties") or []) == set(lab["parties"])
                 and date_right(lab.get("date"), rec.get("date")) for lab in news)
        right += ok
        if show and not ok:
            evidence = rec.get("evidence") or [{}]
            met = "; ".join(f"{lab['type']} {sorted(lab['parties'])} {lab.get('date')}" for lab in news) or "no label"
            show(f"  export WRONG {doc_key(evidence[0].get('source', ''))} ({len(evidence)} mentions): got "
                 f"{rec.get('type')} {sorted(rec.get('parties') or [])} {rec.get('date')} | labels: {met} "
                 f"«{(evidence[0].get('quote') or '')[:100]}»")
    return counted, right


def exported_statements_right(registry: list[dict[str, Any]], labels: list[dict[str, Any]]) -> tuple[int, int]:
    """(exported commitment and position records, those right): a consolidated record is right when one of its
    mentions matches a label of its document of the same kind (commitment or position) with the same parties."""
    right = 0
    for rec in registry:
        right += any(doc_key(ev["source"]) == lab["doc"] and quotes_match(lab["quote"], ev["quote"])
                     and rec.get("kind") == lab["kind"] and set(rec.get("parties") or []) == set(lab["parties"])
                     for ev in rec.get("evidence") or [] for lab in labels)
    return len(registry), right


def score_statements(records: list[dict[str, Any]], labels: list[dict[str, Any]], show, fields_show=None,
                     registry: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    preds = mentions(records)
    fields_show = fields_show or (lambda _line: None)

    def rank(label: dict[str, Any], rec: dict[str, Any]) -> int:
        return 4 * (rec.get("kind") == label["kind"]) + 2 * (set(rec.get("parties") or []) == set(label["parties"]))

    matched = match(labels, preds, rank)
    out: dict[str, Any] = {}
    fields = Counter()
    for kind in ("commitment", "position"):
        want = [i for i, lab in enumerate(labels) if lab["kind"] == kind]
        got = [i for i, (rec, _ev) in enumerate(preds) if rec.get("kind") == kind]
        hits = [i for i in want if i in matched and preds[matched[i]][0].get("kind") == kind]
        right_preds = {matched[i] for i in hits}
        per_doc: dict[str, list[int]] = {}  # doc -> [labels, found]
        for i in want:
            per_doc.setdefault(labels[i]["doc"], [0, 0])[0] += 1
            per_doc[labels[i]["doc"]][1] += i in hits
        out[kind] = {"labels": len(want), "predicted": len(got), "recall": ratio(len(hits), len(want)),
                     "precision": ratio(len(right_preds), len(got)), "per_document": per_document(per_doc)}
        for i in want:
            if i not in hits:
                pi = matched.get(i)
                seen = f" (found as {preds[pi][0].get('kind')})" if pi is not None else ""
                show(f"  {kind} MISS{seen} {labels[i]['doc']}: «{labels[i]['quote']}»")
        for pi in got:
            if pi not in right_preds and pi not in matched.values():
                show(f"  {kind} EXTRA {doc_key(preds[pi][1]['source'])}: «{preds[pi][1]['quote'][:120]}»")
    for li, pi in matched.items():
        label, rec = labels[li], preds[pi][0]
        fields["n"] += 1
        ok_parties = set(rec.get("parties") or []) == set(label["parties"])
        ok_domain = bool(set(rec.get("domains") or []) & set(label.get("domains") or [])) or not label.get("domains")
        fields["parties"] += ok_parties
        fields["domain"] += ok_domain
        ok_deadline = True
        if label.get("deadline"):
            fields["deadline_n"] += 1
            ok_deadline = date_right(label["deadline"], rec.get("deadline"))
            fields["deadline"] += ok_deadline
        if not (ok_parties and ok_domain and ok_deadline):
            fields_show(f"  statement FIELDS {label['doc']}: want {sorted(label['parties'])} {label.get('domains')}"
                        f" {label.get('deadline')} got {sorted(rec.get('parties') or [])} {rec.get('domains')}"
                        f" {rec.get('deadline')} «{label['quote'][:90]}»")
    out["parties_accuracy"] = ratio(fields["parties"], fields["n"])
    out["domain_accuracy"] = ratio(fields["domain"], fields["n"])
    out["deadline_accuracy"] = ratio(fields["deadline"], fields["deadline_n"])
    out["deadlines_labelled_and_found"] = fields["deadline_n"]
    if registry is not None:
        counted, right = exported_statements_right(registry, labels)
        out.update(exported_records=counted, exported_right=right, exported_precision=ratio(right, counted))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database to use (default: a temporary one)")
    parser.add_argument("--reuse", action="store_true", help="score an existing --db without running")
    parser.add_argument("--json", help="write the figures as JSON here")
    parser.add_argument("--quiet", action="store_true", help="figures only, no misses")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of texts (default: the dev set)")
    parser.add_argument("--labels", type=Path, default=LABELS, help="folder of the labels (default: labels/)")
    parser.add_argument("--exported", action="store_true",
                        help="also print each exported event record that is not right, with the labels it met")
    parser.add_argument("--fields", action="store_true",
                        help="also print matched statements whose parties, domain or deadline are wrong")
    args = parser.parse_args()
    labels = args.labels
    tmp = tempfile.TemporaryDirectory()
    db = args.db or str(Path(tmp.name) / "realtext.duckdb")
    if not args.reuse:
        pactline("run", str(args.corpus), "--db", db, "--quiet")
    show = (lambda _line: None) if args.quiet else print
    doc_labels = load_jsonl(labels / "documents.jsonl")
    kinds = pactline("export", "--help")
    statements_kind = "commitment_mentions" if "commitment_mentions" in kinds else "commitments"
    print("== documents")
    figures = {"documents": score_documents(export(db, "documents"), doc_labels, show)}
    print("== events")
    places = {lab["doc"]: lab["place"] for lab in doc_labels if lab.get("place")}
    figures["events"] = score_events(export(db, "events"), load_jsonl(labels / "events.jsonl"), places, show,
                                     show if args.exported else None)
    print("== commitments and positions")
    figures["statements"] = score_statements(export(db, statements_kind), load_jsonl(labels / "statements.jsonl"), show,
                                             show if args.fields else None,
                                             export(db, "commitments") if statements_kind == "commitment_mentions" else None)
    print(json.dumps(without_lists(figures), indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
