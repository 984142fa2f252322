"""Who holds a pledge or a stance: the parties its subject stands for, read from the parse and the document.

- a pronoun in reported speech is its speaker ("Ghana said it would …", "“We will …,” the minister said",
  "the rebels say they will …"), not the last actor of an earlier sentence;
- a collective head ("the leaders", "both") is the document's two countries, and names its states in an
  of-phrase ("the leaders of Chile and Peru")."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pactline.core.records import Actor
from pactline.extractors import stance_owner
from pactline.extractors.body_acronyms import is_body
from pactline.extractors.commentary import commentator_parts
from pactline.extractors.cue_base import Cue, cues_data, lemma, meeting_anaphor, names_both, third_party
from pactline.extractors.stance_owner import coordinated_subject, definite_only, field_word, occasion_clause
from pactline.language.actors import DocumentContext, find_countries
from pactline.language.syntax import PRONOUNS, actor_for, is_actor_head, subject_of

Token = Any
Last = tuple[Actor | None, list[str]] | None

_COLLECTIVE_HEADS = {"both", "leaders", "sides", "parties", "presidents", "ministers", "premiers", "governments",
                     "countries", "nations", "delegations", "heads", "two", "participants"}


@cache
def _reporting() -> frozenset[str]:
    return frozenset(cues_data()["reporting_verbs"]["lemmas"])


def reported_speaker(token: Token) -> Token | None:
    """The subject of the nearest verb of speaking over ``token`` ("Ghana said [it would …]", "was quoted as")."""
    reporting = _reporting()
    for anc in token.ancestors:
        if anc.pos_ not in ("VERB", "AUX") or lemma(anc) not in reporting:
            continue
        subject = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and anc.dep_ in ("pcomp", "xcomp", "advcl") and anc.head.pos_ in ("VERB", "ADP"):
            head = anc.head if anc.head.pos_ == "VERB" else anc.head.head  # "was quoted as saying"
            subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and anc.dep_ == "conj":
            subject = subject_of(anc)  # "X thanked Y and said …": the speaker of the first verb
        if subject is not None:
            return subject
    root = token.sent.root
    if root is not token and root.i > token.i and lemma(root) not in reporting:
        # "“We will …,” the minister said" parsed with the quote as the root and "said" beside it.
        for child in root.children:
            if child.dep_ == "parataxis" and lemma(child) in reporting:
                return next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def reported_by_participle(token: Token) -> bool:
    """ "… with the two leaders saying they intend to …": a participle of speaking that the parser hung on a
    noun reports the clause; it is no relative clause that merely describes the noun."""
    reporting = _reporting()
    for anc in token.ancestors:
        if anc.dep_ in ("relcl", "acl") and anc.head.pos_ in ("NOUN", "PROPN"):
            return anc.tag_ == "VBG" and lemma(anc) in reporting
    return False


def _one_person(token: Token) -> bool:
    return token.lower_ in ("he", "she", "i") or token.tag_ in ("NNP", "NN") and token.lower_ not in _COLLECTIVE_HEADS


def _pronoun_holders(subject: Token, cue_token: Token, ctx: DocumentContext, last: Last) -> list[str] | None:
    """A pronoun's parties from the speaker of the clause it is in; None when no speaker governs it."""
    if same := coordinated_subject(subject, cue_token, ctx):
        return same  # "affirmed that Ghana will … and that it will …": the subject of the clause before
    speaker = reported_speaker(cue_token)
    if speaker is None or speaker.i == subject.i:
        return None
    if subject.lower_ == "they" and _one_person(speaker) and speaker.lower_ not in PRONOUNS:
        return None  # "the minister said they would …": they are others than the one who speaks ("we" is his side)
    if speaker.lower_ in PRONOUNS:
        _actor, codes = actor_for(speaker, ctx, last)
        return list(codes) or None
    from pactline.extractors.stance_owner import organ_of_last

    # The speaker's parties, else an unplaced organ's ("the ministry said it …": the last country named), else none.
    return subject_holders(speaker, speaker.head, ctx, None) or organ_of_last(speaker, last)


def is_collective(subject: Token) -> bool:
    """ "The leaders agreed", "both agreed", "the two neighbours agreed": the pair itself."""
    if any(c.dep_ == "poss" for c in subject.children):
        return False
    return subject.lower_ in _COLLECTIVE_HEADS or names_both(subject)


def with_named_states(subject: Token, committed: list[str]) -> list[str]:
    """ "The leaders of Chile and Peru", "the Joint Commission of Kenya and Ghana": the states an of-phrase names."""
    if subject.tag_ not in ("NNS", "NNPS") and subject.lower_ not in ("both",) and not names_a_body(subject):
        return committed
    out = list(committed)
    for child in subject.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for mention in find_countries(" ".join(t.text for t in child.subtree)):
                if mention.code not in out:
                    out.append(mention.code)
    return out


def headline_listed(subject: Token, ctx: DocumentContext) -> list[str]:
    """ "Peru, Bolivia agree to …", "Tinubu, Mahama agree to …": a headline joins its subjects with a comma, which the
    parser reads as an apposition or an adverbial noun; each name that opens the line stands for its party."""
    head = subject.head
    names = [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    names += [c for c in head.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < subject.i]
    out: list[str] = []
    for name in names:
        first = min(t.i for t in [name, subject, *name.subtree, *subject.subtree])
        between = subject.doc[min(name.i, subject.i) + 1 : max(name.i, subject.i)]
        if first != subject.sent.start or not all(t.text == "," or t.dep_ in ("compound", "flat") for t in between):
            continue
        out.extend(c for c in actor_for(name, ctx, None)[1] if c not in out)
    return out


def subject_holders(subject: Token, cue_token: Token, ctx: DocumentContext, last: Last) -> list[str]:
    """The parties a cue's subject stands for (empty when the text does not say)."""
    if names_a_body(subject) and any(c.dep_ == "auxpass" for c in cue_token.children):
        body = actor_for(subject, ctx, last)[0]
        if body is not None and body.role == "igo":
            return []  # "The G20 summit will be held …": an organisation's meeting binds no one of the pair
    if lemma(subject) in _words("instrument_subjects") or _project(subject, cue_token):
        announced = _announcer(subject, cue_token, ctx, last)
        if announced or not names_a_body(subject):
            return announced  # else the pair's own meeting, "the fifth session … will be convened": below
    if third_party(subject):
        # "All parties should …": the call is its speaker's, or the document's two parties' in a joint text
        return _announcer(subject, cue_token, ctx, last) or (list(ctx.main_parties) if len(ctx.main_parties) == 2 else [])
    if subject.lower_ in PRONOUNS and (found := _pronoun_holders(subject, cue_token, ctx, last)) is not None:
        return found
    actor, committed = actor_for(subject, ctx, last)
    committed = with_named_states(subject, committed) or _possessor(subject, cue_token, ctx, last)
    if not committed and is_collective(subject) and len(ctx.main_parties) == 2:
        committed = list(ctx.main_parties)  # "The leaders agreed …", "Both agreed …"
    return committed or standing_for(subject, cue_token, actor, ctx) or stance_owner.government_voice(subject, last)


def _project(subject: Token, verb: Token) -> bool:
    """ "the pipeline would be completed", "the crossing points would reopen": a project, not an actor, as subject."""
    return lemma(verb) in _announced() and not is_actor_head(subject) and verb.i != subject.i and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in verb.children)


@cache
def _announced() -> frozenset[str]:
    return frozenset(cues_data()["announced_projects"]["verbs"])


def _possessor(subject: Token, cue_token: Token, ctx: DocumentContext, last: Last) -> list[str]:
    """ "his government", "its ministry": whose they are (the speaker of a reported clause, else the last actor)."""
    poss = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in PRONOUNS), None)
    ours = cues_data()["possessed_governments"]["ours_only"] if poss is not None else ()  # "our envoys", not "the envoys"
    if not {lemma(subject), subject.lower_} & (_words("possessed_governments") | set(ours)):
        return []
    speaker = reported_speaker(cue_token)
    if poss is None:  # "the minister said the government would …", "… said the army would stay on alert"
        if speaker is None or speaker.i == subject.i or not definite_only(subject):
            return []
        return subject_holders(speaker, speaker.head, ctx, last if speaker.lower_ in PRONOUNS else None)
    if speaker is not None and speaker.lower_ not in PRONOUNS:
        return subject_holders(speaker, speaker.head, ctx, None)
    return list(actor_for(poss, ctx, last)[1])


def _announcer(subject: Token, cue_token: Token, ctx: DocumentContext, last: Last) -> list[str]:
    """ "Ghana said the new measures will …", "Britain's sanctions will …": whoever announces the measures."""
    for child in subject.children:
        if child.dep_ in ("poss", "amod", "compound") and child.lower_ not in PRONOUNS:  # also "the Serbian section"
            _actor, codes = actor_for(child, ctx, None)
            if codes:
                return list(codes)
    speaker = reported_speaker(cue_token)
    if speaker is None or speaker.i == subject.i:
        return []
    if speaker.lower_ in PRONOUNS:
        return list(actor_for(speaker, ctx, last)[1])
    return subject_holders(speaker, speaker.head, ctx, None)


_NOT_PEOPLE = {None, "government", "igo", "ministry", "parliament", "organisation", "organization"}


def standing_for(subject: Token, verb: Token, actor: Actor | None, ctx: DocumentContext) -> list[str]:
    """Parties of a subject that names none itself: a joint text ("a joint Saudi-French statement"), a form of
    state ("the Kingdom" where one main party is a kingdom), a body of the pair's own ("the Dialogue", "the
    joint commission"), an official the document does not place (the other side, where all it places are
    of one side)."""
    from pactline.language.parties import joint_parties

    main = ctx.main_parties
    joint = [c for c in joint_parties(subject.head) if c in main] if main else joint_parties(subject.head)
    if len(joint) >= 2:
        return joint
    if _bare_noun(subject):
        word = subject.lower_
        if word in _words("state_forms"):
            forms = [c for c in main if word in official_name(c).lower().split()]
            return forms if len(forms) == 1 else []  # "the Republic" where both are republics says nothing
        joint = any(c.lower_ in _markers() for c in subject.children)
        body = lemma(subject) in _words("joint_bodies") or joint and lemma(subject) in _words("joint_texts") or \
            meeting_anaphor(subject)
        # ("the next Annual Leaders' Dialogue": the leaders it names are no one's in particular)
        unplaced = actor is None or actor.role is None or actor.role == "government" and actor.country is None
        if body and len(main) == 2 and unplaced:
            return list(main)
    if actor is not None and actor.country is None and actor.role not in _NOT_PEOPLE and len(main) == 2:
        placed = {p.country for p in ctx.people.values() if p.country in main}
        if len(placed) == 1:
            return [c for c in main if c not in placed]  # "President Marcos", where only Japan's people are placed
    return []


def names_a_body(token: Token) -> bool:
    """ "the Summit", "the joint commission": a meeting or body, which is what a pledge about it concerns."""
    return is_body(token, _words("joint_bodies")) or lemma(token) in _words("joint_texts") or meeting_anaphor(token)


def pairs_own_body(token: Token) -> bool:
    """ "the Dialogue", "the fifth Joint Commission": the pair's own body, none else named ("the BRICS Summit")."""
    return names_a_body(token) and _bare_noun(token)


def _bare_noun(subject: Token) -> bool:
    """ "the Kingdom", "the Dialogue", "the joint commission", "the next Intergovernmental Summit": no name of its
    own beside it (words of the pair's own series, "joint", "next", "fifth", may stand beside it)."""
    return subject.pos_ in ("NOUN", "PROPN") and not any(
        c.dep_ in ("compound", "poss", "prep", "nmod", "amod") and not _own_modifier(c) for c in subject.children)


def _own_modifier(word: Token) -> bool:
    """ "next", "fifth", "XIII", "High-Level" (told in three tokens), "of the joint council", and a body of the
    pair's own that names the meeting ("the Joint Commission meeting")."""
    own = _markers() | _words("meeting_sequence")
    told = "".join(t.text_with_ws for t in word.subtree).strip().lower()
    return (word.lower_ in own or told in own or _of_a_body(word) or _series_number(word)
            or word.dep_ == "compound" and names_a_body(word) and _bare_noun(word) or field_word(word))


def _series_number(token: Token) -> bool:
    """ "the XIII High-Level Meeting", "the 14th session": the number of a meeting in its series."""
    return bool(re.fullmatch(r"[IVXLC]{1,6}|\d{1,3}(?:st|nd|rd|th)", token.text))


def _of_a_body(prep: Token) -> bool:
    """ "the fifth session of the bilateral council": a meeting of the pair's own body."""
    if prep.dep_ != "prep" or prep.lower_ != "of":
        return False
    body = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return body is not None and names_a_body(body) and _bare_noun(body) and (
        is_body(body, _words("joint_bodies")) or any(c.lower_ in _markers() for c in body.children))


@cache
def _markers() -> frozenset[str]:
    return frozenset(cues_data()["joint_texts"]["markers"])


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(cues_data()[key]["words"])


@cache
def official_name(code: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    return (getattr(country, "official_name", None) or getattr(country, "name", "")) if country else ""


_OPEN, _CLOSE, _BOTH = "“‘", "”", '"'
_QUOTE_MARK = re.compile(f"[{_OPEN}{_CLOSE}{_BOTH}]")
FIRST_PERSON = {"i", "we"}
COMMENTATOR = "commentator"  # a speaker whose words are context: analysts, experts, introduced researchers


class QuoteSpeakers:
    """Who speaks each quotation of a document, also when it runs over several sentences or paragraphs (news
    style: each quoted paragraph opens with a quote mark): "He said: “… . [next paragraph] “… I will …”" — the
    "I" of the later sentences is the speaker named where the quotation opened; and a quotation in a
    commentator's mouth ("… ,” Mensah said", Mensah introduced as a researcher) is no party's word."""

    def __init__(self, text: str, ctx: DocumentContext) -> None:
        self.text = text
        self.ctx = ctx
        self.commentators = commentator_parts(text)
        self.nonstate = frozenset(cues_data()["nonstate_subject_heads"])
        self.inside: dict[str, bool] = {}
        self.speaker: dict[str, list[str] | str] = {}
        self.end: dict[str, int] = {}
        self.quoted: list[bool] = []
        self.here: list[str] | str | None = None  # the speaker a verb of this sentence names, outside its quotes
        self.span: Any = None
        self.spokes: dict[str, list[str]] = {}  # an unplaced official's name -> the government he speaks for
        self.ahead: dict[int, Any] = {}  # sentence start -> the speaker named where its quotation closes (quote_ahead)

    def learn_spokespeople(self, sentences: list[Any]) -> None:
        """ "The Togolese government has lodged a protest …, spokesman X said": X speaks for that government,
        though the document never places him."""
        reporting = _reporting()
        for span in sentences:
            for tok in span:
                if tok.pos_ != "VERB" or lemma(tok) not in reporting:
                    continue
                speaker = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
                before = tok.doc[tok.i - 1] if tok.i > 0 else None
                if speaker is None and before is not None and before.pos_ == "PROPN":
                    speaker = before  # "…, Chief Cabinet Secretary Hirokazu Matsuno said", the name misparsed
                clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
                said = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
                if speaker is None or said is None or actor_for(speaker, self.ctx, None)[1]:
                    continue
                codes = actor_for(said, self.ctx, None)[1]
                if len(codes) == 1:
                    self.spokes.setdefault(speaker.text, codes)

    def is_commentator(self, token: Token) -> bool:
        words = {t.text for t in token.subtree if t.dep_ in ("compound", "flat") or t.i == token.i}
        return lemma(token) in self.nonstate or bool(words & self.commentators)

    def _starts_inside(self, seg_id: str, start: int, sentence: str) -> bool:
        between = self.text[self.end.get(seg_id, start) : start]
        if "\n" in between or seg_id not in self.end:
            return sentence.lstrip()[:1] in _OPEN + _BOTH  # a new paragraph opens (or continues) a quote
        return self.inside.get(seg_id, False)

    def begin(self, seg_id: str, start: int, sentence: str, span: Any, last: Last) -> None:
        """Read a sentence's quotation marks and the speaker its verbs of speaking name outside them."""
        self.quoted = _quoted_chars(sentence, self._starts_inside(seg_id, start, sentence))
        self.span, self.here, ahead, self.start = span, None, self.ahead.get(start), start
        if ahead is not None and span is not None:  # "“… . …,” Lula said": the speaker named after the last sentence
            self.here = COMMENTATOR if self.is_commentator(ahead) else subject_holders(ahead, ahead.head, self.ctx, last) or None
        if span is None or not any(c in sentence for c in _OPEN + _CLOSE + _BOTH):
            return
        reporting = _reporting()
        for tok in span:
            if tok.pos_ != "VERB" or lemma(tok) not in reporting or self._in_quote(tok):
                continue  # only a verb of speaking outside the quotation names its speaker
            subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or subject.lower_ in FIRST_PERSON:
                continue
            if self.is_commentator(subject):
                self.here = COMMENTATOR
                return
            codes = subject_holders(subject, tok, self.ctx, last)
            if codes:
                self.here = codes
                return

    def in_quote(self, token: Token) -> bool:
        """Whether the token stands inside a quotation of the sentence begun last."""
        return self._in_quote(token)

    def _in_quote(self, token: Token) -> bool:
        if not self.quoted:
            return False
        return self.quoted[min(max(token.idx - self.span.start_char, 0), len(self.quoted) - 1)]

    def speaker_of(self, seg_id: str, token: Token) -> list[str] | str | None:
        """The speaker of the quotation ``token`` stands in (COMMENTATOR for a commentator), else None."""
        if not self._in_quote(token):
            return None
        return self.here if self.here is not None else self.speaker.get(seg_id)

    def finish(self, seg_id: str, end: int) -> None:
        self.inside[seg_id], self.end[seg_id] = self.quoted[-1] if self.quoted else False, end
        if self.here is not None:
            self.speaker[seg_id] = self.here


def _quoted_chars(sentence: str, inside: bool) -> list[bool]:
    """For each character, whether it lies inside a quotation (quote marks count as inside)."""
    out: list[bool] = []
    for m in _QUOTE_MARK.finditer(sentence):  # the stretch before a mark keeps the state; the mark is inside
        i, char = m.start(), m.group()
        out += [inside] * (i - len(out))
        out.append(True)
        inside = char in _OPEN or char in _BOTH and (i == 0 or sentence[i - 1].isspace() or sentence[i - 1] in "([—–-:")
    out += [inside] * (len(sentence) - len(out))
    return out


def own_relative_stance(cue: Cue, subject: Token | None) -> bool:
    """ "the vote, which Chile denounced as illegal", "a ruling Peru rejected": a rejection (or a stance told on an
    occasion, stance_owner.occasion_clause) with a named actor as subject; a view said there by anyone (said_in_relative)."""
    named = subject is not None and subject.dep_ == "nsubj" and subject.head.i == cue.token.i and subject.lower_ not in PRONOUNS
    return cue.kind == "position" and (stance_owner.said_in_relative(cue.token) or cue.token.dep_ == "relcl" and named and (
        cue.modality in ("condemn", "oppose") or occasion_clause(cue.token)) and is_actor_head(subject))
