"""Property tests: random text never crashes the cleaner, segmenter, date resolver or figure parser, offsets
always fall inside the text, and quotes always equal the text at their offsets."""

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pactline.core.records import Document, Segment
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
        assert seg.kind in ("main", "related", "boilerplate")
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
