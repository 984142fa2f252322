"""Check the holdout30 labels: valid JSON lines, known fields and codes, and every `quote`
occurring exactly once in its document (corpus/*.txt and corpus/*.html, raw text).

    python check_labels.py            # checks labels/documents.jsonl, events.jsonl, statements.jsonl
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
ORGS = {"UN", "EU", "ASEAN", "NATO", "G7", "G20", "AU", "ECOWAS", "GCC", "IMO"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def code_ok(c):
    return c is None or (isinstance(c, str) and (re.fullmatch(r"[A-Z]{3}", c) or c in ORGS))


def main() -> int:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.iterdir() if p.suffix in (".txt", ".html")}
    problems = 0

    def bad(where, msg):
        nonlocal problems
        problems += 1
        print(f"{where}: {msg}")

    seen_docs = set()
    for name in ("documents", "events", "statements"):
        path = LABELS / f"{name}.jsonl"
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            where = f"{path.name}:{number}"
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                bad(where, f"invalid JSON: {e}")
                continue
            if r.get("doc") not in texts:
                bad(where, f"unknown doc {r.get('doc')!r}")
                continue
            if name == "documents":
                seen_docs.add(r["doc"])
                if r["published"] is not None and not DATE.match(r["published"]):
                    bad(where, "bad published date")
                if r["published_basis"] not in ("stated", "dateline", "caption", "none"):
                    bad(where, "bad published_basis")
                if not code_ok(r["place_country"]):
                    bad(where, "bad place_country")
                continue
            count = texts[r["doc"]].count(r["quote"])
            if count != 1:
                bad(where, f"quote occurs {count} times: {r['quote']!r}")
            if not all(code_ok(c) and c for c in r["parties"]):
                bad(where, f"bad parties {r['parties']}")
            if name == "events":
                if r["type"] not in TYPES:
                    bad(where, f"bad type {r['type']}")
                if not (code_ok(r["source"]) and code_ok(r["target"])):
                    bad(where, "bad source/target")
                if r["date"] is not None and not DATE.match(r["date"]):
                    bad(where, "bad date")
                if not isinstance(r["planned"], bool) or not isinstance(r["background"], bool):
                    bad(where, "planned/background not boolean")
            else:
                if r["kind"] not in ("commitment", "position"):
                    bad(where, f"bad kind {r['kind']}")
                if not r["domains"] or set(r["domains"]) - DOMAINS:
                    bad(where, f"bad domains {r['domains']}")
                if r["deadline"] is not None and not DATE.match(r["deadline"]):
                    bad(where, "bad deadline")
    for doc in sorted(set(texts) - seen_docs):
        bad("documents.jsonl", f"no line for {doc}")
    print(f"checked {len(texts)} documents: {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
