"""Commitments and positions: who pledged what, in which domain, by when; and each side's stated stances.

The governing verb, its subject and its clauses come from spaCy's dependency parse; the cue words come
from data/commitment_cues.json and the domains from data/domains.json.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from pactline.core import vocab
from pactline.core.records import Commitment, Evidence, content_id
from pactline.extractors.domains import classify
from pactline.extractors.registry import extractor
from pactline.language.actors import DocumentContext
from pactline.language.analysis import Analysis, SentenceInfo
from pactline.language.dates import to_date
from pactline.language.syntax import (
    ActorMemory,
    actor_for,
    clause_tokens,
    has_modal,
    in_relative_clause,
    noun_phrase,
    subject_of,
    tokens_text,
    verb_conjuncts,
)

Token = Any


@dataclass
class Cue:
    token: Token  # the governing word (verb, adjective or noun)
    actions: list[Token]  # the verbs saying what will be done
    kind: str  # commitment | position
    modality: str
    passive_party: bool = False  # "An agreement was reached to …": parties come from the document


def _cues() -> dict[str, Any]:
    return vocab.load("commitment_cues.json")


def _xcomp(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp", "acl", "advcl") and child.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) or child.dep_ == "xcomp":
                return child
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("to", "for", "on", "in"):
            for grand in child.children:
                if grand.pos_ in ("VERB",) or grand.tag_ == "VBG":
                    return grand
    return None


def _object_lemmas(token: Token) -> set[str]:
    out = set()
    for child in token.children:
        if child.dep_ in ("dobj", "attr", "prep", "prt", "advmod", "nsubjpass", "pobj", "dative", "xcomp", "ccomp"):
            out.add(child.lemma_.lower())
            out.add(child.lower_)
            for grand in child.children:
                if grand.dep_ in ("pobj", "dobj"):
                    out.add(grand.lemma_.lower())
    return out


def _support_object(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ in ("dobj", "pobj", "prep", "xcomp", "ccomp"):
            head = child
            if child.dep_ == "prep":
                head = next((g for g in child.children if g.dep_ == "pobj"), child)
            return head.lemma_.lower()
    return None


@cache
def _tables() -> tuple[Any, ...]:
    """The cue vocabulary in the shapes find_cues reads, built once (find_cues runs on every sentence)."""
    cues = _cues()

    def entries(key: str) -> dict[str, Any]:
        return {k: v for k, v in cues[key].items() if not k.startswith("_")}

    return (
        cues["modal_auxiliaries"], cues["commitment_verbs"],
        {k: set(v) for k, v in entries("commitment_verbs_need_object").items()},
        entries("commitment_adjectives"), entries("commitment_nouns"), cues["support_verbs"],
        cues["position_verbs"], cues["position_adjectives"], set(cues["express_objects"]["nouns"]),
    )


def find_cues(sent: Any) -> list[Cue]:
    (modals, commit_verbs, need, commit_adj, commit_nouns, support, position_verbs, position_adj,
     express_objects) = _tables()
    found: list[Cue] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod",):
            modal = has_modal(tok, modals)
            if modal and tok.lemma_.lower() != "be":
                if lemma in commit_verbs and _xcomp(tok) is not None:
                    action = _xcomp(tok)
                    found.append(Cue(tok, verb_conjuncts(action), "commitment", modal))
                else:
                    found.append(Cue(tok, verb_conjuncts(tok), "commitment", modal))
                continue
            if modal and lemma == "be":
                # "will be" + adjective/noun: "will be ready to", otherwise a forecast, not a pledge.
                pass
            if lemma in support["lemmas"]:
                obj = _support_object(tok)
                action_obj = obj in support["action_objects"]
                gerund = any(c.dep_ == "prep" and c.lower_ == "in" and any(g.tag_ == "VBG" for g in c.children) for c in tok.children)
                if tok.tag_ in ("VBD",) and lemma == "welcome":
                    found.append(Cue(tok, [tok], "position", "welcome"))
                elif action_obj or gerund:
                    found.append(Cue(tok, [tok], "commitment", "support"))
                else:
                    found.append(Cue(tok, [tok], "position", position_verbs.get(lemma, "support")))
                continue
            if lemma in commit_verbs:
                required = need.get(lemma)
                objects = _object_lemmas(tok)
                action = _xcomp(tok)
                if required is not None and not (objects & required):
                    pass
                elif lemma == "agree" and action is None:
                    found.append(Cue(tok, [tok], "position", "agree"))
                    continue
                elif lemma in ("encourage", "conclude", "initiate", "launch", "set", "declare", "call") or action is not None:
                    if lemma == "call" and tok.tag_ == "VBD":
                        found.append(Cue(tok, [tok], "position", "call"))
                        continue
                    actions = verb_conjuncts(action) if action is not None and lemma not in ("encourage", "conclude", "initiate", "launch") else verb_conjuncts(tok)
                    found.append(Cue(tok, actions, "commitment", commit_verbs[lemma]))
                    continue
            if lemma == "express":
                objects = _object_lemmas(tok)
                if objects & {"readiness", "willingness", "intention"}:
                    found.append(Cue(tok, [tok], "commitment", "willing"))
                elif objects & express_objects:
                    found.append(Cue(tok, [tok], "position", "express"))
                continue
            if lemma in position_verbs and lemma not in commit_verbs:
                found.append(Cue(tok, [tok], "position", position_verbs[lemma]))
                continue
            if lemma in ("reach", "announce", "confirm", "declare", "express", "make") and tok.tag_ == "VBN":
                subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                if subj is not None and subj.lemma_.lower() in commit_nouns:
                    action = _xcomp(tok) or _xcomp(subj)
                    if action is None:
                        for c in subj.children:
                            if c.dep_ == "acl":
                                action = c
                    modality = commit_nouns[subj.lemma_.lower()]
                    found.append(Cue(tok, verb_conjuncts(action) if action is not None else [tok], "commitment", modality, True))
                    continue
        if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd", "amod", "attr", "advcl", "xcomp") and tok.lower_ in commit_adj:
            action = _xcomp(tok)
            if action is not None:
                found.append(Cue(tok, verb_conjuncts(action), "commitment", commit_adj[tok.lower_]))
                continue
        if tok.pos_ == "ADJ" and tok.dep_ in ("acomp",) and tok.lower_ in position_adj:
            found.append(Cue(tok, [tok], "position", position_adj[tok.lower_]))
            continue
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in ("readiness", "willingness", "intention") and tok.dep_ == "dobj":
            action = _xcomp(tok) or next((c for c in tok.children if c.dep_ == "acl"), None)
            if action is not None:
                found.append(Cue(tok, verb_conjuncts(action), "commitment", commit_nouns[tok.lemma_.lower()]))
    for cue in found:
        if cue.kind == "commitment" and cue.actions and cue.actions[0] is not cue.token:
            # "agreed to give play to X, promote Y, and plan to hold Z": the parser often hangs the later
            # items of such a list on the cue as adverbial clauses; they belong to the same pledge.
            extra = [c for c in cue.token.children if c.dep_ == "advcl" and c.tag_ == "VB"]
            for verb in extra:
                cue.actions.extend(v for v in verb_conjuncts(verb) if v not in cue.actions)
        if cue.kind == "position":
            cue.actions = [cue.token]
    return _outermost(found)


def _outermost(cues: list[Cue]) -> list[Cue]:
    """Drop cues nested in another cue's clause, preferring a pledge over the stance that frames it."""
    by_token = {c.token.i: c for c in cues}
    kept = []
    for cue in cues:
        ancestor_cues = [by_token[a.i] for a in cue.token.ancestors if a.i in by_token]
        action_ids = {t.i for c in cues if c is not cue for t in c.actions}
        if cue.token.i in action_ids:
            continue
        # A coordinated verb with its own cue ("agreed to X and will hold Y") is a pledge of its own.
        if ancestor_cues and cue.token.dep_ != "conj" and not (
            cue.kind == "commitment" and all(a.kind == "position" for a in ancestor_cues)
        ):
            continue
        kept.append(cue)
    # A position verb whose clause holds a pledge yields the pledge only.
    result = []
    for cue in kept:
        if cue.kind == "position" and any(
            other.kind == "commitment" and cue.token in other.token.ancestors for other in kept
        ):
            continue
        result.append(cue)
    return result


_BELIEF_VERBS = {"believe", "expect", "think", "predict", "forecast", "anticipate", "foresee", "trust", "feel"}


def _is_forecast(cue: Cue) -> bool:
    """ "He believes that Peru will achieve new successes" reports a forecast, not a pledge."""
    if cue.kind != "commitment" or cue.modality not in ("will",):
        return False
    for ancestor in cue.token.ancestors:
        if ancestor.lemma_.lower() in _BELIEF_VERBS:
            return True
        if ancestor.pos_ == "ADJ" and ancestor.lower_ in ("confident", "convinced", "sure"):
            return True
    return False


def _lemmas(tokens: list[Token]) -> str:
    return " ".join(t.lemma_ for t in tokens)


def _deadline(sent: SentenceInfo, clause: list[Token], made_on: str | None) -> str | None:
    if not clause:
        return None
    start = sent.char(clause[0].idx)
    end = sent.char(clause[-1].idx + len(clause[-1].text))
    made = to_date(made_on)
    for mention in sent.dates:
        if not (start <= mention.start and mention.end <= end + 1):
            continue
        before = sent.text[: mention.start - sent.start].lower().rstrip()
        if not before.endswith(("by", "before", "within", "in", "until", "till", "than", "of", "for", "the end of", "end of")):
            continue
        value = mention.end_value or mention.value
        when = to_date(value)
        if made and when and when.year < made.year:
            continue
        return value
    return None


@extractor("commitments", produces="commitments")
def extract_commitments(analysis: Analysis, ctx: DocumentContext) -> list[Commitment]:
    cues_data = _cues()
    nonstate = set(cues_data["nonstate_subject_heads"])
    doc = analysis.doc
    out: list[Commitment] = []
    memory = ActorMemory(ctx)
    for sent in analysis.sentences:
        if sent.span is None:
            continue  # the pre-filter found no cue here
        seg_id = sent.segment.id
        cues = find_cues(sent.span)
        for cue in cues:
            if in_relative_clause(cue.token) or _is_forecast(cue):
                continue
            subject = subject_of(cue.token)
            committed: list[str] = []
            if subject is not None:
                if subject.lemma_.lower() in nonstate:
                    continue
                _actor, committed = actor_for(subject, ctx, memory.get(seg_id))
                if not committed and cue.passive_party:
                    committed = list(ctx.main_parties)
            elif cue.passive_party or cue.token.dep_ in ("ROOT",) and cue.token.tag_ == "VBN":
                committed = list(ctx.main_parties)
            if not committed:
                continue
            out.extend(_records(doc, sent, cue, committed, ctx))
        memory.observe(seg_id, sent.span)
    return out


def _partners(tokens: list[Token], ctx: DocumentContext, committed: list[str]) -> list[str]:
    from pactline.language.actors import find_countries

    partners = []
    for tok in tokens:
        if tok.dep_ in ("pobj", "dobj") and (tok.head.lower_ in ("with", "to") or tok.dep_ == "dobj"):
            for mention in find_countries(noun_phrase(tok).text):
                if mention.code not in committed and mention.code in ctx.main_parties and mention.code not in partners:
                    partners.append(mention.code)
    return partners


def _records(doc: Any, sent: SentenceInfo, cue: Cue, committed: list[str], ctx: DocumentContext) -> list[Commitment]:
    made_on = sent.segment.published
    groups: list[tuple[tuple[str, ...], str | None, list[list[Token]]]] = []
    for action in cue.actions:
        clause = clause_tokens(action, exclude_conj_verbs=cue.kind != "position")
        if cue.kind == "position" or action is cue.token and cue.token.pos_ != "VERB":
            clause = clause_tokens(cue.token, exclude_conj_verbs=cue.kind != "position")
        text = tokens_text(clause)
        domains = tuple(classify(text, _lemmas(clause)))
        deadline = _deadline(sent, clause, made_on)
        for i, (g_domains, g_deadline, clauses) in enumerate(groups):
            same_domain = set(domains) <= set(g_domains) or set(g_domains) <= set(domains) or not domains
            if same_domain and (deadline == g_deadline or deadline is None):
                merged = tuple(dict.fromkeys(g_domains + domains))
                groups[i] = (merged, g_deadline, clauses + [clause])
                break
        else:
            groups.append((domains, deadline, [clause]))
    records = []
    for index, (domains, deadline, clauses) in enumerate(groups):
        tokens = [t for clause in clauses for t in clause]
        text = "; ".join(tokens_text(c) for c in clauses if c)
        if not text:
            continue
        if not domains:
            domains = tuple(classify(sent.text)) or ("politics",)
        parties = sorted(set(committed) | set(_partners(tokens, ctx, committed)))
        evidence = Evidence(doc.id, doc.source, sent.start, sent.end, doc.text[sent.start : sent.end])
        records.append(
            Commitment(
                id=content_id("com", doc.id, sent.start, index, text),
                doc_id=doc.id,
                kind=cue.kind,
                parties=parties,
                modality=cue.modality,
                text=text[:400],
                domains=list(domains),
                deadline=deadline if cue.kind == "commitment" else None,
                made_on=made_on,
                made_on_confidence=sent.segment.published_confidence if made_on else "unknown",
                evidence=[evidence],
            )
        )
    return records
