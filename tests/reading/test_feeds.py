"""RSS/Atom feeds: a feed URL stands for its entries' pages, only those not yet stored and, with --since,
published on or after that day (a feed and its pages served on localhost)."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pactline.core.options import Options
from pactline.reading.feeds import feed_entries, is_feed, looks_like_feed
from pactline.run.pipeline import run
from pactline.store.database import Store

PAGES = {
    "/news/talks.html": ("2024-05-01", "Ghana and Peru held talks in Accra on 1 May 2024. The two sides agreed to "
                         "expand trade in cocoa and copper and to open a joint business council."),
    "/news/visit.html": ("2024-05-10", "Norway's prime minister visited Vietnam on 10 May 2024. The two countries "
                         "signed an agreement on offshore wind energy and pledged to raise trade by 2026."),
    "/news/port.html": ("2024-05-20", "Morocco and Chile signed a memorandum on port cooperation in Rabat on 20 May "
                        "2024, and agreed to hold the next round of consultations in Santiago."),
}
FETCHED: list[str] = []


def _rss(base: str) -> str:
    items = "".join(
        f"<item><title>{path}</title><link>{base}{path}</link><pubDate>{day[8:10]} May 2024 09:00:00 GMT</pubDate></item>"
        for path, (day, _text) in PAGES.items()
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>{base}/</link>{items}</channel></rss>'


def _atom(base: str) -> str:
    entries = "".join(
        f'<entry><title>{path}</title><link href="{base}{path}"/><updated>{day}T09:00:00Z</updated></entry>'
        for path, (day, _text) in PAGES.items()
    )
    return f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>{entries}</feed>'


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the http.server name)
        base = f"http://localhost:{self.server.server_port}"
        FETCHED.append(self.path)
        if self.path in ("/feed.xml", "/atom.xml"):
            body, kind = (_rss(base) if self.path == "/feed.xml" else _atom(base)), "application/xml"
        elif self.path in PAGES:
            day, text = PAGES[self.path]
            body = f"<html><head><title>{self.path}</title></head><body><article><p>{text}</p></article></body></html>"
            kind = "text/html"
        else:
            self.send_error(404)
            return
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    FETCHED.clear()
    yield f"http://localhost:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("feed", ["/feed.xml", "/atom.xml"])
def test_feed_entries_and_their_days(server, feed):
    import urllib.request

    data = urllib.request.urlopen(server + feed).read()
    assert is_feed(data) and looks_like_feed(server + feed)
    entries = feed_entries(server + feed, data)
    assert [(link.removeprefix(server), str(day)) for link, day in entries] == [
        (path, day) for path, (day, _text) in PAGES.items()]


@pytest.mark.parametrize("feed", ["/feed.xml", "/atom.xml"])
def test_since_and_then_only_new_entries(server, tmp_path, feed):
    db = tmp_path / "feed.duckdb"
    report = run([server + feed], db, Options(embeddings=False, since="2024-05-05"))
    assert report.exit_code == 0, report.skipped
    assert sorted(s.removeprefix(server) for s in report.stored) == ["/news/port.html", "/news/visit.html"]
    assert "/news/talks.html" not in FETCHED
    FETCHED.clear()
    again = run([server + feed], db, Options(embeddings=False))  # no --since: only the entry not stored yet
    assert [s.removeprefix(server) for s in again.stored] == ["/news/talks.html"]
    assert FETCHED == [feed, "/news/talks.html"]
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 3


def test_an_article_url_is_not_probed_as_a_feed():
    assert not looks_like_feed("https://example.org/news/2024/05/talks.html")
    assert looks_like_feed("https://example.org/rss") and looks_like_feed("https://example.org/world/feed/")
