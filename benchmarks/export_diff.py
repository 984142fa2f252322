"""Exports of `pactline run` before and after a change, compared line for line (a speed change must leave
them byte-identical).

    python benchmarks/export_diff.py OUT_DIR FOLDER...          # `pactline run FOLDER... --db NEW` in a fresh
                                                                 # process (the default configuration), then
                                                                 # every record kind exported as JSONL to OUT_DIR
    python benchmarks/export_diff.py --compare DIR_A DIR_B      # exit 1 when any export differs

Also written: the derived tables' digests (benchmarks/derived_digest.py) and the embedding cache's keys.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

KINDS = ("documents", "occasions", "events", "commitments", "commitment_mentions", "facts", "links")


def export_all(out: Path, folders: list[str]) -> None:
    from derived_digest import digests

    from pactline import export as exporter
    from pactline.store.database import Store

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pactline-exports-") as work:
        db = Path(work) / "run.duckdb"
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
        subprocess.run([sys.executable, "-m", "pactline", "run", *folders, "--db", str(db), "--quiet"],
                       env=env, check=False)
        with Store(db, read_only=True) as store:
            for what in KINDS:
                with open(out / f"{what}.jsonl", "w", encoding="utf-8") as stream:
                    exporter.write_jsonl(exporter.iter_records(store, what, {}), stream)
            keys = store.con.execute("SELECT * EXCLUDE (vector) FROM embeddings ORDER BY ALL").fetchall() \
                if "embeddings" in {r[0] for r in store.con.execute("SHOW TABLES").fetchall()} else []
        (out / "embedding_keys.txt").write_text("".join(f"{k}\n" for k in keys), encoding="utf-8")
        (out / "digests.txt").write_text("".join(f"{name}\t{n}\t{h}\n" for name, (n, h) in digests(str(db)).items()),
                                         encoding="utf-8")


def compare(a: Path, b: Path) -> int:
    differing = 0
    for path in sorted(a.glob("*")):
        other = b / path.name
        same = other.exists() and path.read_bytes() == other.read_bytes()
        differing += not same
        print(f"{'same     ' if same else 'DIFFERENT'} {path.name}")
    return 1 if differing else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", action="store_true")
    parser.add_argument("out", type=Path)
    parser.add_argument("folders", nargs="+")
    args = parser.parse_args()
    if args.compare:
        sys.exit(compare(args.out, Path(args.folders[0])))
    export_all(args.out, args.folders)


if __name__ == "__main__":
    main()
