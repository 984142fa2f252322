"""benchmarks/realtext/bootstrap.py: the spread of a set's figure over its documents, and the paired change."""
import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "realtext" / "bootstrap.py"
spec = importlib.util.spec_from_file_location("bootstrap_script", SCRIPT)
bootstrap = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bootstrap)


def test_the_same_counts_change_nothing_in_any_resample():
    rows = [[10, 8, 6], [12, 9, 9], [5, 5, 2]]
    samples = bootstrap.resample(rows, [list(r) for r in rows], 2, 200, seed=1)
    assert set(samples) == {0.0}


def test_a_gain_in_one_document_shows_as_a_positive_change_with_a_spread():
    before = [[10, 8, 6], [12, 9, 9], [5, 5, 2], [8, 7, 7]]
    after = [[10, 8, 9], [12, 9, 9], [5, 5, 2], [8, 7, 7]]
    samples = bootstrap.resample(before, after, 2, 500, seed=1)
    sd, low, high = bootstrap.spread(samples)
    assert min(samples) == 0.0 and max(samples) > 0.1  # resamples without that document see no change
    assert 0 < sd and low <= high


@pytest.mark.parametrize("hit", [1, 2])
def test_a_set_whose_documents_all_score_alike_has_no_spread(hit):
    rows = [[10, 5, 5]] * 6
    assert bootstrap.spread(bootstrap.resample(rows, None, hit, 100, seed=3))[0] == pytest.approx(0.0)
