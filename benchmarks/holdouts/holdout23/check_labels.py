"""Check the holdout23 label files: every line is valid JSON, every `doc` has a text in corpus/
(.txt or .html), every `quote` occurs exactly once in its document, codes look like ISO-3 or an
organisation name in capitals, and required fields are present.

    python3 check_labels.py            # checks labels/*.jsonl
"""

import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
LABELS = HERE / "labels"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
DOMAINS = {"politics", "multilateral", "institutional", "trade", "investment", "finance", "industry",
           "agriculture", "energy", "transport", "digital", "science_tech", "security", "emergency",
           "environment", "health", "culture", "education", "subnational", "development", "consular"}
CODE = re.compile(r"^[A-Z0-9]{2,6}$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def main() -> int:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.iterdir() if p.suffix in (".txt", ".html")}
    problems = 0

    def bad(where, msg):
        nonlocal problems
        problems += 1
        print(f"{where}: {msg}")

    for path in sorted(LABELS.glob("*.jsonl")):
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                bad(where, f"invalid JSON: {error}")
                continue
            doc = record.get("doc")
            if doc not in texts:
                bad(where, f"unknown doc {doc!r}")
                continue
            if "quote" in record:
                count = texts[doc].count(record["quote"])
                if count != 1:
                    bad(where, f"quote occurs {count} times: {record['quote']!r}")
            if path.name == "events.jsonl":
                if record.get("type") not in TYPES:
                    bad(where, f"bad type {record.get('type')!r}")
                for key in ("source", "target"):
                    if record.get(key) is not None and not CODE.match(record[key]):
                        bad(where, f"bad {key} {record[key]!r}")
                if not all(CODE.match(c) for c in record.get("parties", [])):
                    bad(where, f"bad parties {record.get('parties')!r}")
                if record.get("date") is not None and not DATE.match(record["date"]):
                    bad(where, f"bad date {record['date']!r}")
                for key in ("planned", "background"):
                    if not isinstance(record.get(key), bool):
                        bad(where, f"{key} must be true/false")
            if path.name == "statements.jsonl":
                if record.get("kind") not in ("commitment", "position"):
                    bad(where, f"bad kind {record.get('kind')!r}")
                if not record.get("parties") or not all(CODE.match(c) for c in record["parties"]):
                    bad(where, f"bad parties {record.get('parties')!r}")
                if not set(record.get("domains", [])) <= DOMAINS or not record.get("domains"):
                    bad(where, f"bad domains {record.get('domains')!r}")
                if record.get("deadline") is not None and not DATE.match(record["deadline"]):
                    bad(where, f"bad deadline {record['deadline']!r}")
            if path.name == "documents.jsonl" and record.get("published") is not None:
                if not DATE.match(record["published"]):
                    bad(where, f"bad published {record['published']!r}")
    for doc in texts:
        if not any(json.loads(l).get("doc") == doc for l in open(LABELS / "documents.jsonl") if l.strip()):
            bad("documents.jsonl", f"no line for {doc}")
    print(f"checked: {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
