"""Page contexts and Plotly figures for the dashboard (figures built here, drawn by the bundled plotly.js)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import PurePath
from typing import Any

from pactline.serve.query import Catalog, Filters


def _parties(parties: str | None) -> list[str]:
    return [p.strip().upper() for p in parties.split(",") if p.strip()] if parties else []


def relationship_pairs(catalog: Catalog) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    for kind in ("events", "commitments"):
        for r in catalog.records(kind):
            if len(r["parties"]) >= 2:
                counts[",".join(sorted(r["parties"])[:2])] += 1
    return counts.most_common(20)


def _figure(data: list[dict[str, Any]], layout: dict[str, Any]) -> str:
    import plotly.graph_objects as go

    fig = go.Figure(layout={"margin": {"l": 50, "r": 20, "t": 30, "b": 40}, "height": 320, **layout})
    for trace in data:
        fig.add_trace(go.Scatter(**trace))
    return fig.to_json()


def overview_context(catalog: Catalog, parties: str | None) -> dict[str, Any]:
    pairs = relationship_pairs(catalog)
    chosen = _parties(parties) or (pairs[0][0].split(",") if pairs else [])
    f = Filters(parties=chosen)
    events = catalog.find("events", Filters(parties=chosen))
    commitments = [c for c in catalog.find("commitments", f) if c["kind"] == "commitment"]
    levels = sorted((x for x in catalog.find("facts", Filters(parties=chosen, measure="partnership_level")) if x["period_start"]),
                    key=lambda x: x["period_start"])
    # The level in force at each date is the highest designation announced so far (a later, shorter
    # restatement is not a downgrade).
    running, best = [], 0.0
    for x in levels:
        best = max(best, x["value"])
        running.append(best)
    by_status = Counter(c["status"] for c in commitments)
    level_chart = _figure(
        [{"x": [x["period_start"] for x in levels], "y": running, "mode": "lines+markers",
          "line": {"shape": "hv"}, "text": [x["subject"] for x in levels], "name": "partnership level",
          "hovertemplate": "%{x}: %{text} (level %{y})<extra></extra>"}],
        {"yaxis": {"title": "level"}, "xaxis": {"title": "date"}},
    )
    return {
        "pairs": pairs, "chosen": ",".join(chosen),
        "counts": {"events": len(events), "commitments": len(commitments),
                   "positions": len([c for c in catalog.find("commitments", f) if c["kind"] == "position"]),
                   "figures": len(catalog.find("facts", Filters(parties=chosen))), "documents": len(catalog.records("documents"))},
        "latest": sorted(events, key=lambda e: e["date"] or "", reverse=True)[:8],
        "by_status": sorted(by_status.items(), key=lambda kv: -kv[1]),
        "levels": levels, "level_chart": level_chart,
    }


def timeline_context(catalog: Catalog, parties: str | None) -> dict[str, Any]:
    chosen = _parties(parties)
    events = [e for e in catalog.find("events", Filters(parties=chosen)) if e["date"]]
    types = sorted({e["type"] for e in events})
    traces = []
    for etype in types:
        members = [e for e in events if e["type"] == etype]
        traces.append({
            "x": [e["date"] if len(e["date"]) > 4 else e["date"] + "-07-01" for e in members],
            "y": [etype] * len(members), "mode": "markers", "name": etype,
            "marker": {"size": [8 + 2 * min(len(e["sources"]), 6) for e in members]},
            "text": [e["summary"] for e in members], "customdata": [e["id"] for e in members],
            "hovertemplate": "%{x}<br>%{text}<extra></extra>",
        })
    chart = _figure(traces, {"xaxis": {"title": "date", "rangeslider": {"visible": True}}, "height": 380})
    by_id = {e["id"]: e for e in events}
    occasions = [{**o, "inside": [by_id[i] for i in o["events"] if i in by_id],
                  "labels": sorted({PurePath(s).name for s in o["sources"]})}
                 for o in catalog.find("occasions", Filters(parties=chosen))]
    placed = {e["id"] for o in occasions for e in o["inside"]}
    return {"events": sorted((e for e in events if e["id"] not in placed), key=lambda e: e["date"]), "chart": chart,
            "occasions": occasions, "chosen": ",".join(chosen), "pairs": relationship_pairs(catalog)}


def figures_context(catalog: Catalog, measure: str, parties: str | None) -> dict[str, Any]:
    chosen = _parties(parties)
    facts = [x for x in catalog.find("facts", Filters(parties=chosen, measure=measure)) if x["period_end"] or x["period_start"]]
    disputed = set()
    for link in catalog.records("links"):
        if link["kind"] == "discrepancy" and link["detail"].get("field") == "value":
            disputed.update((link["a"], link["b"]))
    measures = sorted({x["measure"] for x in catalog.records("facts")})
    reported = [x for x in facts if not x["is_target"]]
    targets = [x for x in facts if x["is_target"]]
    traces = []
    for name, members, symbol in (("reported", reported, "circle"), ("target", targets, "star")):
        if not members:
            continue
        traces.append({
            "x": [x["period_end"] or x["period_start"] for x in members], "y": [x["value"] for x in members],
            "mode": "markers", "name": name,
            "marker": {"size": 12, "symbol": symbol,
                       "color": ["#d62728" if x["id"] in disputed else "#1f77b4" for x in members]},
            "text": [f"{x['subject']} ({x['period_start'] or '?'}..{x['period_end'] or '?'}) — {x['evidence'][0]['source']}"
                     + (" — disputed" if x["id"] in disputed else "") for x in members],
            "hovertemplate": "%{text}<extra></extra>",
        })
    unit = facts[0]["unit"] if facts else ""
    chart = _figure(traces, {"yaxis": {"title": f"{measure} ({unit})"}, "xaxis": {"title": "end of period"}})
    return {"facts": sorted(facts, key=lambda x: x["period_end"] or x["period_start"] or ""), "chart": chart,
            "measure": measure, "measures": measures, "disputed": disputed, "chosen": ",".join(chosen)}


def compare_context(catalog: Catalog, a: str | None, b: str | None) -> dict[str, Any]:
    """Two documents or segments side by side, aligned sentence by sentence."""
    from pactline.link.similarity import split_sentences
    from pactline.link.text import Unit, align

    candidates = sorted((x for x in catalog.records("links") if x["kind"] in ("translation", "duplicate")),
                        key=lambda x: (x["kind"] != "translation", -x["score"]))
    if not (a and b) and candidates:
        a, b = candidates[0]["a"], candidates[0]["b"]
    if not (a and b):
        return {"pairs": [], "candidates": candidates, "a": None, "b": None}

    def unit(ref: str) -> tuple[Unit, str] | None:
        for doc in catalog.records("documents"):
            if doc["id"] == ref:
                return Unit(ref, ref, "document", doc["text"], 0, doc["published"], frozenset()), doc["source"]
            for seg in doc["segments"]:
                if seg["id"] == ref:
                    text = doc["text"][seg["start"] : seg["end"]]
                    return Unit(ref, doc["id"], "segment", text, seg["start"], seg["published"], frozenset()), doc["source"]
        return None

    ua, ub = unit(a), unit(b)
    if ua is None or ub is None:
        return {"pairs": [], "candidates": candidates, "a": a, "b": b, "missing": True}
    link = next((x for x in candidates if {x["a"], x["b"]} == {a, b}), None)
    from pactline.link.similarity import Similarity

    # Translation links carry their sentence alignment; other pairs are aligned here by word overlap.
    alignment = link["detail"] if link and link["detail"].get("pairs") else align(ua[0], ub[0], Similarity(False))
    sents_a = split_sentences(ua[0].text, ua[0].start)
    sents_b = split_sentences(ub[0].text, ub[0].start)
    pairs_by_a = {(p[0], p[1]): p for p in alignment.get("pairs", [])}
    matched_b = {(p[2], p[3]) for p in alignment.get("pairs", []) if p[4] >= 0.6}
    rows = []
    for start, end, text in sents_a:
        pair = pairs_by_a.get((start, end))
        if pair and pair[4] >= 0.6:
            b_text = next((t for s, e, t in sents_b if (s, e) == (pair[2], pair[3])), "")
            rows.append({"a": text, "b": b_text, "score": pair[4], "kind": "aligned" if pair[4] >= 0.8 else "differs"})
        else:
            rows.append({"a": text, "b": "", "score": None, "kind": "missing-b"})
    for start, end, text in sents_b:
        if (start, end) not in matched_b:
            rows.append({"a": "", "b": text, "score": None, "kind": "missing-a"})
    return {"pairs": rows, "candidates": candidates, "a": a, "b": b, "source_a": ua[1], "source_b": ub[1],
            "doc_a": ua[0].doc_id, "doc_b": ub[0].doc_id, "link": link}


def as_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
