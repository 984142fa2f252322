"""Check the holdout25 label files: valid JSON lines, known docs, ISO-3/org codes, and every
`quote` occurring exactly once in its document (.txt or .html).

    python check_labels.py            # checks labels/*.jsonl next to this file
"""

import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
LABELS = HERE / "labels"
ORGS = {"UN", "EU", "AU", "ASEAN", "NATO", "G7", "G20", "BRICS"}
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
DOMAINS = set("politics multilateral institutional trade investment finance industry agriculture energy transport "
              "digital science_tech security emergency environment health culture education subnational "
              "development consular".split())
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def code_ok(c):
    return c is None or c in ORGS or re.fullmatch(r"[A-Z]{3}", c)


def main(paths):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.iterdir() if p.suffix in (".txt", ".html")}
    problems = 0
    def bad(msg):
        nonlocal problems
        problems += 1
        print(msg)
    for path in paths:
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                bad(f"{where}: invalid JSON: {exc}")
                continue
            doc = record.get("doc")
            if doc not in texts:
                bad(f"{where}: unknown doc {doc!r}")
                continue
            if "quote" in record:
                count = texts[doc].count(record["quote"])
                if count != 1:
                    bad(f"{where}: quote occurs {count} times: {record['quote']!r}")
            for key in ("source", "target", "place_country"):
                if key in record and not code_ok(record[key]):
                    bad(f"{where}: bad code {key}={record[key]!r}")
            for c in record.get("parties", []):
                if not code_ok(c):
                    bad(f"{where}: bad party code {c!r}")
            if "type" in record and record["type"] not in TYPES:
                bad(f"{where}: bad type {record['type']!r}")
            for d in record.get("domains", []):
                if d not in DOMAINS:
                    bad(f"{where}: bad domain {d!r}")
            for key in ("date", "deadline", "published"):
                v = record.get(key)
                if v is not None and not DATE.match(v):
                    bad(f"{where}: bad {key} {v!r}")
            if "kind" in record and record["kind"] not in ("commitment", "position"):
                bad(f"{where}: bad kind {record['kind']!r}")
            if "title" in record and record["title"] is not None and record["title"] not in texts[doc]:
                bad(f"{where}: title not in text")
    print(f"checked ({problems} problems)")
    return problems


if __name__ == "__main__":
    args = sys.argv[1:] or [str(LABELS / n) for n in ("documents.jsonl", "events.jsonl", "statements.jsonl")]
    sys.exit(1 if main(args) else 0)
