"""Generalise, never fit: no code, vocabulary, exemplar or test of the project repeats a run of eight words of
a benchmark or dev text (the real-text dev set, the styled set, the PLOVER gold standard) or of the seeds.
Rules and exemplars are written about other countries in other words; labels of the seeds (tests/data/) and
generic web boilerplate (data/boilerplate.json) are what they are, and stay out of the check."""

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
RUN = 8
_WORD = re.compile(r"[a-z0-9]+")
EXEMPT = {ROOT / "src" / "pactline" / "data" / "boilerplate.json"}


def _runs(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def _benchmark_runs() -> dict[str, set[str]]:
    texts: dict[str, list[str]] = {
        "real-text dev set": [p.read_text(encoding="utf-8") for p in (SHARED / "benchmarks" / "realtext-dev" / "corpus").glob("*.txt")],
        "seeds": [p.read_text(encoding="utf-8", errors="replace") for p in (SHARED / "seeds").glob("*") if p.is_file()],
        "styled set": [p.read_text(encoding="utf-8") for p in (ROOT / "benchmarks" / "styled" / "corpus").glob("*.txt")],
    }
    gold = SHARED / "benchmarks" / "plover-gsr" / "PLOVER_GSR_CAMEO.json"
    if gold.exists():
        texts["PLOVER gold standard"] = [r.get("text") or "" for r in json.loads(gold.read_text(encoding="utf-8"))]
    return {name: set().union(*(_runs(t) for t in found)) for name, found in texts.items() if found}


def _project_files() -> list[Path]:
    files = [p for p in (ROOT / "src").rglob("*") if p.suffix in {".py", ".json", ".tsv"}]
    files += [p for p in (ROOT / "tests").rglob("*.py")]
    files += [p for p in (ROOT / "scripts").rglob("*.py")]
    return sorted(p for p in files if p not in EXEMPT)


@pytest.mark.skipif(not (SHARED / "benchmarks").is_dir(), reason="../shared/benchmarks is not beside this checkout")
def test_no_project_file_repeats_benchmark_text():
    benchmarks = _benchmark_runs()
    found = []
    for path in _project_files():
        runs = _runs(path.read_text(encoding="utf-8", errors="replace"))
        for name, bench in benchmarks.items():
            shared = sorted(runs & bench)
            if shared:
                found.append(f"{path.relative_to(ROOT)} repeats {len(shared)} runs of the {name}, e.g. «{shared[0]}»")
    assert not found, "\n".join(found)
