"""Check label files: valid JSON lines whose `quote` occurs exactly once in its document.

    python benchmarks/realtext/check_labels.py benchmarks/realtext/labels/events.jsonl
"""

import json
import pathlib
import sys

CORPUS = pathlib.Path(__file__).resolve().parents[3] / "shared" / "benchmarks" / "realtext-dev" / "corpus"


def main(paths: list[str]) -> None:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}
    for path in paths:
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if "quote" in record:
                count = texts[record["doc"]].count(record["quote"])
                if count != 1:
                    print(f"{path}:{number}: quote occurs {count} times: {record['quote']!r}")
    print("checked")


if __name__ == "__main__":
    main(sys.argv[1:])
