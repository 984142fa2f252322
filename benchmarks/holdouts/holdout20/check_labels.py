"""Check the holdout20 labels: every line is valid JSON, every `doc` names a corpus file (.txt or .html),
every `quote` occurs exactly once in its document, codes look like ISO-3 or an organisation name.

    python check_labels.py            # checks labels/*.jsonl
"""

import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
ORGS = {"UN", "EU", "ASEAN", "NATO", "AU", "ECOWAS", "EAC", "G20", "SCO", "CSTO", "IGAD"}
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
DOMAINS = set("politics multilateral institutional trade investment finance industry agriculture energy transport "
              "digital science_tech security emergency environment health culture education subnational "
              "development consular".split())


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
            except json.JSONDecodeError as exc:
                print(f"{where}: bad JSON: {exc}"); problems += 1; continue
            if record.get("doc") not in texts:
                print(f"{where}: unknown doc {record.get('doc')!r}"); problems += 1; continue
            if "quote" in record:
                count = texts[record["doc"]].count(record["quote"])
                if count != 1:
                    print(f"{where}: quote occurs {count} times: {record['quote']!r}"); problems += 1
            if "type" in record and record["type"] not in TYPES:
                print(f"{where}: bad type {record['type']}"); problems += 1
            for c in [record.get("source"), record.get("target")] + list(record.get("parties", [])):
                if not code_ok(c):
                    print(f"{where}: bad code {c!r}"); problems += 1
            for dm in record.get("domains", []):
                if dm not in DOMAINS:
                    print(f"{where}: bad domain {dm!r}"); problems += 1
    print(f"checked, {problems} problem(s)")
    return problems


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1:] or [str(p) for p in sorted((HERE / "labels").glob("*.jsonl"))]) else 0)
