"""Quality gate: measured precision and recall must not fall below pinned floors (see README figures)."""

import importlib.util
from pathlib import Path

import pytest

from tests.conftest import SEEDS

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("eval_commitments", ROOT / "benchmarks" / "eval_commitments.py")
evaluation = importlib.util.module_from_spec(spec)
spec.loader.exec_module(evaluation)

FLOORS = {
    "seed": {"commitment": (0.90, 0.90), "position": (0.85, 0.70)},
    "own": {"commitment": (0.90, 0.85), "position": (0.85, 0.85)},
}


@pytest.mark.parametrize("sample", ["seed", "own"])
def test_commitment_recognition_meets_floors(sample):
    if sample == "seed" and not SEEDS.exists():
        pytest.skip("seed corpus not beside this checkout")
    pairs = evaluation.seed_pairs() if sample == "seed" else evaluation.own_pairs()
    for cls, (precision, recall, _n) in evaluation.scores(pairs).items():
        floor_p, floor_r = FLOORS[sample][cls]
        assert precision >= floor_p, (sample, cls, precision)
        assert recall >= floor_r, (sample, cls, recall)
