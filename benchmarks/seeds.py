"""Seed figures: run Pactline as users run it on ../shared/seeds and print what the issues' seed criteria
count — events carrying both main parties, GDELT rows with both country codes and SQLDATE, the occasions
that happened, and the consolidated commitment register.

    python benchmarks/seeds.py [--db FILE] [--reuse]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


def pactline(*args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "pactline", *args], capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"pactline {' '.join(args)} failed ({result.returncode}): {result.stderr.strip()[-2000:]}")
    return result.stdout


def records(db: str, what: str) -> list[dict]:
    return [json.loads(line) for line in pactline("export", "--what", what, "--db", db).splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database to use (default: a temporary one)")
    parser.add_argument("--reuse", action="store_true", help="read an existing --db without running")
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    db = args.db or str(Path(tmp.name) / "seeds.duckdb")
    if not args.reuse:
        pactline("run", str(SEEDS), "--db", db, "--quiet")
    pair = {"CHN", "BLR"}
    events = [e for e in records(db, "events") if not e.get("background")]
    both = sum(pair <= set(e["parties"]) for e in events)
    print(f"events (not background): {len(events)}; carrying both CHN and BLR: {both} ({both / max(len(events), 1):.3f})")
    gdelt = list(csv.DictReader(io.StringIO(pactline("export", "--what", "events", "--format", "gdelt", "--db", db)),
                                delimiter="\t"))
    codes = sum(bool(r.get("Actor1CountryCode")) and bool(r.get("Actor2CountryCode")) for r in gdelt)
    dated = sum(bool(r.get("SQLDATE")) for r in gdelt)
    print(f"GDELT rows: {len(gdelt)}; both country codes: {codes / max(len(gdelt), 1):.3f}; SQLDATE filled: "
          f"{dated / max(len(gdelt), 1):.3f}")
    occasions = records(db, "occasions")
    happened = [o for o in occasions if not o.get("planned") and set(o["parties"]) == pair]
    print(f"occasions: {len(occasions)}; CHN–BLR that happened: {len(happened)}")
    for o in sorted(happened, key=lambda o: o["date"] or ""):
        print(f"  {o['date']}..{o.get('date_end') or ''} {o['kind']:8} {o.get('location') or '':20} {len(o['events'])} events  "
              f"{(o.get('summary') or '')[:70]}")
    planned = [o for o in occasions if o.get("planned")]
    print(f"planned occasions: {len(planned)}")
    commitments = records(db, "commitments")
    mentions = records(db, "commitment_mentions")
    kinds = Counter(c["kind"] for c in commitments)
    statuses = Counter(c["status"] for c in commitments if c["kind"] == "commitment")
    print(f"commitment mentions: {len(mentions)}; consolidated records: {len(commitments)} ({dict(kinds)}); "
          f"statuses: {dict(statuses)}; as of {commitments[0]['status_as_of'] if commitments else None}")


if __name__ == "__main__":
    main()
