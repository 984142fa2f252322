"""Stage accounting: nested stages count exclusively; a run reports its stages and each process's peak RSS."""

import time

import pytest

from pactline.core import timing
from pactline.core.options import Options
from pactline.run.pipeline import run


def test_nested_stage_counts_only_its_own_time():
    timing.take()
    with timing.stage("link"):
        time.sleep(0.02)
        with timing.stage("embed"):
            time.sleep(0.05)
    spent = timing.take()
    assert spent["embed"] >= 0.05
    assert 0.02 <= spent["link"] < 0.05  # the embedding inside it is not counted twice
    assert timing.take() == {}


@pytest.mark.parametrize("workers", [1, 2])
def test_run_reports_stages_and_peak_memory(corpus, tmp_path, workers):
    text = "Chile and Peru held talks in Lima on 3 May 2024. The two sides agreed to expand trade in copper.\n"
    folder = corpus({"a.txt": text, "b.txt": text.replace("copper", "fish").replace("Lima", "Santiago")})
    report = run([str(folder)], tmp_path / "t.duckdb", Options(embeddings=False, workers=workers, min_distributed_items=0))
    assert len(report.stored) == 2
    assert {"ingest+clean", "parse", "extract", "store", "link"} <= set(report.stage_seconds)
    assert report.peak_rss_mb["caller"] > 0
    workers_seen = [k for k in report.peak_rss_mb if k.startswith("worker ")]
    assert bool(workers_seen) == (workers > 1)
