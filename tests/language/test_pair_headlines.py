"""A sentence-case headline whose subject is two names joined by a comma or "and" ("Ruto, Suluhu sign border
pact") is read as the two countries' act; the parser's input keeps the headline's length. Headlines written
for other countries."""

import pytest

from pactline.core.options import Options
from pactline.core.records import RawDocument
from pactline.language.analysis import analyse
from pactline.language.headlines import pair_subject_form
from pactline.reading.prepare import prepare
from tests.helpers import extract_text

_BODY = ("\n\nNAIROBI, March 4 - Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan met in "
         "Nairobi on Monday. Kenya and Tanzania have long disputed parts of their border.\n")


@pytest.mark.parametrize(
    "headline,etype",
    [
        ("Ruto, Suluhu sign border pact to end decades of dispute", "AGREE"),
        ("(LEAD) Ruto, Hassan sign accord, elevate ties to strategic partnership", "AGREE"),
        ("Ruto and Suluhu discuss lake fisheries, trade", "CONSULT"),
    ],
)
def test_pair_headline_is_the_pairs_act(headline, etype):
    events = [e for e in extract_text(headline + _BODY, published="2024-03-05").events
              if e.evidence[0].quote.strip() == headline]
    assert any(e.type == etype and set(e.parties) == {"KEN", "TZA"} for e in events), [(e.type, e.parties) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Ruto, Suluhu sign border pact to end decades of dispute",
        "Boric and Petro discuss trade",
    ],
)
def test_form_keeps_length_and_reads_they(text):
    form = pair_subject_form(text)
    assert form is not None and len(form) == len(text) and " They " in " " + form


@pytest.mark.parametrize(
    "text",
    [
        "• Kenya, Uganda sign pact on oil pipeline",  # a bullet of related links
        "The leaders, who met in Lima, signed a deal",  # no names before the verb
        "Ruto, Suluhu signed a border pact on Monday.",  # a sentence
        "Peru summons Chilean envoy",  # one name
    ],
)
def test_no_pair_form(text):
    assert pair_subject_form(text) is None


@pytest.mark.parametrize(
    "headline,verb",
    [
        ("Ruto, Suluhu sign deal for Tanzania to host refugee centres", "sign"),
        ("Ruto and Hassan discuss tariffs, confirm state visit to Dodoma in April", "discuss"),
        ("Ruto, Tanzanian president discuss defence pact", "discuss"),
    ],
)
def test_event_reader_parses_the_headline_verb(headline, verb):
    raw = RawDocument(source="t.txt", text=headline + _BODY, fmt="txt", raw_hash="x", published="2024-03-05")
    sent = next(s for s in analyse(prepare(raw, Options())).sentences if s.text.strip() == headline).for_events()
    root = sent.span.root
    assert root.lemma_ == verb and root.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in root.children), [
        (t.text, t.tag_, t.dep_) for t in sent.span]
