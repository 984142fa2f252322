"""Check the holdout11 labels: valid JSON lines, ISO-3 / org codes, and every `quote` occurring
exactly once in its document (corpus/<doc>.txt or .html).

    python check_labels.py            # checks labels/*.jsonl
"""

import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
CODE = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")


def main(paths: list[str]) -> int:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.iterdir() if p.suffix in (".txt", ".html")}
    paths = paths or sorted(str(p) for p in (HERE / "labels").glob("*.jsonl"))
    bad = 0
    for path in paths:
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                print(f"{path}:{number}: invalid JSON: {error}")
                bad += 1
                continue
            doc = record.get("doc")
            if doc not in texts:
                print(f"{path}:{number}: unknown doc {doc!r}")
                bad += 1
                continue
            codes = list(record.get("parties") or [])
            codes += [record[k] for k in ("source", "target", "place_country") if record.get(k)]
            for code in codes:
                if not CODE.match(code):
                    print(f"{path}:{number}: bad code {code!r}")
                    bad += 1
            if "quote" in record:
                count = texts[doc].count(record["quote"])
                if count != 1:
                    print(f"{path}:{number}: quote occurs {count} times: {record['quote']!r}")
                    bad += 1
    docs = {json.loads(line)["doc"] for line in open(HERE / "labels" / "documents.jsonl", encoding="utf-8") if line.strip()}
    for missing in sorted(set(texts) - docs):
        print(f"documents.jsonl: no line for {missing}")
        bad += 1
    print(f"checked: {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
