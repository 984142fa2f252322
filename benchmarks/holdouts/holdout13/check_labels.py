"""Check the holdout13 labels: valid JSON lines, every `doc` has a corpus file, every `quote` occurs
exactly once in its document, codes look like ISO-3 (or an organisation name in capitals).

    python check_labels.py            # checks labels/*.jsonl against corpus/
"""

import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
ORGS = {"UN", "EU", "AU", "NATO", "ASEAN", "PIF", "G7", "IAEA"}
CODE = re.compile(r"^[A-Z]{3}$")


def code_ok(value) -> bool:
    return value is None or value in ORGS or bool(CODE.match(value))


def main(paths: list[str]) -> int:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.iterdir() if p.suffix in (".txt", ".html")}
    paths = paths or [str(p) for p in sorted((HERE / "labels").glob("*.jsonl"))]
    problems = 0
    for path in paths:
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                print(f"{path}:{number}: invalid JSON: {error}")
                problems += 1
                continue
            if record["doc"] not in texts:
                print(f"{path}:{number}: no corpus file for doc {record['doc']!r}")
                problems += 1
                continue
            if "quote" in record:
                count = texts[record["doc"]].count(record["quote"])
                if count != 1:
                    print(f"{path}:{number}: quote occurs {count} times: {record['quote']!r}")
                    problems += 1
            codes = [record.get("source"), record.get("target"), record.get("place_country")]
            codes += list(record.get("parties") or [])
            for value in codes:
                if not code_ok(value):
                    print(f"{path}:{number}: odd code {value!r}")
                    problems += 1
    missing = set(texts) - {json.loads(line)["doc"] for line in open(HERE / "labels" / "documents.jsonl") if line.strip()}
    for name in sorted(missing):
        print(f"documents.jsonl: no line for {name}")
        problems += 1
    print(f"checked: {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
