from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pactline.core.options import Options
from pactline.run.pipeline import run

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLE = ROOT / "examples" / "kenya-indonesia"


def seed(prefix: str) -> Path:
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not matches:
        pytest.skip("the shared seed corpus is not beside this checkout")
    return matches[0]


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed corpus run once through the whole pipeline (embeddings on, as users run it)."""
    if not SEEDS.exists():
        pytest.skip("the shared seed corpus is not beside this checkout")
    db = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    report = run([str(SEEDS)], db, Options())
    assert report.exit_code == 0, report.skipped
    return db


@pytest.fixture(scope="session")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("example") / "example.duckdb"
    report = run([str(EXAMPLE)], db, Options())
    assert report.exit_code == 0, report.skipped
    return db


@pytest.fixture
def corpus(tmp_path: Path):
    """Write a small corpus of named files and return its folder."""

    def write(files: dict[str, str | bytes]) -> Path:
        folder = tmp_path / "corpus"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
        for name, content in files.items():
            path = folder / name
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return folder

    return write
