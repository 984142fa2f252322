"""Check holdout16 labels: valid JSON lines, every `quote` occurs exactly once in its document,
every doc exists, codes look like ISO-3 / org names, enums valid.

    python3 check_labels.py            (checks labels/*.jsonl against corpus/)
"""
import json, pathlib, re, sys

ROOT = pathlib.Path(__file__).resolve().parent
CORPUS = ROOT / "corpus"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
DOMAINS = {"politics", "multilateral", "institutional", "trade", "investment", "finance", "industry", "agriculture",
           "energy", "transport", "digital", "science_tech", "security", "emergency", "environment", "health",
           "culture", "education", "subnational", "development", "consular"}
CODE = re.compile(r"^[A-Z]{2,10}$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def main() -> int:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.iterdir() if p.suffix in (".txt", ".html")}
    bad = 0
    def err(msg):
        nonlocal bad
        bad += 1
        print(msg)
    for path in sorted((ROOT / "labels").glob("*.jsonl")):
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{path.name}:{n}: bad JSON {e}"); continue
            if r.get("doc") not in texts:
                err(f"{path.name}:{n}: unknown doc {r.get('doc')}"); continue
            if "quote" in r:
                c = texts[r["doc"]].count(r["quote"])
                if c != 1:
                    err(f"{path.name}:{n}: quote occurs {c} times: {r['quote']!r}")
            if path.stem == "events":
                if r["type"] not in TYPES: err(f"{path.name}:{n}: type {r['type']}")
                for k in ("source", "target"):
                    if r[k] is not None and not CODE.match(r[k]): err(f"{path.name}:{n}: {k} {r[k]}")
                if not all(CODE.match(p) for p in r["parties"]): err(f"{path.name}:{n}: parties")
                if r["date"] is not None and not DATE.match(r["date"]): err(f"{path.name}:{n}: date")
            if path.stem == "statements":
                if r["kind"] not in ("commitment", "position"): err(f"{path.name}:{n}: kind")
                if not set(r["domains"]) <= DOMAINS: err(f"{path.name}:{n}: domains {r['domains']}")
                if r["deadline"] is not None and not DATE.match(r["deadline"]): err(f"{path.name}:{n}: deadline")
            if path.stem == "documents":
                if r["published"] is not None and not DATE.match(r["published"]): err(f"{path.name}:{n}: published")
    missing = set(texts) - {json.loads(l)["doc"] for l in open(ROOT / "labels" / "documents.jsonl")}
    if missing: err(f"documents without a line: {sorted(missing)}")
    print("checked", "clean" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
