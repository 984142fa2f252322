from pactline.core.options import Options
from pactline.core.records import RawDocument
from pactline.reading.prepare import prepare
from tests.conftest import seed


def _doc(prefix):
    path = seed(prefix)
    return prepare(RawDocument(str(path), path.read_text(encoding="utf-8"), "txt", "h"), Options())


def _kinds(doc):
    return [(s.kind, doc.text[s.start : s.end][:40]) for s in doc.segments]


def test_seed_003_has_three_main_texts_with_own_titles_and_dates():
    doc = _doc("003")
    mains = [s for s in doc.segments if s.kind == "main"]
    assert len(mains) == 3
    assert mains[0].title.startswith("Alexander Lukashenko")
    assert mains[1].title.startswith("Xi Jinping Holds Talks") and mains[1].published == "2023-03-01"
    assert mains[2].title.startswith("Joint statement") and mains[2].published == "2023-03-02"
    assert mains[1].published_confidence == mains[2].published_confidence == "stated"
    # The blog introduction has no date of its own: it is inferred from the articles it embeds.
    assert mains[0].published_confidence == "inferred"
    tail = doc.text[doc.segments[-1].start : doc.segments[-1].end]
    assert doc.segments[-1].kind == "boilerplate" and "Leave a Reply" in tail


def test_seed_001_related_story_is_kept_apart_and_not_relevant():
    doc = _doc("001")
    related = [s for s in doc.segments if s.kind == "related"]
    assert len(related) == 1
    assert "Mao Ning" in doc.text[related[0].start : related[0].end]
    assert related[0].relevant is False
    boiler = " ".join(doc.text[s.start : s.end] for s in doc.segments if s.kind == "boilerplate")
    for junk in ("Leave a Reply", "Content comes from the Internet", "Photo: VCG", "Wed. Oct 16th, 2024"):
        assert junk in boiler
    # A page banner is not proof of publication.
    assert doc.published == "2024-10-16" and doc.published_confidence == "inferred"
    main = next(s for s in doc.segments if s.kind == "main" and "Li Qiang" in doc.text[s.start : s.end])
    assert main.published == "2024" and main.published_confidence == "inferred"


def test_seed_002_byline_date_captions_and_editor_line():
    doc = _doc("002")
    assert doc.published == "2023-12-05" and doc.published_confidence == "stated"
    assert doc.outlet == "China Daily"
    boiler = [doc.text[s.start : s.end] for s in doc.segments if s.kind == "boilerplate"]
    captions = [doc.text[s.start : s.end] for s in doc.segments if s.kind == "caption"]
    # the photo captions tell what the pictures show: read for events, never as the story's text
    assert any("HUANG JINGWEN/XINHUA" in c for c in captions)
    assert any("[Photo/Xinhua]" in c for c in captions)
    assert any("Web editor" in b for b in boiler)


def test_seed_000_posted_line_gives_stated_date():
    doc = _doc("000")
    assert doc.published == "2023-03-02" and doc.published_confidence == "stated"
    assert doc.segments[0].kind == "boilerplate"
    assert doc.text[doc.segments[-1].start :].startswith("photos:")
