"""Per-sentence mentions are exported as a reader meets them: by date, document, sentence, then the place of
each pledge in a sentence that bundles several."""

import json

import pytest

from pactline.link import register

SENTENCE = ("Chile and Kenya agreed to open a consulate in Valparaiso by 2026 and to double two-way trade "
            "within five years, and called on donors to fund the port.")


def _row(row_id: str, text: str, start: int = 100, doc: str = "doc-a", made_on: str | None = "2024-05-02") -> dict:
    evidence = [{"doc_id": doc, "source": f"{doc}.txt", "start": start, "end": start + len(SENTENCE), "quote": SENTENCE}]
    return {"id": row_id, "doc_id": doc, "kind": "commitment", "parties": ["CHL", "KEN"], "modality": "agree",
            "text": text, "domains": ["trade"], "deadline": None, "made_on": made_on, "made_on_confidence": "stated",
            "derived_status": None, "status_as_of": None, "entity_id": None, "evidence": json.dumps(evidence),
            "follow_ups": "[]"}


@pytest.mark.parametrize("rows, expected", [
    # ids that sort against the sentence's order: the clauses still come out as written
    ([_row("com-f", "call on donors to fund the port"), _row("com-a", "double two-way trade within five years"),
      _row("com-c", "open a consulate in Valparaiso by 2026")],
     ["open a consulate in Valparaiso by 2026", "double two-way trade within five years", "call on donors to fund the port"]),
    # a later sentence of the same document after an earlier one, whatever the ids
    ([_row("com-a", "double two-way trade within five years", start=900), _row("com-z", "call on donors to fund the port", start=10)],
     ["call on donors to fund the port", "double two-way trade within five years"]),
    # an undated mention after the dated ones
    ([_row("com-a", "double two-way trade within five years", made_on=None), _row("com-b", "call on donors to fund the port")],
     ["call on donors to fund the port", "double two-way trade within five years"]),
])
def test_mentions_come_in_reading_order(monkeypatch, rows, expected):
    monkeypatch.setattr(register.reads, "commitment_mention_rows", lambda _store: rows)
    monkeypatch.setattr(register.reads, "reviews_by_record", lambda _store: {})
    assert [m["text"] for m in register.commitment_mentions(None)] == expected
