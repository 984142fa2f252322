"""The consolidated register: one follow-up per later record, and a view as of a date that leaves out what was
not yet said then."""

from pactline.link.register import commitment_entities


def _mention(mid: str, made_on: str, follow_ups: list[dict], entity: str = "com_a") -> dict:
    return {"id": mid, "commitment_id": entity, "kind": "commitment", "parties": ["CHL", "PER"], "modality": "will",
            "text": "open a joint port authority", "domains": ["transport"], "deadline": None, "made_on": made_on,
            "made_on_confidence": "stated", "status": "pledged", "derived_status": "pledged",
            "status_as_of": "2025-06-01", "evidence": [{"doc_id": "d", "source": f"/x/{mid}.txt", "quote": "q"}],
            "follow_ups": follow_ups, "reviews": []}


def _follow(record: str, date: str, score: float) -> dict:
    return {"relation": "reaffirms", "record_id": record, "date": date, "score": score, "evidence": []}


def test_a_restatement_linked_from_two_mentions_is_one_follow_up():
    members = [_mention("m1", "2023-03-01", [_follow("r9", "2024-05-02", 0.6)]),
               _mention("m2", "2023-03-01", [_follow("r9", "2024-05-02", 0.8)])]
    (entity,) = commitment_entities(iter(members))
    assert [(f["record_id"], f["score"]) for f in entity["follow_ups"]] == [("r9", 0.8)]


def test_as_of_leaves_out_later_pledges_and_later_follow_ups():
    members = [_mention("m1", "2023-03-01", [_follow("r9", "2024-05-02", 0.6)]),
               _mention("m5", "2024-09-01", [], entity="com_b")]
    entities = list(commitment_entities(iter(members), as_of="2023-12-31"))
    assert [e["id"] for e in entities] == ["m1"]
    assert entities[0]["follow_ups"] == [] and entities[0]["status"] == "pledged"
    assert [e["id"] for e in commitment_entities(iter(members), as_of="2022")] == []
    assert len(list(commitment_entities(iter(members)))) == 2


def test_as_of_counts_only_the_mentions_said_by_then():
    members = [_mention("m1", "2023-03-01", []), _mention("m2", "2024-05-02", [])]
    (entity,) = commitment_entities(iter(members), as_of="2023-12")
    assert (entity["mentions"], entity["last_restated"]) == (1, None)
