"""A --cluster address where no Dask scheduler answers is one line and exit status 2, never a traceback."""

from pathlib import Path

import pytest

from pactline.core.errors import ClusterError
from pactline.core.options import Options
from pactline.run import dask_runner, pipeline

ROOT = Path(__file__).resolve().parents[2]


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(dask_runner, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(ClusterError, match="cannot reach a Dask scheduler"):
        pipeline.run([str(ROOT / "examples" / "kenya-indonesia")], str(tmp_path / "c.duckdb"),
                     Options(cluster="tcp://127.0.0.1:9"))


def test_the_cli_says_so_in_one_line(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from pactline.cli import app

    monkeypatch.setattr(dask_runner, "CONNECT_TIMEOUT", "1s")
    result = CliRunner().invoke(app, ["run", str(ROOT / "examples" / "kenya-indonesia"), "--db",
                                      str(tmp_path / "c.duckdb"), "--cluster", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2 and "cannot reach a Dask scheduler" in result.output
    assert "Traceback" not in result.output
