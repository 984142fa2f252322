"""Check the holdout12 labels: valid JSON lines, known documents, ISO-3 / organisation codes,
allowed types/kinds/domains, and every `quote` occurring exactly once in its document.

    python check_labels.py            # checks labels/*.jsonl against corpus/
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
ORGS = {"UN", "EU", "ASEAN", "NATO", "AU", "ECOWAS", "SCO", "G7", "MERCOSUR"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def code_ok(code):
    return code is None or code in ORGS or bool(re.fullmatch(r"[A-Z]{3}", code))


def main() -> int:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.iterdir() if p.suffix in (".txt", ".html")}
    problems = 0

    def bad(where, msg):
        nonlocal problems
        problems += 1
        print(f"{where}: {msg}")

    seen_docs = set()
    for name in ("documents.jsonl", "events.jsonl", "statements.jsonl"):
        for number, line in enumerate(open(LABELS / name, encoding="utf-8"), 1):
            if not line.strip():
                continue
            where = f"{name}:{number}"
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                bad(where, f"invalid JSON: {e}")
                continue
            doc = r.get("doc")
            if doc not in texts:
                bad(where, f"unknown doc {doc!r}")
                continue
            if name == "documents.jsonl":
                seen_docs.add(doc)
                if r["published"] is not None and not DATE.match(r["published"]):
                    bad(where, "bad published date")
                if r.get("title") and texts[doc].count(r["title"]) < 1:
                    bad(where, "title not in text")
                continue
            quote = r["quote"]
            count = texts[doc].count(quote)
            if count != 1:
                bad(where, f"quote occurs {count} times: {quote!r}")
            for p in r.get("parties", []):
                if not code_ok(p):
                    bad(where, f"bad party code {p!r}")
            if name == "events.jsonl":
                if r["type"] not in TYPES:
                    bad(where, f"bad type {r['type']!r}")
                for k in ("source", "target"):
                    if not code_ok(r[k]):
                        bad(where, f"bad {k} {r[k]!r}")
                if r["date"] is not None and not DATE.match(r["date"]):
                    bad(where, "bad date")
            else:
                if r["kind"] not in ("commitment", "position"):
                    bad(where, f"bad kind {r['kind']!r}")
                for dmn in r["domains"]:
                    if dmn not in DOMAINS:
                        bad(where, f"bad domain {dmn!r}")
                if r["deadline"] is not None and not DATE.match(r["deadline"]):
                    bad(where, "bad deadline")
    for doc in texts:
        if doc not in seen_docs:
            bad("documents.jsonl", f"no line for {doc}")
    print(f"checked: {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
