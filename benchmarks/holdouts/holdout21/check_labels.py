"""Check the holdout21 labels: every line is valid JSON, every `doc` has a corpus file, every quote occurs
exactly once in its document, codes look like ISO-3 (or an organisation short name).

    python3 check_labels.py            # checks labels/*.jsonl against corpus/
"""

import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
ORGS = {"UN", "EU", "ASEAN", "NATO", "APEC", "G7", "AU", "IGAD", "OAS", "ICJ", "PIF", "MERCOSUR"}
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
DOMAINS = set("politics multilateral institutional trade investment finance industry agriculture energy transport "
              "digital science_tech security emergency environment health culture education subnational development "
              "consular".split())


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
            except json.JSONDecodeError as error:
                print(f"{where}: bad JSON: {error}"); problems += 1; continue
            if record["doc"] not in texts:
                print(f"{where}: unknown doc {record['doc']}"); problems += 1; continue
            if "quote" in record:
                count = texts[record["doc"]].count(record["quote"])
                if count != 1:
                    print(f"{where}: quote occurs {count} times: {record['quote']!r}"); problems += 1
            codes = [record.get("source"), record.get("target"), record.get("place_country")] + record.get("parties", [])
            for c in codes:
                if not code_ok(c):
                    print(f"{where}: bad code {c!r}"); problems += 1
            if "type" in record and record["type"] not in TYPES:
                print(f"{where}: bad type {record['type']}"); problems += 1
            for d in record.get("domains", []):
                if d not in DOMAINS:
                    print(f"{where}: bad domain {d}"); problems += 1
    print(f"checked, {problems} problem(s)")
    return problems


if __name__ == "__main__":
    args = sys.argv[1:] or sorted(str(p) for p in (HERE / "labels").glob("*.jsonl"))
    sys.exit(1 if main(args) else 0)
