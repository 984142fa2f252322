"""Check the holdout26 labels: every line valid JSON, every `doc` has a file in corpus/ (.txt or .html),
every `quote` occurs exactly once in its document, codes look like ISO-3 or an organisation name.

    python check_labels.py            # checks labels/*.jsonl
"""

import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
ORGS = {"UN", "EU", "ASEAN", "NATO", "BRICS", "GCC", "CSTO", "AU"}
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
    for path in paths:
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"{where}: bad JSON: {e}"); problems += 1; continue
            if r["doc"] not in texts:
                print(f"{where}: unknown doc {r['doc']}"); problems += 1; continue
            if "quote" in r:
                n = texts[r["doc"]].count(r["quote"])
                if n != 1:
                    print(f"{where}: quote occurs {n} times: {r['quote']!r}"); problems += 1
            if "type" in r:
                bad = [k for k in ("source", "target") if not code_ok(r[k])] + [c for c in r["parties"] if not code_ok(c)]
                if r["type"] not in TYPES: bad.append(r["type"])
                if r["date"] is not None and not DATE.match(r["date"]): bad.append(r["date"])
                if bad: print(f"{where}: bad values {bad}"); problems += 1
            if "kind" in r:
                bad = [d for d in r["domains"] if d not in DOMAINS] + [c for c in r["parties"] if not code_ok(c)]
                if r["kind"] not in ("commitment", "position"): bad.append(r["kind"])
                if r["deadline"] is not None and not DATE.match(r["deadline"]): bad.append(r["deadline"])
                if bad: print(f"{where}: bad values {bad}"); problems += 1
            if "published" in r and "quote" not in r:
                if r["published"] is not None and not DATE.match(r["published"]): print(f"{where}: bad date"); problems += 1
    docs = {json.loads(l)["doc"] for l in open(HERE / "labels" / "documents.jsonl", encoding="utf-8") if l.strip()}
    for missing in sorted(set(texts) - docs):
        print(f"no documents.jsonl line for {missing}"); problems += 1
    print(f"checked, {problems} problem(s)")
    return problems


if __name__ == "__main__":
    args = sys.argv[1:] or sorted(str(p) for p in (HERE / "labels").glob("*.jsonl"))
    sys.exit(1 if main(args) else 0)
