"""Check the holdout22 labels: valid JSON lines, known docs, exactly-once quotes, codes and enums.

    python3 check_labels.py            (from this folder or anywhere)
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
CODE = re.compile(r"^([A-Z]{3}|[A-Z0-9]{2,8})$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


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
            except json.JSONDecodeError as exc:
                bad(where, f"invalid JSON: {exc}")
                continue
            doc = r.get("doc")
            if doc not in texts:
                bad(where, f"unknown doc {doc!r}")
                continue
            if name == "documents":
                seen_docs.add(doc)
                if r["published"] is not None and not DATE.match(r["published"]):
                    bad(where, "bad published date")
                if r.get("title") is not None and texts[doc].count(r["title"]) < 1:
                    bad(where, "title not in text")
                continue
            count = texts[doc].count(r["quote"])
            if count != 1:
                bad(where, f"quote occurs {count} times: {r['quote']!r}")
            for c in r["parties"]:
                if not CODE.match(c):
                    bad(where, f"bad party code {c!r}")
            if r.get("date") is not None and not DATE.match(r["date"]):
                bad(where, "bad date")
            if name == "events":
                if r["type"] not in TYPES:
                    bad(where, f"bad type {r['type']}")
                for k in ("source", "target"):
                    if r[k] is not None and not CODE.match(r[k]):
                        bad(where, f"bad {k}")
            else:
                if r["kind"] not in ("commitment", "position"):
                    bad(where, "bad kind")
                if not set(r["domains"]) <= DOMAINS:
                    bad(where, f"bad domains {r['domains']}")
                if r["deadline"] is not None and not DATE.match(r["deadline"]):
                    bad(where, "bad deadline")
    for doc in texts:
        if doc not in seen_docs:
            bad("documents.jsonl", f"no line for {doc}")
    print("checked", "clean" if not problems else f"{problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
