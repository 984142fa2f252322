"""Events: who did what to whom, when and where, coded in PLOVER 2.0 and CAMEO from the governing verb.

Verb patterns live in data/event_verbs.json. Only reported happenings are coded: a verb under a future modal, an
infinitive ("agreed to hold") or a negation is a plan, not an event."""

from __future__ import annotations

from typing import Any

from pactline.core.records import Actor, Event, Evidence, content_id
from pactline.extractors.cameo import goldstein, quad_class
from pactline.extractors.event_clauses import separate_acts
from pactline.extractors.event_learned import Candidate, learned_events
from pactline.extractors.event_location import homeward, location_of
from pactline.extractors.event_modes import by_doing, happening, recode, shares_pledge, shown_force
from pactline.extractors.event_nouns import (
    attendance,
    framed_occasion,
    listed_measure,
    noun_entry,
    signing,
    tells_attendance,
    upcoming_occasion,
    visitor,
)
from pactline.extractors.event_patterns import _patterns, called_off, match_verb, vetoed
from pactline.extractors.event_subjects import (
    agent_of,
    antecedent,
    host_expelling,
    implied_agent,
    invitee,
    listed_item,
    pledging_root,
    reporter_of_conjunct,
)
from pactline.extractors.event_summary import summarise
from pactline.extractors.event_targets import (
    PARTNER_TYPES,
    addressed_bodies,
    addressed_to_all,
    asked_about,
    occasion_bodies,
    other_partners,
    target_of,
    venue_host,
)
from pactline.extractors.event_time import (
    VISIT,
    accepted_invitation,
    dated_ahead,
    decided,
    framed_ahead,
    future_modal,
    invited_visits_dated,
    is_background,
    is_planned,
    modal_act,
    pledged_act,
    pledged_under_agreement,
    scheduled_by_head,
    scheduled_head,
)
from pactline.extractors.event_titles import highlights, is_joint_title, is_related_link, with_title_events
from pactline.extractors.holders import pairs_own_body
from pactline.extractors.registry import extractor
from pactline.extractors.signed_lists import (
    included_instrument,
    listed_signing,
    pact_parties,
    signed_items,
    told_pact,
)
from pactline.language.actor_memory import ActorMemory
from pactline.language.actors import DocumentContext, find_countries, resolve
from pactline.language.analysis import Analysis, SentenceInfo
from pactline.language.article_days import (
    month_sections,
    programme_days,
    same_act_dated_by_article,
    threats_told_now,
)
from pactline.language.event_dates import date_from_occasion, event_date, is_headline, told_without_time
from pactline.language.parties import complete_parties, fallback_target, joint_parties
from pactline.language.roundup_pairs import pair_named_last
from pactline.language.stance_dates import is_stance, stated_by_text
from pactline.language.syntax import PRONOUNS, actor_for, noun_phrase, subject_of

Token = Any
_MEETING = {"type": "CONSULT", "mode": "meet", "cameo": "040"}  # an occasion still to come, of no coded kind
ACCEPTED = {"type": "AGREE", "mode": None, "cameo": "036"}  # an invitation accepted: intent to meet


def _governing_subject(pronoun: Token) -> Token | None:
    """ "Switzerland said it had expelled …": a pronoun in a reported clause stands for the reporter."""
    clause = pronoun.head
    for ancestor in clause.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            for child in ancestor.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in PRONOUNS:
                    return child
    return None


def _source(subj: Token, ctx: DocumentContext, last: tuple[Actor | None, list[str]] | None) -> tuple[Actor | None, list[str]]:
    governing = _governing_subject(subj) if subj.lower_ in ("it", "he", "she") else None
    if governing is None:
        return pair_named_last(actor_for(subj, ctx, last), ctx.main_parties, last)  # a roundup's other pair
    source, source_codes = actor_for(governing, ctx, last)  # "Switzerland said it had expelled …"; "he and X announced …"
    for other in subj.children:
        if other.dep_ == "conj":
            _a, more = actor_for(other, ctx, None)
            source_codes = source_codes + [c for c in more if c not in source_codes]
    return source, source_codes


def _own_meeting_held(verb: Token) -> Token | None:
    """The pair's own meeting a passive "held" reports ("The XIII Summit will be held in Accra"), or None."""
    if verb.lemma_.lower() not in ("hold", "convene", "organise", "organize") or agent_of(verb) is not None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject if subject is not None and pairs_own_body(subject) else None


def _invited_act(accept: Token) -> bool:
    """Whether the accepted invitation names its act ("the invitation to visit Lima"), which is then the event."""
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("acl", "relcl", "xcomp") for c in accept.children
               if c.dep_ == "dobj" for t in c.subtree)


def _doer(tok: Token, pattern: dict[str, Any], planned: bool) -> Token | None:
    """Who does the act a coded verb reports: its subject, else what its clause, participle or list implies."""
    subj = reporter_of_conjunct(tok, pattern) or subject_of(tok)
    if subj is None and by_doing(tok):
        subj = subject_of(tok.head.head)  # "Niger responded by recalling its envoy": Niger recalled
    if subj is None and planned and tok.dep_ == "acl" and tok.head.head.pos_ in ("VERB", "AUX"):
        subj = subject_of(tok.head.head)  # "Boric expressed his intention to visit Cusco": Boric would visit
    if planned and tok.dep_ in ("acl", "advcl", "xcomp") and (guest := invitee(tok.head)) is not None:
        subj = guest  # "her invitation to Chancellor Scholz to visit Chile": Scholz would visit
    if subj is not None and subj.lower_ in ("who", "which", "that") and subj.head.dep_ == "relcl":
        subj = antecedent(subj)  # "… with President Milei, who also hosted a banquet": Milei hosted
    if tok.tag_ == "VBN" and (subj is None or subj.dep_ == "nsubjpass"):
        subj = agent_of(tok) or subj
        if subj is not None and subj.dep_ == "nsubjpass" and not _guest(tok, pattern):
            subj = implied_agent(tok, pattern)
    if subj is None and tok.dep_ == "acl" and tok.tag_ == "VBN" and pairs_own_body(tok.head):
        subj = tok.head  # "The Dialogue, held on 3-4 March in Lima, …": the pair's meeting, dated by "held"
    if subj is None and told_pact(tok, pattern):
        subj = tok.head  # "a ceasefire announced on Tuesday": the pact told as its own subject, the pair's
    if subj is None and tok.tag_ == "VBN" and (held := _own_meeting_held(tok)) is not None:
        subj = held  # "The next session of the Joint Commission will be held in Accra in 2025"
    if subj is None and planned and (settled_by := decided(tok)) is not None:
        subj = subject_of(settled_by)  # "agreed that a business forum will be held in Lima": theirs, to come
    if subj is None and listed_item(item := pledging_root(tok)):
        subj = item  # "2. Agreed to open the new bridge …": an item of the parties' list, theirs
    return subj


def _trigger(tok: Token, sent: SentenceInfo, nouns: dict[str, dict[str, Any]]) -> tuple[dict[str, Any], bool, Token, dict[str, Any] | None] | None:
    """(pattern, planned, subject, the pledged act's own pattern or None) when ``tok`` reports an event: a coded
    verb that happened or is scheduled, a meeting noun ("during a meeting with X, Y said …") or a visit noun
    with its visitor."""
    if tok.pos_ in ("VERB", "AUX"):
        pattern = match_verb(tok)
        if pattern is None or pattern.get("clause") == "main" and tok.dep_ in ("relcl", "acl", "advcl") and not (
                tok.dep_ == "acl" and scheduled_head(tok)) or attendance(tok):
            return None  # (but "expressed his intention to visit Chile" is the visit; "aides attended the meeting" none)
        how = happening(tok, sent, pattern) or pledged_under_agreement(tok, pattern)
        if pattern.get("mode") == "host" and any(c.dep_ == "dobj" and upcoming_occasion(c, nouns) for c in tok.children):
            return None  # "welcomed the forthcoming meeting": the meeting, still to come, is the event
        if (accepted := accepted_invitation(tok)) == "active" and _invited_act(tok):
            # "accepted an invitation to visit Lima": accepting is done now; the visit named is its own, planned
            return (ACCEPTED, False, guest, None) if (guest := subject_of(tok)) is not None else None
        # "Boric accepted the invitation": agreeing to meet (AGREE, 036), done now; the visit to come is planned.
        if accepted == "active" and (guest := subject_of(tok)) is not None:
            return ACCEPTED, False, guest, VISIT
        if accepted == "passive":
            return ACCEPTED, False, next(c for c in tok.children if c.dep_ == "nsubjpass"), VISIT
        mode = "formal" if pattern.get("announced") else pattern.get("mode")  # (a protest to be lodged: a step to come)
        planned = is_planned(tok, how, pattern["type"], mode) or modal_act(tok, pattern, how)
        if how is None and not planned:
            return None
        pledged = pledged_act(pattern, how, planned)
        pattern = pattern if planned else recode(pattern, how, tok)
        pledged = None if pledged is not None and pattern["type"] == pledged["type"] else pledged
        subj = _doer(tok, pattern, planned)
        return (shown_force(pattern, subj), planned, subj, pledged) if subj is not None else None
    if called_off(tok):
        return None  # "called off the visit", "suspended the talks": the occasion called off is no occasion
    entry = noun_entry(tok, nouns)
    if (subj := upcoming_occasion(tok, nouns)) is not None and not _told_by_its_verb(tok):
        return entry if entry and entry.get("mode") in ("meet", "visit") else _MEETING, True, subj, None
    if entry is None:
        return None
    if (subj := visitor(tok, nouns) or signing(tok, nouns) or listed_measure(tok, nouns)) is not None:
        return shown_force(entry, subj), scheduled_by_head(tok), subj, None
    if (framed := framed_occasion(tok, nouns)) is not None:
        verb, subj = framed
        how = happening(verb, sent, entry)
        return entry, is_planned(verb, how, entry["type"]) or framed_ahead(verb, how), subj, None
    return None


def _host_abroad(verb: Token, sent: SentenceInfo, source_codes: list[str]) -> tuple[Actor | None, list[str]]:
    """ "is set to appear at the summit in Budapest", "will attend the forum in Los Angeles": a trip ahead
    with no partner named is to the country where it will be held, not to the report's other country."""
    from pactline.language.places import place_country

    location = location_of(verb, sent)
    host = place_country(location) if location else None
    if host is None or host in source_codes:
        return None, []
    return Actor(location, host, "government"), [host]


def _placed(partner: Token | None, ctx: DocumentContext, source_codes: list[str]) -> bool:
    """Whether the first of several partners has a country of its own: its act is with it alone ("met A of X, B")."""
    if partner is None:
        return False
    codes = resolve(noun_phrase(partner).text, ctx)[1]
    return len(codes) == 1 and codes[0] not in source_codes


def _guest(verb: Token, pattern: dict[str, Any]) -> bool:
    """ "President Boric was received at the palace": a welcome told in the passive with no host named; the guest is
    its subject and the host the other side (set by ``complete_parties``); so for one "represented at" an occasion."""
    return ((pattern.get("mode") == "host" or pattern.get("subject_acts")) and any(c.dep_ == "auxpass" for c in verb.children)
            and not any(c.dep_ == "agent" for c in verb.children))


def _told_by_its_verb(noun: Token) -> bool:
    """ "agreed to hold the next summit": the verb that holds or attends the occasion reports it (a welcoming
    or hosting verb leaves it to the noun)."""
    pattern = match_verb(noun.head) if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") else None
    return pattern is not None and pattern["type"] == "CONSULT" and pattern.get("mode") != "host"


def _event(doc: Any, sent: SentenceInfo, previous: list[SentenceInfo], verb: Token, pattern: dict[str, Any],
           planned: bool, source_side: tuple[Actor, list[str]], ctx: DocumentContext,
           partner: Token | None = None, joint_text: bool = False) -> tuple[Event, bool]:
    """The event ``verb`` reports (``partner`` its target when given), and whether only its document dates it."""
    source, source_codes = source_side
    if partner is not None:
        target, target_codes = actor_for(partner, ctx, None)
        named, named_codes = resolve(noun_phrase(partner).text, ctx)
        if len(named_codes) == 1 and named_codes[0] in target_codes:
            target = named  # "met A, B and C": A alone
        target_codes = [c for c in target_codes if c not in source_codes][:1]
    elif pattern["type"] == "REQUEST" and (everyone := addressed_to_all(verb)) is not None:
        target, target_codes = everyone, []  # kept as the target: no country is added for it
    else:
        target, target_codes = target_of(verb, ctx, source_codes, pattern.get("mode"), pattern["type"])
    if target is None:
        target, target_codes = fallback_target(verb, ctx, source_codes, pattern["type"])
    if not target_codes and planned and pattern["type"] == "CONSULT" and len(source_codes) == 1 and (
            host := _host_abroad(verb, sent, source_codes))[0] is not None:
        target, target_codes = host
    (source, source_codes), (target, target_codes) = complete_parties(
        (source, source_codes), (target, target_codes), pattern["type"], ctx, verb)
    if partner is None and _guest(verb, pattern) and len(source_codes) == 1 and target is not None:
        (source, source_codes), (target, target_codes) = (target, target_codes), (source, source_codes)
    if target is not None and target.country is None and target_codes and target.role != "igo":
        target = Actor(target.name, target_codes[0], target.role)  # "Romania and Poland": the first named
    parties = sorted(set(source_codes) | set(target_codes) | set(addressed_bodies(verb, target) if source_codes else ()))
    if pattern["type"] == "REQUEST" and partner is None:
        parties = sorted(set(parties) | set(asked_about(verb, ctx, parties)))
    parties = sorted(set(parties) | set(occasion_bodies(verb, ctx))) if pattern["type"] == "CONSULT" else parties
    carry = not stated_by_text(pattern["type"], pattern.get("mode"), joint_text)
    stance = is_stance(pattern["type"], pattern.get("mode"))
    date, date_end, confidence = event_date(verb, sent, previous, planned, carry=carry, stance=stance)
    # "visits the base on 18 April" in a text of 2 April; a threat is made when told, whenever its measure would begin
    planned = planned or pattern["type"] != "THREATEN" and dated_ahead(verb, date, sent)
    doc_dated = confidence == "document"
    confidence = "inferred" if doc_dated or pattern.get("ongoing") else confidence  # a day of a visit under way
    cameo = pattern["cameo"]
    location = location_of(verb, sent)
    if pattern["type"] == "CONSULT" and planned:
        parties = sorted(set(parties) | set(venue_host(verb, location, parties)))
    if pattern["mode"] == "meet" and location:
        place = {m.code for m in find_countries(location)}
        if place and not place & set(parties) and len(parties) >= 2:
            cameo = "044"  # met at a third location
    evidence = Evidence(doc.id, doc.source, sent.start, sent.end, doc.text[sent.start : sent.end])
    where = verb.i - sent.span.start if partner is None else (verb.i - sent.span.start, partner.i - sent.span.start)
    return Event(
        id=content_id("evm", doc.id, sent.start, where, pattern["type"]),
        doc_id=doc.id, date=date, date_end=date_end, date_confidence=confidence,
        type=pattern["type"], mode=pattern.get("mode"), cameo=cameo,
        source_actor=source, target_actor=target, parties=parties, location=location,
        summary=summarise(source, verb, target, parties, planned), evidence=[evidence],
        goldstein=goldstein(cameo), quad_class=quad_class(cameo),
        planned=planned, background=not planned and is_background(date, confidence, sent),
    ), doc_dated


def _acting_side(tok: Token, subj: Token, pattern: dict[str, Any], ctx: DocumentContext,
                 last: tuple[Actor | None, list[str]] | None) -> tuple[Actor | None, list[str]]:
    """Who does the act ``tok`` reports: its subject's actor, else the document's pair for an occasion told as
    its own subject, an accepted invitation or a listed item, else the countries of a joint text."""
    source, source_codes = _source(subj, ctx, last)
    if source is None and subj.i == tok.i and (pattern.get("mode") == "expel" or pattern.get("agent_prep")) and (
            host := host_expelling(tok, ctx)):
        return host  # "The Russian envoy has been ordered to leave": the text's other country expels him
    if source is None and pattern["type"] == "MOBILIZE":  # "A Russian navy flotilla docked …": its navy's state
        source, source_codes = resolve(noun_phrase(subj).text, ctx)  # (tokens compare by index: spaCy remakes them)
    own_meeting = pattern["type"] in ("CONSULT", "ASSAULT") and (
        (tok.dep_ == "acl" and subj.i == tok.head.i) or (subj.dep_ == "nsubjpass" and subj.head.i == tok.i)
        or subj.i == tok.i)  # "The call focused on …": the occasion told as its own subject
    own_meeting = own_meeting or listed_item(subj) or subj.i == tok.i and pattern.get("mode") == "agreement"
    if subj.i == tok.head.i != tok.i and told_pact(tok, pattern) and (pact := pact_parties(subj, ctx)):
        return pact  # "a Russian-brokered ceasefire announced on Tuesday": the pair's, with its broker
    if (source is None or not source_codes) and (accepted_invitation(tok) == "passive" or own_meeting) and len(
            ctx.main_parties) == 2:
        source, source_codes = Actor(noun_phrase(subj).text, None, "government"), list(ctx.main_parties)
    if (source is None or not source_codes) and future_modal(tok) and (settled_by := decided(tok)) is not None and (
            deciders := subject_of(settled_by)) is not None:
        source, source_codes = _source(deciders, ctx, last)  # "agreed that their envoys would meet": the pair's
    if source is None and (joint := joint_parties(tok)):
        # "A joint Saudi-French statement welcomed …": the joint text acts for both its countries.
        source, source_codes = Actor(noun_phrase(subj).text, None, "government"), joint
    return source, source_codes


def _acts(tok: Token, pattern: dict[str, Any], planned: bool, pledged: dict[str, Any] | None) -> list[tuple[dict[str, Any], bool]]:
    """ "agreed to meet": the agreement and the meeting agreed on (planned) are two records; "agreed to A and
    to convene B": B's meeting, still to come, is the only record of "convene"."""
    acts = [(pattern, planned)] + ([(pledged, True)] if pledged else [])
    return acts[1:] if pledged and shares_pledge(tok) else acts


@extractor("events", produces="events")
def extract_events(analysis: Analysis, ctx: DocumentContext) -> list[Event]:
    doc = analysis.doc
    _verbs, nouns, _scale = _patterns()
    out: list[Event] = []
    memory = ActorMemory(ctx, main_clauses=True)
    seen: dict[tuple[int, str, str | None], list[Token]] = {}
    doc_dated: set[str] = set()
    timeless: set[str] = set()  # dated only by the document, told in the present or present perfect
    uncoded: list[Candidate] = []  # parsed sentences, for the learned typer (a second type where one was coded)
    sentences = [s.for_events() for s in analysis.sentences]
    joint_text, items = any(is_joint_title(s) for s in sentences), signed_items(sentences, doc.text)
    kept = items | highlights(sentences)  # bullets that are the text's own, not links to other stories
    for index, sent in enumerate(sentences):
        previous = sentences[max(0, index - 2) : index]
        if sent.span is None or is_related_link(sent.text) and sent.start not in kept:
            continue  # the pre-filter found no trigger here, or a link to another story
        coded, acted = len(out), set()  # (acted: the tokens whose acts the patterns coded in this sentence)
        for tok in sent.span:
            found = _trigger(tok, sent, nouns) or listed_signing(tok, sent, items) or included_instrument(tok)
            if found is None:
                continue
            pattern, planned, subj, pledged = found
            source, source_codes = _acting_side(tok, subj, pattern, ctx, memory.get(sent.segment.id))
            if source is None or pattern["type"] == "CONSULT" and homeward([tok], source_codes):
                continue  # (no actor; or "will return home on Sunday": no meeting)
            for act_pattern, act_planned in _acts(tok, pattern, planned, pledged):
                # "agreed to meet", "agreed to elevate relations": one agreement with the "agreed" it completes
                under_agree = tok.dep_ == "xcomp" and (match_verb(tok.head) or {}).get("type") == "AGREE"
                mode = None if act_pattern["type"] == "AGREE" and (act_pattern.get("mode") == "intent" or under_agree) else act_pattern.get("mode")
                key = (sent.start, act_pattern["type"], mode, act_planned)
                if any(not separate_acts(tok, other) for other in seen.get(key, [])):
                    continue  # "offered to hand over" is one act; "congratulated X and thanked Y" are two
                seen.setdefault(key, []).append(tok)
                acted.add(tok.i)
                first, more = other_partners(tok, ctx) if act_pattern["type"] in PARTNER_TYPES else (None, [])
                partners = [first if _placed(first, ctx, source_codes) else None] + more
                for partner in partners:
                    event, dated_by_doc = _event(doc, sent, previous, tok, act_pattern, act_planned,
                                                 (source, source_codes), ctx, partner, joint_text)
                    out.append(event)
                    if dated_by_doc:
                        doc_dated.add(event.id)
                        if told_without_time(tok, is_headline(sent)):
                            timeless.add(event.id)
        if not tells_attendance(sent.span) and not any(t.pos_ in ("VERB", "AUX") and vetoed(t) for t in sent.span):
            # (an occasion called off is told already: the learned typer adds no meeting for it)
            told = {e.type for e in out[coded:]} | ({"CONSULT"} if any(called_off(t) for t in sent.span) else set())
            uncoded.append(Candidate(sent, previous, memory.get(sent.segment.id), frozenset(told), acted=frozenset(acted)))
        memory.observe(sent.segment.id, sent.span, out[coded:])
    out += learned_events(doc, ctx, uncoded, doc_dated, frozenset(e.type for e in out))
    out = with_title_events(doc, ctx, sentences, out)
    invited_visits_dated(out)
    _settle_dates(out, sentences, analysis, doc_dated, timeless)
    return out


def _settle_dates(out: list[Event], sentences: list[SentenceInfo], analysis: Analysis, doc_dated: set[str], timeless: set[str]) -> None:
    """Acts dated only by the document: a headline's takes the day the story gives the same act, a programme item
    its day heading's (``programme_days``), an act of a month's paragraph in a page told month by month that month
    (``month_sections``), before the occasion's day is lent to the others."""
    headlines = {s.start for s in sentences if is_headline(s)}
    timeless |= {e.id for e in out if e.id in doc_dated and e.evidence and e.evidence[0].start in headlines}
    threats_told_now(out, doc_dated, analysis.doc)
    moved = same_act_dated_by_article(out, timeless, sentences) | programme_days(out, doc_dated, analysis.doc)
    moved |= month_sections(out, doc_dated, analysis.doc)
    date_from_occasion(out, doc_dated, analysis.sentences, keep=moved)
