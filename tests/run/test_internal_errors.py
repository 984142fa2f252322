"""A fault of ours on one document is one line naming the file; the batch goes on and stores the rest."""

from pathlib import Path

from pactline.core.options import Options
from pactline.run import pipeline, worker

_GOOD = "Peru and Chile signed a fisheries accord in Lima on 3 May 2024, the foreign ministry said."


def test_an_internal_error_skips_one_document_and_names_it(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "a.txt").write_text(_GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(_GOOD.replace("Peru", "Ecuador"), encoding="utf-8")
    real = worker.prepare

    def failing(raw, options):
        if raw.source.endswith("b.txt"):
            raise ValueError("zip() argument 2 is shorter than argument 1")
        return real(raw, options)

    monkeypatch.setattr(worker, "prepare", failing)
    report = pipeline.run([str(tmp_path)], str(tmp_path / "t.duckdb"), Options(workers=1))
    assert [Path(s).name for s in report.stored] == ["a.txt"]
    assert len(report.skipped) == 1 and report.exit_code == 1
    line = str(report.skipped[0])
    assert "b.txt" in line and "internal error" in line and "ValueError" in line


def test_a_fault_in_the_link_stage_keeps_the_documents_and_says_so(tmp_path: Path, monkeypatch) -> None:
    from pactline.link import stage

    (tmp_path / "a.txt").write_text(_GOOD, encoding="utf-8")

    def failing(store, options, full=False):
        raise KeyError("occasion")

    monkeypatch.setattr(stage, "link_store", failing)
    report = pipeline.run([str(tmp_path / "a.txt")], str(tmp_path / "t.duckdb"), Options(workers=1))
    assert [Path(s).name for s in report.stored] == ["a.txt"] and report.exit_code == 1
    assert "linking failed" in str(report.link_error) and "pactline relink" in str(report.link_error)
    from pactline.store.database import Store

    with Store(str(tmp_path / "t.duckdb"), read_only=True) as store:
        assert store.counts()["documents"] == 1


def test_the_cli_prints_the_link_failure_in_one_line(tmp_path: Path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from pactline.cli import app
    from pactline.link import stage

    (tmp_path / "a.txt").write_text(_GOOD, encoding="utf-8")
    monkeypatch.setattr(stage, "link_store", lambda store, options, full=False: {}["occasion"])
    result = CliRunner().invoke(app, ["run", str(tmp_path / "a.txt"), "--db", str(tmp_path / "t.duckdb"),
                                      "--workers", "1", "--quiet"])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if "linking failed" in line]
    assert len(errors) == 1 and "Traceback" not in result.output
