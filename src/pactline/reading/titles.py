"""Whether a heading can be a document's title: a headline, never site furniture, a field or a caption.

A page opens with lines that look like headings (short, no full stop): the site's name, navigation, a
byline, "Press release 419", a photo caption, the headline and its standfirst. A line reads as a headline
when it has no pipe-separated fields, matches none of the furniture patterns in boilerplate.json ("titles") and no caption's position marks,
and has five words or more (four that say what happened) or names a kind of text or act ("Japan–Mongolia Summit Meeting", "Joint
Statement"), so "The White House" or "Palazzo Chigi" is never a title. Of those, the title is the first that
sums up the article's opening paragraphs (shares enough of their content words): the site's or ministry's
name ("Ministry of Foreign Affairs of Japan") shares little, and the headline comes before its standfirst.
"""

from __future__ import annotations

import re
from functools import cache

from pactline.core import vocab
from pactline.language.headlines import caption_form


@cache
def _furniture() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in vocab.load("boilerplate.json")["titles"]["not_title"]), re.I)


@cache
def _kind_words() -> frozenset[str]:
    return frozenset(w.lower() for w in vocab.load("boilerplate.json")["titles"]["kind_words"])


def reads_as_headline(line: str) -> bool:
    """Whether ``line`` (a heading of the page's header) reads as a headline."""
    text = " ".join(line.split())
    words = re.findall(r"[^\W\d_][\w'’.-]*", text)
    # the furniture patterns see the line as written: a menu is words set apart by runs of spaces
    if "|" in text or not 2 <= len(words) <= 40 or _furniture().search(line.strip()):
        return False
    if caption_form(text) != text:
        return False  # a photo caption's position marks ("X, left, and Y", "X (R)"): language/headlines.py
    if _SCHEDULE_ITEM.match(text):
        return False  # an item of a programme or a live page at its clock time ("09:30 Wreath-laying at …")
    if _menu(text, words):
        return False
    kind = any(w.lower().strip(".") in _kind_words() for w in words)
    # "Ministry of Foreign Affairs of Chile (Unofficial translation)": a name with a note in brackets is a name
    named = re.findall(r"[^\W\d_][\w'’.-]*", re.sub(r"\s*[(\[][^)\]]*[)\]]", "", text))
    if not kind and (_institution_name(words) or named != words and _institution_name(named)):
        return False
    if _topic_heading(text):
        return True
    # a short line is a headline when it says what happened ("Russia expels 10 diplomats"): two lower-case
    # words that are not function words; "Prime Minister of Australia" or "The Royal Court" is a name
    said = sum(w[0].islower() and w not in _FUNCTION_WORDS for w in words)
    return kind or len(words) >= 5 or (len(words) == 4 and said >= 2) or (len(words) == 3 and said >= 1)


_SCHEDULE_ITEM = re.compile(r"(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*(?:[ap]\.?m\.?|hrs?))?\s+(?!(?:per|pc|%|[mb]illion|tr))\S",
                            re.I)
_FUNCTION_WORDS = frozenset("of the and for de du des del da do la le & on".split())
_NAMES = r"[A-ZÀ-Þ][\w'’.-]*(?: (?:[A-ZÀ-Þ][\w'’.-]*|of|and|the|for)){0,4}"


def _topic_heading(text: str) -> bool:
    """A heading that names a place and a topic of it as two names set apart by a colon, as a parliament's record
    or a ministry's page titles its items ("Sudan: Humanitarian Access", "Northern Islands: Fisheries"); a field
    and its value ("Tags: Kenya", "Location: Lusaka") is none."""
    from pactline.language.places import place_country

    found = re.fullmatch(rf"(?P<a>{_NAMES}):\s+(?P<b>{_NAMES})", text)
    if not found or found.group("a").lower() in vocab.load("boilerplate.json")["titles"]["field_labels"]:
        return False
    return any(place_country(found.group(k)) is not None for k in ("a", "b"))

_LINKING_WORDS = _FUNCTION_WORDS | frozenset("a an to in at with by from as over after into".split())


def _menu(text: str, words: list[str]) -> bool:
    """A site's menu ("National Politics Opinion Money Sports Culture & Lifestyle"): seven or more capitalised
    words, no punctuation but "&" and hyphens, and none of the small words that link a headline's phrases
    (a long headline in title case has them: "Kenya And Ghana Agree To …"; a short one may not: "Foreign
    Minister Receives Iranian Counterpart")."""
    if len(words) < 7 or re.search(r"[^\w\s&'’-]", text):
        return False
    return all(w[0].isupper() and w.lower() not in _LINKING_WORDS for w in words)


@cache
def _institution_words() -> frozenset[str]:
    return frozenset(w.lower() for w in vocab.load("boilerplate.json")["titles"]["institution_words"])


def _institution_name(words: list[str]) -> bool:
    """ "Ministry of Foreign Affairs, Kingdom of Thailand", "THE UNITED REPUBLIC OF TANZANIA": a name, no verb."""
    named = all(w[0].isupper() or w.lower() in _FUNCTION_WORDS for w in words)
    return named and len(words) <= 12 and any(w.lower() in _institution_words() for w in words)


_STOP = frozenset("""about after against also among amid and are as at be been before between both but by for from has
have into its new not of on over said says the their this to under was were while will with""".split())


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]{3,}", text.lower()) if w not in _STOP}


_NAV_SPLIT = re.compile(r"\s{2,}|\s+[/>»›▸|]\s+")


def navigation_line(line: str) -> bool:
    """A site's menu or breadcrumb set as one line: three or more short items set apart by runs of spaces or by
    " / ", " > ", " | " ("Top Stories  Topics ▾  Video  Sign in", "Inicio  /  Prensa  /  Comunicados")."""
    items = [i for i in _NAV_SPLIT.split(line.strip()) if i.strip()]
    # a breadcrumb may end in the page's own title ("Home > Speeches > Press Conference by the Prime Minister")
    return len(items) >= 3 and all(len(i.split()) <= (12 if n == len(items) - 1 else 4)
                                   and not re.search(r"[.!?;,]$", i) for n, i in enumerate(items))


def sums_up(line: str, lead: str, share: float = 0.3) -> bool:
    """Whether at least ``share`` of the line's content words recur in the opening paragraphs ``lead``."""
    words = _content(line)
    if not words:
        return False
    found = _content(lead)
    # "Malaysian" in a line, "Malaysia" in the lead: a stem of five letters is enough
    stems = {w[:5] for w in found}
    return sum(w in found or w[:5] in stems for w in words) / len(words) >= share


def _undated(line: str) -> str:
    """A headline without the page's date set before it ("9 March 2023 - Kenya and Ghana agree …")."""
    from pactline.language.dates import find_dates

    found = find_dates(line[:40])
    if found and found[0].start == 0 and found[0].confidence == "stated":
        rest = re.match(r"\s*[-–—|:]\s+(.{20,})$", line[found[0].end :])
        if rest and reads_as_headline(rest.group(1)):
            return rest.group(1)
    return line


def headlines(lines: list[str]) -> tuple[str, ...]:
    """The header lines (in page order) that read as headlines: the title and its deck ("standfirst"). Of a
    line of fields ("POLITICS | Kenya and Ghana agree …", "Kenya and Ghana agree … | Daily Nation"), the one
    field that reads as a headline beside short labels."""
    found = []
    for n, line in enumerate(lines):
        if reads_as_headline(line):
            nxt = " ".join(lines[n + 1].split()) if n + 1 < len(lines) else ""
            found.append(f"{line.strip()} {nxt}" if nxt and _continued(line, nxt) else line.strip())
            continue
        if "|" not in line:
            continue
        fields = [f.strip() for f in line.split("|") if f.strip()]
        # a field in lower case where it says what happened: "The Hon Anthony Albanese MP | …" is a name
        heads = [f for f in fields if reads_as_headline(f) and re.search(r"\s[a-z]{3,}", f)]
        if len(fields) > 1 and len(heads) == 1 and all(f in heads or len(f.split()) <= 4 for f in fields):
            found.append(heads[0])
    return tuple(found)


_CONTINUES = re.compile(r"^(?:between|and|of|on|for|to|with|in|at|concerning|regarding)\s", re.I)


def _continued(line: str, nxt: str) -> bool:
    """Whether ``nxt`` goes on with the headline ``line``, wrapped onto a second line as a PDF sets a long heading
    ("JOINT DECLARATION ON THE LAUNCH OF THE PARTNERSHIP" / "BETWEEN CHILE AND PERU"): a short line that opens with
    a linking word, in the same case, under a line that does not end a sentence or a field."""
    head = " ".join(line.split())
    return bool(_CONTINUES.match(nxt)) and len(nxt.split()) <= 8 and not re.search(r"[.!?:;,]$", head) \
        and head.isupper() == nxt.isupper() and not reads_as_headline(nxt) and not _furniture().search(nxt)


def pick_title(heads: tuple[str, ...], lead: str) -> str | None:
    """The title among an article's headlines (in page order), given its opening paragraphs."""
    candidates = [_undated(" ".join(line.split())) for line in heads]
    if not candidates:
        return None
    if not lead:
        return candidates[0]
    k = next((k for k, c in enumerate(candidates) if sums_up(c, lead)), 0)
    # a headline above its longer standfirst ("Israel and Hezbollah trade heavy fire" / "Israel says it struck …
    # ; Hezbollah says …") is the title though the standfirst repeats more of the opening paragraphs
    if k and _over_its_deck(candidates[k - 1], candidates[k], lead):
        k -= 1
    return candidates[k]


def _over_its_deck(line: str, deck: str, lead: str) -> bool:
    """Whether ``line`` is a headline in sentence case above its longer standfirst ``deck``, and about the story;
    a menu or a name in capitals ("The President Latest news Resources Contact") is none."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", line)
    capitalised = sum(w[0].isupper() for w in words[1:] if w.lower() not in _LINKING_WORDS)
    said = sum(w[0].islower() for w in words if w.lower() not in _LINKING_WORDS)
    return len(deck.split()) >= 12 and len(deck.split()) >= len(words) + 3 and said > 2 * capitalised \
        and sums_up(line, lead, 0.15)


def _headline_as_paragraph(text: str) -> bool:
    """A page's first paragraph that is its headline, set as a sentence ("Can Kenya and Ghana end their border
    row?", "KENYA AND GHANA SIGN BORDER DEAL."): short, one sentence, more paragraphs after it."""
    line = " ".join(text.split())
    words = line.split()
    return 5 <= len(words) <= 14 and bool(re.search(r"[.?!][\"”’]?$", line)) and not re.search(r"[.?!]\s", line[:-1]) \
        and reads_as_headline(line.rstrip(".?!"))


class Headers:
    """Each article's header lines (those before its first paragraph) and its first paragraphs, gathered
    block by block as the page is segmented; then each article's title and headlines."""

    def __init__(self) -> None:
        self._heads: dict[int, list[str]] = {}
        self._leads: dict[int, list[str]] = {}
        self._below_menu: dict[int, int] = {}  # heads after the header's last menu or breadcrumb line
        self._first: dict[int, list[tuple[str, str]]] = {}  # the header's first two lines: (role, text)
        self._dated: set[str] = set()  # header lines read as date lines

    def observe(self, role: str, text: str, article: int) -> None:
        if article not in self._leads and len(self._first.setdefault(article, [])) < 2:
            self._first[article].append((role, text.strip()))
        if article not in self._leads and navigation_line(text):
            self._below_menu[article] = len(self._heads.get(article, []))
        # a date line may head the page ("PM call with Prime Minister X of Japan: 30 March 2023")
        elif role in ("heading", "section", "dateline") and article not in self._leads:
            self._heads.setdefault(article, []).append(text)
            if role == "dateline":
                self._dated.add(" ".join(text.split()))
        elif role == "body" and len(text.split()) >= 5 and len(self._leads.setdefault(article, [])) < 3:
            self._leads[article].append(text)  # a paragraph, not a stray word ("Africanews.") above the header

    def titles(self) -> dict[int, str]:
        found = {n: pick_title(self._past_masthead(n, heads), " ".join(self._leads.get(n, [])))
                 for n, heads in self.decks().items()}
        for n, leads in self._leads.items():
            if not found.get(n) and len(leads) > 1 and _headline_as_paragraph(leads[0]):
                found[n] = leads[0].strip()
        return {n: title for n, title in found.items() if title}

    def _past_masthead(self, article: int, heads: tuple[str, ...]) -> tuple[str, ...]:
        """The headlines below the header's menu line when there are any: what stands above the menu is the
        site's masthead ("Prime Minister of Australia — The Hon …", "Presidencia de la República")."""
        first = self._first.get(article, [])
        if len(first) == 2 and first[0][0] in ("heading", "section") and first[1][0] == "boilerplate":
            heads = tuple(h for h in heads if h != first[0][1]) or heads  # the site's name above its menu
        cut = self._below_menu.get(article)
        if not cut:
            return heads
        return self._undated_heads(self._heads[article][cut:]) or heads

    def decks(self) -> dict[int, tuple[str, ...]]:
        """Each article's headlines; a date line among them ("State House, Lusaka, 9 March 2023 — Transcript")
        only when no other line reads as one."""
        return {n: self._undated_heads(lines) for n, lines in self._heads.items()}

    def _undated_heads(self, lines: list[str]) -> tuple[str, ...]:
        heads = headlines(lines)
        kept = tuple(h for h in heads if " ".join(h.split()) not in self._dated)
        return kept or _programme_name(lines, self._dated) or heads


def _programme_name(lines: list[str], dated: set[str]) -> tuple[str, ...]:
    """A broadcast's or a series' name in capitals above its dated stamp ("THE EVENING REPORT" over "Transcript: 4
    May 2024"), the title of a transcript with no headline; never an institution's name or a place."""
    from pactline.language.places import place_country

    for n, line in enumerate(lines):
        text = " ".join(line.split())
        words = re.findall(r"[^\W\d_][\w'’.-]*", text)
        if not any(" ".join(later.split()) in dated for later in lines[n + 1 :]):
            break
        if text.isupper() and 2 <= len(words) <= 6 and not _furniture().search(text) and not navigation_line(text) \
                and not _institution_name([w.title() for w in words]) and place_country(text.title()) is None:
            return (text,)
    return ()
