"""Check the holdout18 label files: valid JSON lines, known docs, ISO-3/organisation codes, and every `quote`
occurring exactly once in its document (.txt or .html, raw text).

    python3 check_labels.py            # checks labels/*.jsonl
"""

import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
ORGS = {"UN", "EU", "ASEAN", "NATO", "ECOWAS", "G7"}
CODE = re.compile(r"^[A-Z]{3}$")


def main(paths: list[str]) -> int:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.iterdir() if p.suffix in (".txt", ".html")}
    paths = paths or [str(p) for p in sorted((HERE / "labels").glob("*.jsonl"))]
    bad = 0
    seen_docs = set()
    for path in paths:
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                print(f"{path}:{number}: invalid JSON: {error}"); bad += 1; continue
            doc = record.get("doc")
            if doc not in texts:
                print(f"{path}:{number}: unknown doc {doc!r}"); bad += 1; continue
            seen_docs.add(doc)
            if "quote" in record:
                count = texts[doc].count(record["quote"])
                if count != 1:
                    print(f"{path}:{number}: quote occurs {count} times: {record['quote']!r}"); bad += 1
            codes = list(record.get("parties") or [])
            for key in ("source", "target", "place_country"):
                if record.get(key):
                    codes.append(record[key])
            for code in codes:
                if code not in ORGS and not CODE.match(code):
                    print(f"{path}:{number}: bad code {code!r}"); bad += 1
    missing = set(texts) - seen_docs
    if missing:
        print("docs without labels:", sorted(missing)); bad += 1
    print("checked", "clean" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
