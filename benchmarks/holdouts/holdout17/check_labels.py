"""Check the holdout17 label files: valid JSON lines, known docs, ISO-style codes, and every `quote`
occurring exactly once in its document (corpus/*.txt and corpus/*.html, raw text).

    python check_labels.py            # checks labels/*.jsonl next to this file
    python check_labels.py labels/events.jsonl ...
"""

import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
ORGS = {"UN", "EU", "NATO", "ASEAN", "AU", "SADC", "CSTO", "CPLP", "ICJ", "G7"}
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
DOMAINS = {"politics", "multilateral", "institutional", "trade", "investment", "finance", "industry",
           "agriculture", "energy", "transport", "digital", "science_tech", "security", "emergency",
           "environment", "health", "culture", "education", "subnational", "development", "consular"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def code_ok(c):
    return c is None or c in ORGS or re.fullmatch(r"[A-Z]{3}", c) is not None


def main(paths):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.iterdir() if p.suffix in (".txt", ".html")}
    problems = 0
    for path in paths:
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                print(f"{where}: bad JSON: {err}"); problems += 1; continue
            doc = record.get("doc")
            if doc not in texts:
                print(f"{where}: unknown doc {doc!r}"); problems += 1; continue
            if "quote" in record:
                count = texts[doc].count(record["quote"])
                if count != 1:
                    print(f"{where}: quote occurs {count} times: {record['quote']!r}"); problems += 1
            if "type" in record:
                if record["type"] not in TYPES:
                    print(f"{where}: bad type {record['type']}"); problems += 1
                for c in [record.get("source"), record.get("target"), *record.get("parties", [])]:
                    if not code_ok(c):
                        print(f"{where}: bad code {c!r}"); problems += 1
                if record.get("date") is not None and not DATE.match(record["date"]):
                    print(f"{where}: bad date {record['date']!r}"); problems += 1
            if "kind" in record:
                if record["kind"] not in ("commitment", "position"):
                    print(f"{where}: bad kind"); problems += 1
                for dom in record.get("domains", []):
                    if dom not in DOMAINS:
                        print(f"{where}: bad domain {dom!r}"); problems += 1
                if record.get("deadline") is not None and not DATE.match(record["deadline"]):
                    print(f"{where}: bad deadline"); problems += 1
                for c in record.get("parties", []):
                    if not code_ok(c):
                        print(f"{where}: bad code {c!r}"); problems += 1
            if "published" in record and record["published"] is not None and not DATE.match(record["published"]):
                print(f"{where}: bad published date"); problems += 1
    print(f"checked: {problems} problem(s)")
    return problems


if __name__ == "__main__":
    args = sys.argv[1:] or [str(p) for p in sorted((HERE / "labels").glob("*.jsonl"))]
    sys.exit(1 if main(args) else 0)
