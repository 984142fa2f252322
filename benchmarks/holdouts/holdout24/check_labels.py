"""Check the holdout24 label files: valid JSON lines, known docs, every `quote` occurring exactly once
in its document, ISO-3 / organisation codes, PLOVER types and guide fields.

    python3 check_labels.py            # checks labels/*.jsonl against corpus/
"""

import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent
CORPUS = ROOT / "corpus"
LABELS = ROOT / "labels"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
DOMAINS = {"politics", "multilateral", "institutional", "trade", "investment", "finance", "industry",
           "agriculture", "energy", "transport", "digital", "science_tech", "security", "emergency",
           "environment", "health", "culture", "education", "subnational", "development", "consular"}
ORGS = {"UN", "EU", "ASEAN", "NATO", "ECOWAS", "OTS", "G7", "AU"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def code_ok(code):
    return code is None or code in ORGS or re.fullmatch(r"[A-Z]{3}", code) is not None


def main() -> int:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.iterdir() if p.suffix in (".txt", ".html")}
    problems = 0

    def bad(where, msg):
        nonlocal problems
        problems += 1
        print(f"{where}: {msg}")

    docs = set()
    for name in ("documents", "events", "statements"):
        path = LABELS / f"{name}.jsonl"
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                bad(where, f"invalid JSON: {e}")
                continue
            if r.get("doc") not in texts:
                bad(where, f"unknown doc {r.get('doc')!r}")
                continue
            if name == "documents":
                docs.add(r["doc"])
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
            if name == "events":
                if r["type"] not in TYPES:
                    bad(where, f"bad type {r['type']}")
                for c in [r["source"], r["target"], *r["parties"]]:
                    if not code_ok(c):
                        bad(where, f"bad code {c}")
                if r["date"] is not None and not DATE.match(r["date"]):
                    bad(where, "bad date")
                if not isinstance(r["planned"], bool) or not isinstance(r["background"], bool):
                    bad(where, "planned/background must be booleans")
            else:
                if r["kind"] not in ("commitment", "position"):
                    bad(where, "bad kind")
                for c in r["parties"]:
                    if not code_ok(c):
                        bad(where, f"bad code {c}")
                for dom in r["domains"]:
                    if dom not in DOMAINS:
                        bad(where, f"bad domain {dom}")
                if r["deadline"] is not None and not DATE.match(r["deadline"]):
                    bad(where, "bad deadline")
    for missing in sorted(set(texts) - docs):
        bad("documents.jsonl", f"no line for {missing}")
    print(f"checked: {len(texts)} texts, {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
