"""Turns of a transcript: who speaks each paragraph of a press conference or an interview.

"PRESIDENT RUTO: Good afternoon …", "Chancellor Scholz: …" open a turn that runs to the next label (or the
end of the segment). A reporter's question ("Q: …", "QUESTION (EFE): …") reports no act: its line is not read
for events or statements; an answer after it without a speaker's name ("A: …", or no label in an interview
that names no speaker) is the interviewee's: the first person the text names with a title before its first
question. In a speaker's turn "I" is the speaker, and "we" is the speaker's side unless the clause is an act of
both ("we agreed", "we signed": syntax.actor_for). Labels are read from the line alone here;
the label's person is resolved against the document's context where a pronoun needs it.

Owns the label reading and the turn's pronouns; imports core and language.actors (the vocabulary of question
labels, titles and joint acts is data).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from pactline.core import vocab
from pactline.core.records import Actor
from pactline.language.actors import DocumentContext, resolve

Token = Any

# A label: up to six capitalised words (an outlet in brackets may follow: "Question (Reuters):"), a colon,
# then the turn's words, or nothing (a transcript that sets "Prime Minister X:" on a line of its own).
_LABEL = re.compile(r"^(?P<label>[A-Z][\w.'’-]*(?: [A-Za-z][\w.'’-]*){0,5})(?: \([^)]{1,40}\))?:(?:\s+(?=\S)|\s*$)")


_PARTICLES = frozenset("of the bin bint al el de da van von".split())


@cache
def _data() -> dict:
    return vocab.load("speakers.json")


def turn_label(line: str, text: str = "") -> tuple[str, str] | None:
    """(label, "question" | "answer" | "speaker") when ``line`` opens a transcript turn, else None. A speaker label is
    a person written in capitals ("PRESIDENT RUTO"), a title before a name ("Chancellor Scholz"), a name alone that
    the document ``text`` gives with a title elsewhere ("Ana Ruiz:" of "Spokesperson Ana Ruiz"), or a spokesperson's
    title alone ("Spokesperson:"); a place ("NAIROBI:"), a field ("Source:", "Note:") or a heading is no speaker."""
    m = _LABEL.match(line.strip())
    if not m:
        return None
    label = m.group("label").strip()
    words = label.split()
    data = _data()
    if label.lower() in data["question_labels"] or label.lower() in data["answer_labels"]:
        # a question's or an answer's label opens its line ("Q: Will …"); alone on a line only a speaker's does
        kind = "question" if label.lower() in data["question_labels"] else "answer"
        return None if line.rstrip().endswith(":") else (label, kind)
    # "President Ruto said the following:" is a sentence: a label's words are a name's
    titled = words[0].lower() in data["titles"] and len(words) >= 2 and all(
        w[0].isupper() or w in _PARTICLES for w in words)
    capitals = label.isupper() and len(words) >= 2 and all(len(w) > 1 for w in words)
    alone = line.rstrip().endswith(":")
    titled = titled or label.lower() in data["lone_titles"] or not alone and _titled_elsewhere(label, text)
    if not (titled or capitals and not alone) or any(w.lower() in data["not_speakers"] for w in words):
        return None  # (alone on its line, words in capitals are as often a heading: "KEY OUTCOMES:")
    # A label alone on its line keeps its colon: a joint press conference's ("Prime Minister X:" above each turn),
    # where "I" is the speaker and "we" as often both leaders on the stage (speaker_actor).
    return (label + ":" if alone else label), "speaker"


def _titled_elsewhere(label: str, text: str) -> bool:
    """Whether the label is a name of one to four capitalised words that ``text`` writes after a title, a surname
    alone after the title and the first names ("Valtonen:" of "Foreign Minister Elina Valtonen")."""
    words = label.split()
    if not 1 <= len(words) <= 4 or not all(w[0].isupper() for w in words) or words[0].lower() in _data()["titles"]:
        return False
    titles = "|".join(re.escape(t) for t in _data()["titles"] if t not in ("his", "her"))
    given = r"(?-i:[A-Z][\w'’.-]+\s+){1,2}" if len(words) == 1 else ""
    return vocab.compiled(rf"\b(?:{titles})\s+{given}{re.escape(label)}\b", re.I).search(text) is not None


@cache
def _titled_name() -> re.Pattern[str]:
    titles = sorted((t.capitalize() for t in _data()["titles"] if t not in ("his", "her")), key=len, reverse=True)
    title = "|".join(re.escape(t) for t in titles)
    return re.compile(rf"\b(?:(?:{title})[ \t]+)+(?:[A-Z][\w'’.-]+[ \t]+){{0,3}}[A-Z][\w'’-]+")  # a name on one line


def interviewee(text: str, before: int) -> str | None:
    """Who answers an interview's questions: the titled person the text says it interviewed before its first
    question ("we spoke to Foreign Minister Elina Valtonen"; data/speakers.json interview_cues), else the first
    person the text names with a title, named before offset ``before`` ("Finland's Foreign Minister Elina Valtonen
    spoke to …" -> "Foreign Minister Elina Valtonen"). A leader an answer names later is never the interviewee."""
    asked = _first_question(text)
    named = _interviewed(text[: min(before, asked)]) or _first_titled_name(text)
    return named[0] if named and named[1] <= before else None


@lru_cache(maxsize=4)
def _first_question(text: str) -> int:
    """The offset of the text's first question turn ("Q: …", "Question (EFE): …"), or its length."""
    labels = "|".join(re.escape(q) for q in _data()["question_labels"])
    found = re.search(rf"(?im)^(?:{labels})(?: \([^)]{{1,40}}\))?:", text)
    return found.start() if found else len(text)


@cache
def _interview_cue() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(_data()["interview_cues"]) + r")\s+")


@lru_cache(maxsize=8)
def _interviewed(intro: str) -> tuple[str, int] | None:
    """(name, end offset) of the titled person the text, before its first question, says it interviewed."""
    for cue in _interview_cue().finditer(intro):
        m = _titled_name().match(intro, cue.end())
        if m and any(w.lower() not in _data()["titles"] for w in m.group().split()):
            return m.group(), m.end()
    return None


@lru_cache(maxsize=4)
def _first_titled_name(text: str) -> tuple[str, int] | None:
    """(name, end offset) of the text's first titled person, looked for once per document, not once per answer."""
    for m in _titled_name().finditer(text):
        words = m.group().split()
        if any(w.lower() not in _data()["titles"] for w in words):  # a title and a name, not titles only
            return m.group(), m.end()
    return None


def joint_act(lemma: str) -> bool:
    """Whether a verb tells an act of both sides ("we agreed", "we signed"), whoever says it."""
    return lemma in _data()["joint_acts"]


def speaker_name(label: str) -> str:
    """The label as a name is written ("PRESIDENT RUTO" -> "President Ruto")."""
    return " ".join(w.capitalize() if w.isupper() else w for w in label.split())


_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})


_SINGULAR = re.compile(r"\bI\b(?!\.)|\b[Mm][ey]\b")


def author_voice(text: str, lines: int = 12) -> str | None:
    """The author of a one-voiced text (an op-ed, an address, a letter), named by a line at its top ("By NAME,
    Ambassador of X to Y", "Address by the President of X, NAME, to …"), cut before where or to whom it is
    said; None unless the text then speaks in the first person singular ("I", "my"), or for a toast to a guest
    on the same stage ("… at the banquet in honour of President NAME"). Outside a transcript's
    turns the author is the text's speaker: its "we" is the author's side (speaker_actor)."""
    found = 0
    for m in re.finditer(r"[^\n]+", text):
        found += 1
        if found > lines:
            return None
        line = m.group().strip()
        lead = _author_lead().match(line)
        if lead and any(w in line.lower() for w in _data()["guest_markers"]):
            return None  # a toast to a guest on the same stage: "we" is as often both
        if lead and _SINGULAR.search(text, m.end()):
            who = _author_cut().split(line[lead.end():], maxsplit=1)[0].strip(" ,;:")
            return who if 3 <= len(who) <= 160 and who[:1].isupper() or who.startswith("the ") else None
        if _titled_byline(line) and _SINGULAR.search(text, m.end()):
            # "Prime Minister Ana Ruiz" alone on a line above a release in the first person: its "I" is hers; its
            # "we" (the label's colon, as a turn's) is read as any text's, so often both sides at a meeting
            return line + ":"
    return None


def _titled_byline(line: str) -> bool:
    """A line that is only an office and a name ("Foreign Minister Jane Doe"), no heading or sentence."""
    from pactline.language.actors import clean_name, gazetteer, role_of
    from pactline.language.leaders import leaders_named

    title = gazetteer().title_pattern.match(line)
    rest = line[title.end():].strip() if title else ""
    # the rest a known leader's name alone ("President Ruto Hosts Ugandan Counterpart" is a headline)
    return bool(title and re.fullmatch(r"(?:[A-Z][\w'’.-]*\s+){2,5}[A-Z][\w'’.-]*", line) and role_of(line)
                and 2 <= len(rest.split()) <= 3 and clean_name(rest) == rest and bool(leaders_named(line)))


@cache
def _author_lead() -> re.Pattern[str]:
    leads = sorted(_data()["author_lines"], key=len, reverse=True)
    return re.compile(r"(?i:" + "|".join(re.escape(w) for w in leads) + r")\s+(?=(?:the\s+)?[A-Z])")


@cache
def _author_cut() -> re.Pattern[str]:
    cuts = sorted(_data()["author_cut"], key=len, reverse=True)
    return re.compile(r",?\s+(?:" + "|".join(re.escape(w) for w in cuts) + r")\s+(?=\S)")


def speaker_actor(token: Token, ctx: DocumentContext) -> tuple[Actor | None, list[str]] | None:
    """ "PRESIDENT RUTO: … we will not withdraw our forces": in a transcript turn, "I" is the speaker and "we"
    the speaker's side, unless "we" do an act of both ("we agreed", "we signed"). None outside a turn or for a
    speaker the document does not place (language/speakers.py)."""
    label = token.doc.user_data.get("speaker")
    if not label or token.lower_ not in _FIRST_PERSON or token.text == "US":
        return None  # ("the US overstretching …": the country, not "us")
    plural = token.lower_ in ("we", "us", "our")
    if plural and (label.endswith(":") or joint_act(_clause_verb(token).lemma_.lower()) or _together(token)):
        return None
    actor, codes = resolve(speaker_name(label.rstrip(":")), ctx)
    if not codes and label.lower() in _data()["lone_titles"]:
        # "Spokesperson: …": the one spokesperson the document places
        placed = {p.name: p for p in ctx.people.values() if p.country and p.role == "spokesperson"}
        if len(placed) == 1:
            person = next(iter(placed.values()))
            actor, codes = Actor(person.name, person.country, person.role), [person.country]
    if not codes and actor is not None and actor.role and (other := _counterpart(actor.role, ctx)):
        actor, codes = Actor(actor.name, other, actor.role), [other]
    return (actor, list(codes)) if codes else None


def _counterpart(role: str, ctx: DocumentContext) -> str | None:
    """ "PRIME MINISTER X:" whom the text does not place, at a press conference of two countries where the one other
    holder of that office it names is placed: the speaker is the other country's."""
    main = ctx.main_parties
    placed = {p.country for p in ctx.people.values() if p.role == role and p.country}
    return next(c for c in main if c not in placed) if len(main) == 2 and len(placed) == 1 and placed <= set(main) else None


def _clause_verb(token: Token) -> Token:
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def _together(token: Token) -> bool:
    """ "we joined together", "we both", "we jointly will …": both sides, whoever says it."""
    words = frozenset(_data()["together_words"])
    verb = _clause_verb(token)
    return any(c.lower_ in words for c in (*token.children, *verb.children) if c.dep_ in ("advmod", "det", "appos", "quantmod", "predet"))
