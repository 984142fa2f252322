import http.server
import json
import threading
from functools import partial

import pytest

from pactline.core.options import Options
from pactline.export import iter_records
from pactline.run.pipeline import run
from pactline.store.database import Store

HTML = """<!doctype html><html><head><title>Peru and Chile open border crossing</title>
<meta property="og:site_name" content="Andes Post"><meta property="article:published_time" content="2024-04-02T10:00:00Z"></head>
<body><nav>Home | World</nav><article><h1>Peru and Chile open border crossing</h1>
<p>Peruvian President Dina Boluarte met Chilean President Gabriel Boric in Tacna on Monday to open a new border crossing.</p>
<p>The two governments agreed to simplify customs procedures for trucks before the end of 2024.</p></article>
<div class="comments"><p>Leave a Reply</p><p>Your email address will not be published.</p></div></body></html>"""


def _docs(db):
    with Store(db, read_only=True) as store:
        return list(iter_records(store, "documents"))


def test_html_metadata_and_no_comments(corpus, tmp_path):
    folder = corpus({"page.html": HTML})
    db = tmp_path / "r.duckdb"
    assert run([str(folder)], db, Options(embeddings=False)).exit_code == 0
    [doc] = _docs(db)
    assert doc["title"] == "Peru and Chile open border crossing"
    assert doc["outlet"] == "Andes Post"
    assert doc["published"] == "2024-04-02" and doc["published_confidence"] == "stated"
    assert "Leave a Reply" not in doc["text"] and "Home | World" not in doc["text"]


def test_jsonl_lines_are_documents_with_their_metadata(corpus, tmp_path):
    lines = [
        {"text": "Kenya and Uganda signed a railway agreement in Kampala on 2 May 2024.", "url": "https://a.example/1",
         "title": "Rail deal", "published": "2024-05-03", "outlet": "Wire A"},
        {"text": "Senegal and Mali agreed on Tuesday to reopen their border to trade.", "title": "Border"},
    ]
    folder = corpus({"feed.jsonl": "\n".join(json.dumps(x) for x in lines) + "\n"})
    db = tmp_path / "r.duckdb"
    assert run([str(folder)], db, Options(embeddings=False)).exit_code == 0
    docs = {d["title"]: d for d in _docs(db)}
    assert docs["Rail deal"]["source"] == "https://a.example/1" and docs["Rail deal"]["outlet"] == "Wire A"
    assert docs["Border"]["source"].endswith("feed.jsonl#2")


def test_markdown_is_read_as_prose(corpus, tmp_path):
    folder = corpus({"note.md": "# Ghana, Peru talks\n\n*Harbour Review, 20 March 2026*\n\nGhana and **Peru** held talks in [Accra](https://x.example) on Monday.\n"})
    db = tmp_path / "r.duckdb"
    run([str(folder)], db, Options(embeddings=False))
    [doc] = _docs(db)
    assert doc["title"] == "Ghana, Peru talks"
    assert doc["published"] == "2026-03-20"
    assert "Ghana and Peru held talks in Accra on Monday." in doc["text"]


@pytest.fixture
def http_folder(tmp_path):
    (tmp_path / "www").mkdir()
    (tmp_path / "www" / "story.html").write_text(HTML, encoding="utf-8")
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path / "www"))
    handler.log_message = lambda *a, **k: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_url_is_fetched_and_a_dead_url_is_skipped(http_folder, tmp_path):
    db = tmp_path / "r.duckdb"
    report = run([f"{http_folder}/story.html", f"{http_folder}/missing.html"], db, Options(embeddings=False))
    assert len(report.stored) == 1
    assert report.skipped[0].source.endswith("missing.html") and "HTTP 404" in report.skipped[0].reason
    [doc] = _docs(db)
    assert doc["source"] == f"{http_folder}/story.html" and doc["outlet"] == "Andes Post"
