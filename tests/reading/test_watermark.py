import pytest

from pactline.reading.clean import clean_text, find_watermarks
from tests.conftest import seed


def test_seed_watermark_is_found_and_removed_everywhere():
    text, marks = clean_text(seed("001").read_text(encoding="utf-8"))
    assert marks == ["World Times"]
    assert "World Times" not in text
    for repaired in ("mutual trust", "political interactions", "Astana, Kazakhstan", "The two sides have also",
                     "strengthen cooperation in agriculture", "coercive measures", "Ministry of Foreign Affairs"):
        assert repaired in text


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Talks begQQNewsin today. The delegaQQNewstion met. They sigQQNewsned the deal. QQNewsAfter that, all left.", ["QQNews"]),
        ("Peace talks begXYZ.comin today. The delegaXYZ.comtion met. They sigXYZ.comned the deal.", ["XYZ.com"]),
        # Real camel-case names always glued the same way are not watermarks.
        ("McDonald opened. McDonald closed. McDonald sold. McDonald bought. The iPhone and iPhone and iPhone.", []),
        ("No marks here at all, only plain sentences about Chile and Peru.", []),
    ],
)
def test_find_watermarks(text, expected):
    assert find_watermarks(text) == expected


def test_other_seeds_have_no_watermark():
    for prefix in ("000", "002", "003", "004"):
        _text, marks = clean_text(seed(prefix).read_text(encoding="utf-8"))
        assert marks == []
