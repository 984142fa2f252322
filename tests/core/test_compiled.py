"""vocab.compiled: re.compile with a cache larger than re's own, for patterns built per title, alias or name."""

import re

from pactline.core import vocab


def test_compiled_is_re_compile_and_kept():
    pattern = r"(?<![\w-])Ghana['’]?s?\s+(?:ministry)\b"
    assert vocab.compiled(pattern) is vocab.compiled(pattern)
    assert vocab.compiled(pattern).pattern == re.compile(pattern).pattern
    assert vocab.compiled(pattern, re.I).flags == re.compile(pattern, re.I).flags
    text = "Officials of GHANA's ministry and Ghana’s Ministry met."
    assert vocab.compiled(pattern, re.I).findall(text) == re.findall(pattern, text, re.I)


def test_more_patterns_than_re_keeps_are_compiled_once():
    names = [f"Name{i}" for i in range(1200)]  # more than re's 512
    first = [vocab.compiled(rf"\b{n}\b") for n in names]
    assert all(vocab.compiled(rf"\b{n}\b") is p for n, p in zip(names, first, strict=True))
