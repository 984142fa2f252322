"""The dashboard in real headless Chromium (Debian's, driven by Playwright; never downloaded).

Opens the register, filters by domain, opens a commitment's evidence, changes its status with the token,
re-runs the pipeline and sees the change persist. Screenshots of every page go to artifacts/screenshots/.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import SEEDS

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
SHOTS = ROOT / "artifacts" / "screenshots"

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed (apt-get install chromium)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(seeds_db, tmp_path):
    db = tmp_path / "ui.duckdb"
    shutil.copy(seeds_db, db)
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PACTLINE_TOKEN": "s3cret"}
    proc = subprocess.Popen([sys.executable, "-m", "pactline", "serve", "--db", str(db), "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/api/stats", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        raise RuntimeError(proc.stdout.read().decode())
    yield base, db
    proc.terminate()
    proc.wait(timeout=10)


def test_register_filter_evidence_review_and_persistence(server, tmp_path):
    from playwright.sync_api import sync_playwright

    base, db = server
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-background-networking", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1300, "height": 1000})
        for name, path in [("overview", "/"), ("timeline", "/timeline?parties=CHN,BLR"), ("figures", "/figures"), ("compare", "/compare"), ("api", "/docs")]:
            page.goto(base + path)
            page.wait_for_load_state("networkidle")
            page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
        assert page.locator("h1").first.inner_text().endswith("API")

        page.goto(base + "/commitments")
        page.wait_for_selector("#register tbody tr.row")
        total_before = page.locator("#register-count").inner_text()
        page.select_option("select[name=domain]", "transport")
        page.wait_for_function(f"document.querySelector('#register-count').textContent !== {total_before!r}")
        domains = page.locator("#register tbody tr.row td.domains").all_inner_texts()
        assert domains and all("transport" in d for d in domains)
        page.screenshot(path=str(SHOTS / "commitments.png"), full_page=True)

        first = page.locator("#register tbody tr.row").first
        commitment_id = first.get_attribute("data-id")
        first.click()
        detail = page.locator("#register tbody tr.detail").first
        assert detail.is_visible()
        quote = detail.locator("a.quote").first
        assert quote.inner_text().startswith("“")
        page.fill("#token", "s3cret")
        detail.locator("select[name=status]").select_option("abandoned")
        detail.locator("input[name=note]").fill("checked against the 2024 communique")
        detail.locator("button").click()
        page.wait_for_selector(f"tr.row[data-id='{commitment_id}'] td.status-abandoned")
        page.screenshot(path=str(SHOTS / "commitment-reviewed.png"), full_page=False)

        # Follow the evidence to its place in the cleaned document.
        page.locator(f"tr.row[data-id='{commitment_id}']").click()
        href = page.locator(f"tr.row[data-id='{commitment_id}'] + tr.detail a.quote").first.get_attribute("href")
        page.goto(base + href)
        assert page.locator("mark#mark").inner_text().strip()
        page.screenshot(path=str(SHOTS / "document.png"), full_page=False)

        # Re-run the pipeline (with one new document, so every derived link is recomputed).
        extra = tmp_path / "extra"
        extra.mkdir()
        (extra / "note.txt").write_text("Belarus and China held consultations in Minsk on 3 June 2025.\n", encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        rerun = subprocess.run([sys.executable, "-m", "pactline", "run", str(SEEDS), str(extra), "--db", str(db), "--quiet", "--no-embeddings"],
                               env=env, capture_output=True, text=True, timeout=900)
        assert rerun.returncode == 0, rerun.stderr
        page.goto(base + "/commitments?domain=transport")
        page.wait_for_selector(f"tr.row[data-id='{commitment_id}'] td.status-abandoned")
        browser.close()
