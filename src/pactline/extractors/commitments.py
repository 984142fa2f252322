"""Commitments and positions: who pledged what, in which domain, by when; and each side's stated stances.

The governing verb, its subject and its clauses come from spaCy's dependency parse; the cue words come
from data/commitment_cues.json and the domains from data/domains.json.
"""

from __future__ import annotations

from typing import Any

from pactline.core.records import Commitment, Evidence, content_id
from pactline.extractors.action_clause import has_later_object, stranded_object, with_thing_subject
from pactline.extractors.clause_edges import (
    after_cut_subject,
    clause_of_its_own,
    clause_text,
    item_clause,
    leading_trimmed,
    quoted_ahead,
    trimmed,
    with_negation,
)
from pactline.extractors.cue_base import Cue, cue_subject, cues_data, lemma, lifted, misread_subject
from pactline.extractors.cue_filters import binding_deal, exhorted_by_one
from pactline.extractors.cue_shapes import (
    coordinated_judgements,
    judged_in_quotation,
    new_body_programme,
    own_relative_pledge,
)
from pactline.extractors.cues import find_cues, tables
from pactline.extractors.deadlines import anniversary_years, states_time_limit, told_as_history
from pactline.extractors.deal_terms import deal_term_holders
from pactline.extractors.domains import (
    classify,
    meeting_first,
    political,
    sentence_topic,
    with_document_topic,
)
from pactline.extractors.headline_repeats import links_another_story, without_repeated_headlines
from pactline.extractors.holders import (
    COMMENTATOR,
    FIRST_PERSON,
    QuoteSpeakers,
    headline_listed,
    names_a_body,
    own_relative_stance,
    reported_by_participle,
    reported_speaker,
    subject_holders,
)
from pactline.extractors.listed_pledges import (
    enumerated,
    item_tokens,
    lead_holders,
    lead_in,
    listed_item,
    listed_thing,
)
from pactline.extractors.neither import is_neither, meeting_soon
from pactline.extractors.noted_pledges import pledge_owner
from pactline.extractors.occasion_deadlines import DocumentDates, occasion_dates, pledge_deadline
from pactline.extractors.pledge_splits import joined, misread_clause, on_the_same_thing, split_plain
from pactline.extractors.quote_ahead import speakers_ahead
from pactline.extractors.registry import extractor
from pactline.extractors.relative_acts import antecedent_subject
from pactline.extractors.scheduled_terms import dated_by_plan, project_holders, scheduled_act, scheduled_term
from pactline.extractors.stance_owner import (
    own_government,
    passive_stance_holders,
    self_aimed,
    stance_owner,
    unplaced_official,
)
from pactline.extractors.state_organs import named_body, paired_bodies, state_body, state_organ
from pactline.extractors.statement_kind import judge
from pactline.language.actor_memory import ActorMemory
from pactline.language.actors import DocumentContext
from pactline.language.analysis import Analysis, SentenceInfo
from pactline.language.syntax import clause_tokens, in_relative_clause

Token = Any


def _lemmas(tokens: list[Token]) -> str:
    return " ".join(t.lemma_ for t in tokens)


@extractor("commitments", produces="commitments")
def extract_commitments(analysis: Analysis, ctx: DocumentContext) -> list[Commitment]:
    doc = analysis.doc
    out: list[Commitment] = []
    memory = ActorMemory(ctx)
    quotes = QuoteSpeakers(doc.text, ctx)
    listing = None  # the LeadIn of a list of pledges ("Ghana and Peru will:"; listed_pledges.py)
    listed: set[str] = set()
    dated = [(s.text, s.start, s.dates) for s in analysis.sentences]
    published = next((s.segment.published for s in analysis.sentences if s.segment.published), None)
    years = DocumentDates(anniversary_years(dated), occasion_dates(dated, published))
    quotes.learn_spokespeople([s.span for s in analysis.sentences if s.span is not None])
    quotes.ahead = speakers_ahead(doc.text, analysis.sentences)
    for line in analysis.sentences:
        if line.segment.kind == "caption" or links_another_story(line.text):
            continue  # a photo caption shows an event; a link to another story ("Related: …") is that story's
        # A headline is read through its sentence-case parse; it restates its story's pledges ("Ghana, Togo agree
        # to …") and is a mention of each, as the story's own sentence is.
        sent = line.for_events()
        seg_id = sent.segment.id
        quotes.begin(seg_id, sent.start, sent.text, sent.span, memory.get(seg_id))
        item, listing = listed_item(sent, listing, ctx.main_parties, doc.text)
        if item is not None:
            items = _records(doc, sent, item, listing.parties, [], years, whole=item_tokens(sent.span))
            listed |= {r.id for r in items}
            out.extend(items)
        elif sent.span is not None:  # else the pre-filter found no cue here
            opened = lead_in(sent.span, lambda subject, verb, s=seg_id: lead_holders(subject, verb, ctx, memory.get(s)))
            listing = opened or listing
            cues, before, unheld = [] if opened else find_cues(sent.span), len(out), []
            for cue in cues:
                if told_as_history(sent, cue):
                    continue
                committed = _holders(cue, seg_id, ctx, memory, quotes) or listed_thing(cue, listing, sent.text)
                committed = self_aimed(cue, committed, ctx)  # "… and accused Nairobi" read as Kenya's own
                if not committed:
                    unheld += [cue] if cue.kind == "commitment" and scheduled_act(cue.token) else []
                    continue
                nested = [t for c in cues if c is not cue for t in [c.token, *c.actions]
                          if t.i != cue.token.i and cue.token.i in {a.i for a in t.ancestors}]
                found = _records(doc, sent, cue, committed, nested, years, quotes.in_quote(cue.token))
                if _pairs_own_meeting(cue, committed, ctx):
                    listed |= {r.id for r in found}  # the pair's next session: borne out by the series it names
                out.extend(found)
            if not cues:
                out.extend(_quoted_judgement(doc, sent, quotes.speaker_of(seg_id, sent.span.root), years))
            if len(out) > before:
                out.extend(_terms_beside(doc, sent, unheld, out, years))
            elif not opened:
                out.extend(_scheduled(doc, sent, out, ctx, years))
            memory.observe(seg_id, sent.span)
        quotes.finish(seg_id, sent.end)
    kept = without_repeated_headlines(judge(out, frozenset(listed)), analysis.sentences)
    return with_document_topic(kept, analysis.sentences)


def _scheduled(doc: Any, sent: SentenceInfo, found: list[Commitment], ctx: DocumentContext,
               years: DocumentDates) -> list[Commitment]:
    """A project's dated act with the project as subject: a term of the pledge told before (scheduled_terms.py)."""
    cue = scheduled_term(sent.span)
    holders = project_holders(found, cue, doc.text, sent.start) if cue is not None else []
    found = _records(doc, sent, cue, holders, [], years) if cue is not None and holders else []
    return [r for r in found if r.deadline or not dated_by_plan(cue)]  # "planned for <date>": the date makes it one


def _terms_beside(doc: Any, sent: SentenceInfo, unheld: list[Cue], found: list[Commitment],
                  years: DocumentDates) -> list[Commitment]:
    """ "The first trucks will be delivered within a year, and Chile will train …": a thing's dated act beside a party's
    pledge is a term of that pledge, held by its parties (scheduled_terms.py)."""
    out = []
    for cue in unheld:
        holders = project_holders(found + out, cue, doc.text, sent.start)
        out.extend(_records(doc, sent, cue, holders, [], years) if holders else [])
    return out


def _pairs_own_meeting(cue: Cue, committed: list[str], ctx: DocumentContext) -> bool:
    """ "The 47th meeting of the joint committee will take place in Hanoi": a meeting of the pair's own body."""
    subject = cue_subject(cue.token)
    return cue.kind == "commitment" and subject is not None and names_a_body(subject) and \
        sorted(committed) == sorted(ctx.main_parties) and len(committed) == 2


def _quoted_judgement(doc: Any, sent: SentenceInfo, speaker: Any, years: DocumentDates) -> list[Commitment]:
    """A quotation's sentence that judges by itself, with no cue, is the stance of the quotation's speaker."""
    root = sent.span.root
    if not isinstance(speaker, list) or not speaker or not judged_in_quotation(root, tables()):
        return []
    return _records(doc, sent, Cue(root, [root], "position", "believe"), speaker, [], years)


def _holders(cue: Cue, seg_id: str, ctx: DocumentContext, memory: ActorMemory, quotes: QuoteSpeakers) -> list[str]:
    """The parties that hold the cue's pledge or stance; none for what is neither or a commentator's word."""
    outer = lifted(cue.token)
    subject = cue_subject(cue.token)
    if in_relative_clause(outer or cue.token) and misread_subject(cue.token) is None and not reported_by_participle(cue.token) and not own_relative_stance(cue, subject) \
            and not _content_clause(outer or cue.token) and not own_relative_pledge(cue.token):
        if (subject := antecedent_subject(outer or cue.token, relative := subject) or _founders(cue.token)) is None:
            return deal_term_holders(cue, relative, ctx, memory.get(seg_id))
    if is_neither(cue, subject):
        return []
    speaker = reported_speaker(cue.token)
    quoted_by = quotes.speaker_of(seg_id, cue.token)
    if quoted_by == COMMENTATOR or speaker is not None and quotes.is_commentator(speaker):
        return []  # an analyst's or researcher's words are context
    if (noted := pledge_owner(cue)) is not None:
        return subject_holders(noted, cue.token, ctx, memory.get(seg_id))  # "notes the parties' commitment to …"
    if owner := stance_owner(cue.token, ctx):
        return owner  # "affirmed Peru's firm position …": the country named holds it, whoever speaks
    held = subject_holders(speaker, speaker.head, ctx, memory.get(seg_id)) if cue.speaker_holds and speaker is not None else []
    if cue.speaker_holds and (held or not exhorted_by_one(cue.token)):
        return held  # an unplaced speaker's "the two countries must …": held by those it names (below)
    if subject is None:
        if speaker is not None and cue.token.dep_ == "ccomp" and cue.token.tag_ == "VBD":
            return subject_holders(speaker, speaker.head, ctx, memory.get(seg_id))  # "X said …, urged Y to …"
        if cue.passive_party or cue.token.dep_ == "ROOT" and cue.token.tag_ == "VBN":
            return list(ctx.main_parties)
        first = _first_conjunct(cue.token)
        if first.dep_ == "ROOT" and first.tag_ == "VBD" and first.i == first.sent.start and cue.token.tag_ == "VBD":
            return list(ctx.main_parties)  # a declaration's item: "Reaffirmed their commitment to …; and called on …"
        verbal = cue.token.pos_ in ("VERB", "AUX") and cue.token.head.pos_ in ("VERB", "AUX") and isinstance(quoted_by, list)
        return list(quoted_by) if verbal else []  # "“Keeping the peace must be our priority,” X said"
    if quotes.is_commentator(subject):
        return []
    if (subject.lower_ in FIRST_PERSON and speaker is None or own_government(subject)) and isinstance(quoted_by, list):
        return list(quoted_by)  # "I will …", "the government will …" inside a quotation whose speaker is placed
    if (passive := passive_stance_holders(cue, subject, ctx, memory.get(seg_id))) is not None:
        # ("Kenya said no fugitive could be considered a refugee": a reported passive stance is the speaker's)
        said = subject_holders(speaker, speaker.head, ctx, memory.get(seg_id)) or state_organ(speaker) if speaker else []
        return said or passive  # "Support was expressed by the Ugandan side to …": the side after "by", else the pair
    if (_ours_both(subject) or binding_deal(cue.token)) and len(ctx.main_parties) == 2:
        return list(ctx.main_parties)  # "our two navies will be coordinated": the pair's, as "our two countries" is
    committed = subject_holders(subject, cue.token, ctx, memory.get(seg_id)) or quotes.spokes.get(subject.text, [])
    committed = committed + [c for c in headline_listed(subject, ctx) if c not in committed]
    if not committed and cue.passive_party:
        committed = list(ctx.main_parties)
    if not committed and cue.kind == "position" and cue.modality != "condemn":  # an accusation is told as an event
        committed = state_organ(subject)
    committed = committed or (state_body(subject) if cue.kind == "commitment" else [])  # "Chile's state bank will …"
    committed = committed or named_body(subject, quotes.text[:quotes.start])  # "The Ministry will …": the one named
    if not committed and cue.kind == "commitment":
        committed = _agreeing_parties(cue.token, ctx, memory.get(seg_id))
    if not committed and cue.kind == "position":
        committed = unplaced_official(subject, cue.token, ctx)  # "Minister Ana Ruiz accused Peru of …": not Peru's
    return committed


def _founders(token: Token) -> Token | None:
    """ "The two sides agreed to set up a working group, which will meet in May": those who set the body up."""
    if not new_body_programme(token):
        return None
    verbs = (a for a in token.head.ancestors if a.pos_ in ("VERB", "AUX"))
    return next((c for a in verbs for c in a.children if c.dep_ == "nsubj"), None)


def _threatened(cue: Cue) -> list[Token]:
    """ "warned on Monday that X would face consequences by May": what is threatened, not when it was said."""
    if cue.modality != "threaten" or cue.actions != [cue.token] or cue.token.tag_ != "VBD":
        return []
    return sorted((t for c in cue.token.children if c.dep_ == "ccomp" for t in c.subtree), key=lambda t: t.i)


def _ours_both(subject: Token) -> bool:
    """ "our two navies", "both our grids": a thing of both sides, said by one of them."""
    kids = {(c.dep_, c.lower_) for c in subject.children}  # ("the two central banks": a body of each side)
    return paired_bodies(subject) or ("poss", "our") in kids and (
        ("nummod", "two") in kids or ("det", "both") in kids or ("predet", "both") in kids)


def _content_clause(verb: Token) -> bool:
    """ "gave assurances that Chile would ease the controls": a that-clause with a subject of its own says what the
    noun holds, no relative clause."""
    return verb.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _first_conjunct(verb: Token) -> Token:
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return verb


def _agreeing_parties(token: Token, ctx: DocumentContext, last: Any) -> list[str]:
    """ "The ministers agreed that experts will draft a road map": unplaced officials act for those who agreed."""
    head = token.head
    if token.dep_ != "ccomp" or head.pos_ != "VERB" or cues_data()["commitment_verbs"].get(lemma(head)) != "agree":
        return []
    subject = cue_subject(head)
    return subject_holders(subject, head, ctx, last) if subject is not None else []


def _action_clauses(sent: SentenceInfo, cue: Cue, nested: list[Token]) -> list[list[Token]]:
    """One token list per pledge (a sentence bundling several stays split) or the stance's clause, without
    the clauses of other cues inside it (they are records of their own)."""
    inner = {t.i for token in nested for t in token.subtree}
    if cue.kind == "position":
        return _stance_clauses(cue, nested, inner)
    listed = enumerated(sent.span, cue)
    if listed:
        return listed
    clauses: list[list[Token]] = []
    pending: list[Token] = []
    action_ids = {a.i for a in cue.actions}
    for action in cue.actions:
        # Other cues' clauses inside this one are records of their own, unless this action lies within them
        # ("… resolutely oppose X, work together to build Y": "work" hangs on the stance verb).
        ancestors = {a.i for a in action.ancestors}
        inside = {t.i for token in nested if token.i not in ancestors for t in token.subtree}
        # Later items of the list that the parser hung inside this one are pledges of their own.
        inside |= {t.i for other in cue.actions if other.i != action.i and action.i in {a.i for a in other.ancestors}
                   and (other.dep_ != "conj" or other.head.i not in action_ids) for t in other.subtree}
        plain = False
        if action.dep_ == "prep" and action.lower_ == "to" and action.head.i == cue.token.i:
            clause = misread_clause(cue.token, action)
        elif action is cue.token and cue.token.pos_ != "VERB":
            clause = clause_tokens(cue.token)
        elif action.dep_ == "pobj" or action.dep_ == "conj" and action.pos_ != "VERB":
            clause = item_clause(action)  # one item of a listed pledge, without the items after it
        else:
            clause, plain = sorted(clause_tokens(action) + stranded_object(cue.token, action), key=lambda t: t.i), True
        if action is cue.actions[-1] and cue.purposes:
            have = {t.i for t in clause}
            clause = sorted(clause + [t for p in cue.purposes for t in p.subtree if t.i not in have], key=lambda t: t.i)
        clause = with_thing_subject(with_negation([t for t in clause if t.i not in inside], action), action)
        if clauses and on_the_same_thing(action, clauses[-1], clause):
            clauses[-1] = joined(action.doc, clauses[-1], clause)  # "build the bridge and open it by 2027": one pledge
            continue
        if plain:
            split = split_plain(action, clause)
            if split:
                clauses.extend(split)
                continue
        fronted = any(c.dep_ == "prep" and c.i < action.i for c in action.children)  # ("Under the plan, … merge or")
        if (len(clause) <= 2 or fronted and all(t.i <= action.i or t.dep_ in ("cc", "punct") for t in clause)) and action is not cue.actions[-1] and not has_later_object(action) and not clause_of_its_own(
                cue.actions[cue.actions.index(action) + 1]):
            pending.extend(clause)  # "deepen and expand cooperation": a bare verb shares the next one's object
            continue
        clauses.append(sorted(pending + clause, key=lambda t: t.i) if pending else clause)
        pending = []
    return [c for c in (trimmed(c) for c in clauses) if c]


def _stance_clauses(cue: Cue, nested: list[Token], inner: set[int]) -> list[list[Token]]:
    """The stance's clause (or clauses, a judgement coordinated with another), without other cues' clauses."""
    # "welcomed X, and agreed that officials will …": a coordinated verb whose clause is another record goes too.
    inner |= {t.i for c in cue.token.children if c.dep_ == "conj" and c.pos_ == "VERB"
              and any(n.i in {x.i for x in c.subtree} for n in nested) for t in [c, *c.subtree]}
    if quoted := quoted_ahead(cue.token, tables()):
        return [trimmed([t for t in quoted if t.i not in inner])]  # the quotation's judgement, not "told reporters in …"
    clause = with_negation(trimmed([t for t in clause_tokens(cue.token, exclude_conj_verbs=False) if t.i not in inner]), cue.token)
    coordinated = coordinated_judgements(cue.token, tables())
    if coordinated:
        cut = {t.i for c in coordinated for t in c.subtree}
        parts = [[t for t in clause if t.i not in cut]] + [[t for t in c.subtree if t.i not in inner] for c in coordinated]
        return [p for p in (trimmed(leading_trimmed(p)) for p in parts) if p]
    own = [t for t in clause if t.i != cue.token.i]
    if nested and not any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or t.dep_ in ("ccomp", "xcomp") for t in own):
        return []  # "fully agrees with and supports X's position": the stance is told once, by the verb with the object
    return [clause]


def _records(doc: Any, sent: SentenceInfo, cue: Cue, committed: list[str], nested: list[Token],
             years: DocumentDates, spoken: bool = False, whole: list[Token] | None = None) -> list[Commitment]:
    made_on = sent.segment.published
    records = []
    for index, clause in enumerate([whole] if whole else _action_clauses(sent, cue, nested)):
        text = clause_text(clause)
        if not text:
            continue
        own = tuple(classify(text, _lemmas(clause)))
        domains = meeting_first(own or tuple(classify(sentence_topic(cue.token, sent))) or ("politics",), clause)
        shown = clause_text(after_cut_subject(clause, cue_subject(cue.token)))
        deadline = pledge_deadline(sent, _threatened(cue) or clause, cue, made_on, years)
        if meeting_soon(cue, deadline, made_on):
            continue
        if cue.kind != "commitment" and not states_time_limit(text):
            deadline = None  # a stance keeps only a time limit it states ("expect it to run by 2027", "a truce within days")
        # A leader's "our economies must move together", "we must protect it" inside a quotation exhorts: a stance
        # (a joint text's "both sides should …" and a dated "must be operational by 2027" stay pledges).
        exhorts = spoken and cue.kind == "commitment" and cue.modality == "should" and deadline is None
        kind = "position" if exhorts else cue.kind
        domains = political(domains) if kind == "position" and not own else domains
        parties = sorted(set(committed))
        evidence = Evidence(doc.id, doc.source, sent.start, sent.end, doc.text[sent.start : sent.end])
        records.append(
            Commitment(
                id=content_id("com", doc.id, sent.start, index, text),
                doc_id=doc.id,
                kind=kind,
                parties=parties,
                modality=cue.modality,
                text=(shown or text)[:400],
                domains=list(domains),
                deadline=deadline,
                made_on=made_on,
                made_on_confidence=sent.segment.published_confidence if made_on else "unknown",
                evidence=[evidence],
            )
        )
    return records
