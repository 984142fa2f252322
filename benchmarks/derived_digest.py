"""Digest of a store's derived tables (links, event clusters, commitment statuses, events, occasions): row
count and SHA-256 of the rows sorted, per table and per link kind, so two stores linked by different code can
be compared row for row (a change that must not move any link gives equal digests).

    python benchmarks/derived_digest.py STORE.duckdb [--dump DIR]      # print the digests (--dump: sorted rows)
    python benchmarks/derived_digest.py A.duckdb B.duckdb              # compare two stores; exit 1 if they differ

Reads the store read-only; the columns compared are all the table's columns but numbering that depends on
insertion order (events.seq)."""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import duckdb

TABLES = {
    "links": "SELECT id, kind, a, b, score, detail, scope FROM links ORDER BY id",
    "event_clusters": "SELECT mention_id, event_id, scope FROM event_clusters ORDER BY ALL",
    "commitment_status": "SELECT * FROM commitment_status ORDER BY commitment_id",
    "events": "SELECT * EXCLUDE (seq) FROM events ORDER BY id",
    "occasions": "SELECT * FROM occasions ORDER BY id",
}


def digests(path: str, dump: Path | None = None) -> dict[str, tuple[int, str]]:
    con = duckdb.connect(path, read_only=True)
    out: dict[str, tuple[int, str]] = {}
    kinds = [r[0] for r in con.execute("SELECT DISTINCT kind FROM links ORDER BY 1").fetchall()]
    queries = dict(TABLES)
    for kind in kinds:
        queries[f"links:{kind}"] = TABLES["links"].replace("FROM links", f"FROM links WHERE kind = '{kind}'")
    for name, sql in queries.items():
        h, n = hashlib.sha256(), 0
        handle = open(dump / f"{name.replace(':', '-')}.tsv", "w") if dump else None  # noqa: SIM115
        cursor = con.execute(sql)
        while rows := cursor.fetchmany(20_000):
            for row in rows:
                line = "\t".join(repr(v) for v in row) + "\n"
                h.update(line.encode())
                if handle:
                    handle.write(line)
            n += len(rows)
        if handle:
            handle.close()
        out[name] = (n, h.hexdigest()[:16])
    con.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stores", nargs="+")
    parser.add_argument("--dump", type=Path, help="write each table's sorted rows to DIR/TABLE.tsv (one store)")
    args = parser.parse_args()
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
    found = [digests(s, args.dump if len(args.stores) == 1 else None) for s in args.stores]
    differ = False
    for name in found[0]:
        values = [f.get(name, (0, "-")) for f in found]
        same = all(v == values[0] for v in values)
        differ |= not same
        shown = "  ".join(f"{n:>9} {h}" for n, h in values)
        print(f"{name:<28}{shown}{'' if same or len(values) == 1 else '   DIFFERENT'}")
    if len(found) > 1:
        print("identical" if not differ else "DIFFERENT")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
