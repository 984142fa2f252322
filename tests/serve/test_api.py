"""API: filters, pagination, records with links, CSV, bad parameters (4xx, never 500), read-only mode."""

import shutil

import pytest
from fastapi.testclient import TestClient

from pactline.serve.app import create_app


@pytest.fixture
def db_copy(seeds_db, tmp_path):
    target = tmp_path / "api.duckdb"
    shutil.copy(seeds_db, target)
    return target


@pytest.fixture
def client(db_copy):
    return TestClient(create_app(str(db_copy), token="s3cret"), raise_server_exceptions=False)


def test_filters_and_pagination(client):
    all_transport = client.get("/api/commitments", params={"domain": "transport", "limit": 500}).json()
    # (3 transport rows since round 16 joined a sentence's parts: still more than one page of 2)
    assert all_transport["total"] >= 3 and all("transport" in c["domains"] for c in all_transport["items"])
    page1 = client.get("/api/commitments", params={"domain": "transport", "limit": 2, "offset": 0}).json()
    page2 = client.get("/api/commitments", params={"domain": "transport", "limit": 2, "offset": 2}).json()
    assert [c["id"] for c in page1["items"] + page2["items"]] == [c["id"] for c in all_transport["items"][:4]]
    events = client.get("/api/events", params={"parties": "CHN,BLR", "date_from": "2023-03", "date_to": "2023-03", "type": "CONSULT"}).json()
    assert events["total"] >= 1 and all(e["date"].startswith("2023-03") and e["type"] == "CONSULT" for e in events["items"])
    talks = client.get("/api/events", params={"q": "Diaoyutai"}).json()
    assert talks["total"] >= 1
    statuses = client.get("/api/commitments", params={"status": "fulfilled"}).json()
    assert statuses["total"] >= 1 and all(c["status"] == "fulfilled" for c in statuses["items"])
    facts = client.get("/api/facts", params={"measure": "bilateral_trade"}).json()
    assert {f["value"] for f in facts["items"]} == {6.45e9, 8.4e9}


def test_record_with_links_and_csv(client):
    first = client.get("/api/commitments", params={"kind": "commitment", "limit": 1}).json()["items"][0]
    one = client.get(f"/api/commitments/{first['id']}").json()
    assert one["record"]["id"] == first["id"] and isinstance(one["links"], list)
    csv_text = client.get("/api/commitments.csv", params={"domain": "transport"}).text
    assert csv_text.splitlines()[0].startswith("id,kind,parties") and len(csv_text.splitlines()) > 3
    # as `pactline export --format csv`: a commitment keeps its text; a document leaves out its whole page
    assert "text" in csv_text.splitlines()[0].split(",")
    assert "text" not in client.get("/api/documents.csv").text.splitlines()[0].split(",")


@pytest.mark.parametrize(
    "url,status",
    [
        ("/api/events?date_from=yesterday", 400),
        ("/api/commitments?domain=space_opera", 400),
        ("/api/commitments?status=maybe", 400),
        ("/api/events?parties=china", 400),
        ("/api/events?limit=0", 422),
        ("/api/events?limit=100000", 422),
        ("/api/events?offset=-1", 422),
        ("/api/events?date_from=2024-99", 400),  # a month that does not exist
        ("/api/events?date_to=2023-02-30", 400),
        ("/api/unicorns", 404),
        ("/api/events/evt_nope", 404),
        ("/doc/doc_nope", 404),
    ],
)
def test_bad_parameters_are_client_errors(client, url, status):
    response = client.get(url)
    assert response.status_code == status
    assert "detail" in response.json()


def test_reviews_need_the_token_and_survive_in_exports(client, db_copy):
    cid = client.get("/api/commitments", params={"kind": "commitment", "limit": 1}).json()["items"][0]["id"]
    assert client.post(f"/api/commitments/{cid}/review", json={"status": "delayed"}).status_code == 401
    assert client.post(f"/api/commitments/{cid}/review", json={"status": "delayed"}, headers={"X-Pactline-Token": "wrong"}).status_code == 401
    bad = client.post(f"/api/commitments/{cid}/review", json={"status": "sideways"}, headers={"X-Pactline-Token": "s3cret"})
    assert bad.status_code == 400
    ok = client.post(f"/api/commitments/{cid}/review", json={"status": "delayed", "note": "talks stalled", "who": "ana"},
                     headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200 and ok.json()["record"]["status"] == "delayed"
    record = client.get(f"/api/commitments/{cid}").json()["record"]
    assert record["reviews"][0]["who"] == "ana" and record["reviews"][0]["note"] == "talks stalled"
    assert record["reviews"][0]["old_value"] != "delayed"


def test_read_only_server_refuses_writes(db_copy):
    client = TestClient(create_app(str(db_copy), token=None))
    cid = client.get("/api/commitments", params={"limit": 1}).json()["items"][0]["id"]
    response = client.post(f"/api/commitments/{cid}/review", json={"status": "fulfilled"}, headers={"X-Pactline-Token": "x"})
    assert response.status_code == 403 and "read-only" in response.json()["detail"]
    assert client.get("/api/stats").json()["read_only"] is True


@pytest.mark.parametrize("path", ["/", "/timeline", "/commitments", "/figures", "/compare", "/docs", "/openapi.json"])
def test_pages_render_without_cdn(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert "cdn." not in response.text and "googleapis" not in response.text
    if path != "/openapi.json":
        assert '<script src="/static/plotly.min.js">' in response.text


def test_plotly_is_served_from_the_installed_package(client):
    response = client.get("/static/plotly.min.js")
    assert response.status_code == 200 and len(response.text) > 1_000_000 and "plotly" in response.text[:2000].lower()


def test_occasions_endpoint(client):
    body = client.get("/api/occasions").json()
    assert body["total"] >= 0 and isinstance(body["items"], list)
    for item in body["items"]:
        assert {"kind", "date", "parties", "planned", "events", "evidence"} <= set(item)
