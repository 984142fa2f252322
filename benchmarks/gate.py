"""CI evaluation gate: run the PLOVER gold standard, the real-text benchmark, the styled dev set and the lent holdouts
(benchmarks/holdouts/), fail when a figure falls below its floor (or a count of errors rises above its ceiling) in benchmarks/floors.json.

    python benchmarks/gate.py

Floors are raised as results improve and never lowered without a reason in the changelog. A floor is keyed
by benchmark and dotted figure path ("events.dyad_accuracy").
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SCRIPTS = {"plover_gsr": HERE / "plover_gsr.py", "realtext": HERE / "realtext" / "score.py",
           "styled": HERE / "realtext" / "score.py"}
# The styled dev set (benchmarks/styled/) is scored by the real-text script on its own corpus and labels.
ARGS = {"realtext": ["--quiet"],
        "styled": ["--quiet", "--corpus", str(HERE / "styled" / "corpus"), "--labels", str(HERE / "styled" / "labels")]}


def _holdout_args(name: str) -> list[str]:
    """A lent holdout (benchmarks/holdouts/<name>/) is scored by the real-text script on its corpus and labels."""
    folder = HERE / "holdouts" / name
    return ["--quiet", "--corpus", str(folder / "corpus"), "--labels", str(folder / "labels")]


def run(name: str, out: Path) -> dict[str, Any]:
    extra = ARGS.get(name) or (_holdout_args(name) if name.startswith("holdout") else [])
    script = SCRIPTS.get(name, HERE / "realtext" / "score.py")
    result = subprocess.run([sys.executable, str(script), "--json", str(out), *extra], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"gate: {name} failed ({result.returncode}): {result.stderr.strip()[-1500:]}")
    return json.loads(out.read_text(encoding="utf-8"))


def figure(figures: dict[str, Any], path: str) -> float | None:
    value: Any = figures
    for key in path.split("."):
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return float(value)


def main() -> int:
    floors = json.loads((HERE / "floors.json").read_text(encoding="utf-8"))
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, wanted in floors.items():
            if name.startswith("_"):
                continue
            figures = run(name, Path(tmp) / f"{name}.json")
            for path, bound in wanted.items():
                got = figure(figures, path)
                # A number is a floor; {"max": n} a ceiling (for counts of errors such as places taken as actors).
                if isinstance(bound, dict):
                    ok, said = got is not None and got <= bound["max"], f"ceiling {bound['max']}"
                else:
                    ok, said = got is not None and got >= bound, f"floor {bound}"
                print(f"{'ok  ' if ok else 'FAIL'} {name} {path}: {got} ({said})")
                if not ok:
                    failures.append(f"{name} {path}")
    if failures:
        print(f"gate: {len(failures)} figure(s) below their floor: {', '.join(failures)}")
        return 1
    print("gate: every figure at or above its floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
