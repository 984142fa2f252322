"""A pledged project's schedule told with the project, not a party, as subject: "Dredging of the channel will start
before the autumn rains", "the quay extension is to be finished within thirty months", "the cold-storage hall is due
to open by 2028", "the handover of the keys is planned for March 2026". Nobody binds itself in the words, but an act
of a project with a time limit of its own is a term of what its parties undertook (labelling guide: a party binds
itself to a future action, "by the end of the year" its deadline), held by the parties of the pledge the text told
last (none when it told none). Without a stated time the sentence stays a forecast ("the plant will open",
"trade will grow": cue_filters.py), and "planned for 1200 pupils" states no time.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pactline.extractors.cue_base import Cue, cues_data, lemma
from pactline.extractors.deadlines import states_time_limit
from pactline.language.syntax import PRONOUNS, has_modal, is_actor_head

Token = Any

# "for 2027", "for March 2027", "for mid-2026", "for the end of 2025" — a year, not a count ("for 1200 pupils")
_PLANNED_FOR = re.compile(r"\bfor\s+(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}\b(?!\s+[a-z])")


@cache
def _project_verbs() -> frozenset[str]:
    return frozenset(cues_data()["announced_projects"]["verbs"])


@cache
def _plan_verbs() -> frozenset[str]:
    return frozenset(cues_data()["scheduled_terms"]["plan_verbs"])


_SENTENCE_END = re.compile(r"[.!?][\"”’)]*(?:\s|$)")


def _subject(verb: Token) -> Token | None:
    """The thing the act is told of: the verb's subject, that of "is to" / "is due to" above it, or the noun an
    infinitive hangs on ("with the first phase to be completed within …")."""
    holder = verb
    for _ in range(3):  # "is to be completed", "is due to open": the subject sits on "is"
        subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if holder.dep_ not in ("xcomp", "acomp"):
            break
        holder = holder.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return verb.head if verb.dep_ in ("relcl", "acl") and infinitive and verb.head.pos_ == "NOUN" else None


def _future(verb: Token, modals: dict[str, str]) -> bool:
    """Told as to come: "will be completed", "is to be completed", "is due to open", "to be completed within …"."""
    if has_modal(verb, modals) == "will":
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if not infinitive:
        return False
    head = verb.head
    planned = lemma(head) == "be" or head.lower_ == "due" or lemma(head) in _plan_verbs()  # "is expected to open by …"
    return verb.dep_ == "xcomp" and planned or verb.dep_ in ("relcl", "acl", "pcomp")  # "with the hall to be built by …"


def _thing(subject: Token | None) -> bool:
    return subject is not None and subject.pos_ == "NOUN" and subject.lower_ not in PRONOUNS and not is_actor_head(subject)


def scheduled_term(span: Any) -> Cue | None:
    """The cue of a project's dated act in a sentence no other cue claimed, or None."""
    return next((Cue(verb, [verb], "commitment", "scheduled") for verb in span if scheduled_act(verb)), None)


def scheduled_act(verb: Token) -> bool:
    """Whether the verb tells a dated act of a thing, not a party: "the first trucks will be delivered within a year"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    told = " ".join(t.text for t in verb.subtree)
    if lemma(verb) in _plan_verbs() and any(c.dep_ == "auxpass" for c in verb.children):
        dated = _PLANNED_FOR.search(told) is not None  # "is planned for 2027", "scheduled for May 2026"
    elif lemma(verb) in _project_verbs() and _future(verb, cues_data()["modal_auxiliaries"]):
        dated = states_time_limit(told)
    else:
        return False
    return dated and _thing(_subject(verb))


def dated_by_plan(cue: Cue) -> bool:
    """Whether the cue is a plan verb ("is planned for …"), whose record stands only with the date it was given."""
    return lemma(cue.token) in _plan_verbs()


def project_holders(found: list[Any], cue: Cue, text: str, start: int) -> list[str]:
    """The parties of the pledge the text told last, in the same paragraph and at most two sentences before the
    project's sentence (which starts at ``start`` in ``text``); none when it told none there ("the pipeline will be
    completed within two years" on its own binds no one: cue_filters.nobody_binds), nor when the project is named as
    someone's own ("Argentina's new terminal will open by 2026": not the pair's term)."""
    last = next((r for r in reversed(found) if r.kind == "commitment"), None)
    gap = text[last.evidence[0].end : start] if last is not None else "\n"
    if "\n" in gap or len(_SENTENCE_END.findall(gap)) > 2:
        return []
    subject = _subject(cue.token)
    if subject is not None and any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG") for t in subject.subtree):
        return []
    return list(last.parties)
