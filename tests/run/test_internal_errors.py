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
