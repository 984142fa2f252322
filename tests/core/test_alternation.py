"""vocab.alternation: a trie that matches exactly what the sorted alternation of its words matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pactline.core.vocab import alternation


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Small alphabets make words that are prefixes of one another, the case the trie must order right.
_WORDS = st.lists(st.text(alphabet="abAB -.", min_size=1, max_size=6), min_size=1, max_size=12)
_TEXT = st.text(alphabet="abAB -.'s", max_size=60)
# What follows the group decides whether a shorter word is tried after a longer one failed.
_CONTEXTS = [("", ""), (r"(?<![\w-])", r"(?:'s?)?(?![\w])"), (r"\b", r"\b"), ("", " b"), ("(", r")\.?\s+a")]


@settings(max_examples=300, deadline=None)
@given(words=_WORDS, text=_TEXT, context=st.sampled_from(_CONTEXTS))
def test_same_matches_as_sorted_alternation(words: list[str], text: str, context: tuple[str, str]) -> None:
    before, after = context
    plain = re.compile(f"{before}(?:{_plain(words)}){after}")
    trie = re.compile(f"{before}(?:{alternation(words)}){after}")
    assert [(m.span(), m.groups()) for m in trie.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(words=_WORDS, text=_TEXT, context=st.sampled_from(_CONTEXTS))
def test_same_matches_ignoring_case(words: list[str], text: str, context: tuple[str, str]) -> None:
    before, after = context
    plain = re.compile(f"{before}(?:{_plain(words)}){after}", re.I)
    trie = re.compile(f"{before}(?:{alternation(words, fold_case=True)}){after}", re.I)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(("words", "text", "found"), [
    (["Niger", "Nigeria"], "Nigeria and Niger", ["Nigeria", "Niger"]),
    (["Guinea", "Guinea-Bissau", "Papua New Guinea"], "Papua New Guinea, Guinea-Bissau", ["Papua New Guinea", "Guinea-Bissau"]),
])
def test_longest_word_wins(words: list[str], text: str, found: list[str]) -> None:
    assert re.findall(f"(?:{alternation(words)})", text) == found


def test_case_folded_words_keep_the_longest_first() -> None:
    # Without folding, "PM" and "pm x" are separate branches and "PM" (tried first) would win on "pm x".
    assert re.search(f"(?:{alternation(['PM', 'pm x'], fold_case=True)})", "pm x", re.I).group(0) == "pm x"
