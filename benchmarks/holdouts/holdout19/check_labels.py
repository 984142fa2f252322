"""Check the holdout19 labels: valid JSON lines, known docs, ISO-3 / org codes, and every `quote`
occurring exactly once in its document.

    python3 check_labels.py            (checks labels/*.jsonl against corpus/)
"""

import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
LABELS = HERE / "labels"
ORGS = {"UN", "EU", "ASEAN", "NATO", "GCC", "ECOWAS", "G7", "G20", "IGAD", "CIS"}
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
DOMAINS = set("politics multilateral institutional trade investment finance industry agriculture energy "
              "transport digital science_tech security emergency environment health culture education "
              "subnational development consular".split())
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def code_ok(c):
    return c is None or c in ORGS or re.fullmatch(r"[A-Z]{3}", c) is not None


def main() -> int:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.iterdir() if p.suffix in (".txt", ".html")}
    problems = 0
    def bad(msg):
        nonlocal problems
        problems += 1
        print(msg)
    docs = set()
    for path in sorted(LABELS.glob("*.jsonl")):
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                bad(f"{where}: bad JSON {e}"); continue
            if r["doc"] not in texts:
                bad(f"{where}: unknown doc {r['doc']}"); continue
            if path.stem == "documents":
                docs.add(r["doc"])
                if r["published"] is not None and not DATE.match(r["published"]):
                    bad(f"{where}: bad published")
                continue
            count = texts[r["doc"]].count(r["quote"])
            if count != 1:
                bad(f"{where}: quote occurs {count} times: {r['quote']!r}")
            for c in [r.get("source"), r.get("target")] + list(r.get("parties", [])):
                if not code_ok(c):
                    bad(f"{where}: bad code {c!r}")
            if path.stem == "events":
                if r["type"] not in TYPES:
                    bad(f"{where}: bad type {r['type']}")
                if r["date"] is not None and not DATE.match(r["date"]):
                    bad(f"{where}: bad date {r['date']}")
            if path.stem == "statements":
                if r["kind"] not in ("commitment", "position"):
                    bad(f"{where}: bad kind")
                if not set(r["domains"]) <= DOMAINS:
                    bad(f"{where}: bad domains {r['domains']}")
                if r["deadline"] is not None and not DATE.match(r["deadline"]):
                    bad(f"{where}: bad deadline")
    missing = set(texts) - docs
    if missing:
        bad(f"documents.jsonl lacks {sorted(missing)}")
    print(f"checked: {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
