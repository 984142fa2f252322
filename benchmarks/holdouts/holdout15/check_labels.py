"""Check the holdout15 labels: valid JSON lines, every `doc` has a corpus file (.txt or .html), and
every `quote` occurs exactly once in its document.

    python check_labels.py            # checks labels/*.jsonl next to this file
    python check_labels.py labels/events.jsonl
"""

import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
ISO3 = re.compile(r"^[A-Z]{3}$")
ORGS = {"UN", "EU", "AU", "EAC", "SADC", "GCC", "G20", "LAS", "WTO", "ASEAN", "NATO"}


def main(paths: list[str]) -> int:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.iterdir() if p.suffix in (".txt", ".html")}
    if not paths:
        paths = [str(p) for p in sorted((HERE / "labels").glob("*.jsonl"))]
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
            if record.get("doc") not in texts:
                print(f"{path}:{number}: unknown doc {record.get('doc')!r}")
                problems += 1
                continue
            if "quote" in record:
                count = texts[record["doc"]].count(record["quote"])
                if count != 1:
                    print(f"{path}:{number}: quote occurs {count} times: {record['quote']!r}")
                    problems += 1
            codes = list(record.get("parties") or []) + [record.get(k) for k in ("source", "target", "place_country")]
            for code in codes:
                if code is not None and not ISO3.match(code) and code not in ORGS:
                    print(f"{path}:{number}: odd code {code!r}")
                    problems += 1
    print(f"checked, {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
