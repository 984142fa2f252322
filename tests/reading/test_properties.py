"""Property tests: random text never crashes the cleaner, segmenter, date resolver or figure parser, offsets
always fall inside the text, and quotes always equal the text at their offsets."""

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pactline.core.records import SEGMENT_KINDS, Document, Segment
from pactline.extractors.figures import extract_figures
from pactline.language.actors import DocumentContext
from pactline.language.analysis import Analysis, SentenceInfo, segment_anchor
from pactline.language.dates import Anchor, find_dates
from pactline.language.sentences import split_sentences
from pactline.reading.clean import clean_text, normalise
from pactline.reading.segment import segment_text

WORDS = st.sampled_from([
    "China", "Belarus", "Kenya", "agreed", "will", "sign", "$8.4 billion", "83.6 percent", "on Monday", "last September",
    "from February 28 to March 2, 2023", "02.03.2023", "Leave a Reply", "Related Stories:", "Photo: X", "\n", "\n\n",
    "World Times", "mutual", "by 2030", "the first three quarters of this year", "Dec. 4", "U.S.", "more than 150 countries",
    "32 years ago", "¥5 trillion", "€3.2 million", "1,234,567 tonnes", "Wed. Oct 16th, 2024", "“", "”", ".", ",",
])
TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=80).map(" ".join),
)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(TEXT)
def test_cleaner_never_fails_and_is_stable(text):
    cleaned, marks = clean_text(text)
    for mark in marks:
        assert mark not in cleaned
    assert normalise(cleaned) == cleaned  # the stored text is already in normal form
    assert isinstance(clean_text(cleaned)[0], str)


@FAST
@given(TEXT)
def test_segments_lie_inside_the_text_in_order(text):
    cleaned, _ = clean_text(text)
    segments = segment_text("doc_x", cleaned).segments
    last_end = -1
    for seg in segments:
        assert 0 <= seg.start < seg.end <= len(cleaned)
        assert seg.start > last_end
        assert seg.kind in SEGMENT_KINDS
        last_end = seg.end


@FAST
@given(TEXT, st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.sampled_from(["day", "month", "year"]))
def test_dates_are_inside_the_text_and_iso(text, anchor_day, precision):
    for mention in find_dates(text, Anchor(anchor_day, precision), base=7):
        assert 7 <= mention.start < mention.end <= len(text) + 7
        assert text[mention.start - 7 : mention.end - 7] == mention.text
        for value in (mention.value, mention.end_value):
            if value:
                assert len(value) in (4, 7, 10) and value[:4].isdigit()


@FAST
@given(st.integers(min_value=0, max_value=10**15), st.sampled_from(["", " billion", " million", "bn", " trillion"]), TEXT)
def test_figures_never_fail_and_quote_their_text(number, scale, noise):
    text, _ = clean_text(f"{noise} Trade between China and Kenya reached ${number:,}{scale} in 2023. {noise}")
    if not text:
        return
    seg = Segment("seg", "main", 0, len(text), published="2024-01-01", published_confidence="stated")
    doc = Document("doc", "x.txt", text, None, None, "2024-01-01", "stated", "en", [seg], "h")
    sentences = []
    for start, end in split_sentences(text):
        info = SentenceInfo(start, end, text[start:end], seg, None, segment_anchor(seg))
        info.dates = find_dates(info.text, info.anchor, base=start)
        sentences.append(info)
    for fact in extract_figures(Analysis(doc, sentences), DocumentContext()):
        for ev in fact.evidence:
            assert 0 <= ev.start < ev.end <= len(text) and text[ev.start : ev.end] == ev.quote
        assert fact.value >= 0


@FAST
@given(TEXT)
def test_sentence_splits_cover_only_text(text):
    for start, end in split_sentences(text):
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]


PLEDGE_PARTS = st.sampled_from([
    "Chile and Peru", "The two sides,", "building on a system that is fair,", "The leaders", "Tokyo also",
    "agreed to", "pledged to", "will", "vowed to", "underlined the need for", "expressed satisfaction at",
    "build a bridge", "double trade to $10 billion", "within five years", "by the end of the year", "(1)", "(2)",
    "open a consulate,", "and", "reform", "“", "”", ",", ";", ".", "in the first half of the year", "\n",
])
PLEDGE_TEXT = st.lists(st.one_of(PLEDGE_PARTS, st.text(max_size=8)), min_size=3, max_size=40).map(" ".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PLEDGE_TEXT)
def test_commitment_quotes_equal_the_text_and_words_are_never_glued(noise):
    from pactline.core.options import Options
    from pactline.core.records import RawDocument
    from pactline.extractors import run_extractors
    from pactline.language.analysis import analyse
    from pactline.reading.prepare import prepare

    text = f"Chile and Peru held talks on Monday. {noise} The two sides agreed to build a bridge within five years."
    doc = prepare(RawDocument(source="fuzz.txt", text=text, fmt="txt", raw_hash="x", published="2024-05-02"), Options())
    for record in run_extractors(analyse(doc), names=["commitments"]).commitments:
        for ev in record.evidence:
            assert doc.text[ev.start : ev.end] == ev.quote
            for word in record.text.replace(";", " ").split():
                assert word in ev.quote, (word, record.text)
        assert record.deadline is None or (len(record.deadline) in (4, 7, 10) and record.deadline[:4].isdigit())
