"""Page navigation (breadcrumbs, menus of short links) is furniture: never a title, an event or a pledge."""

import pytest

from pactline.reading.segment import Block, _classified, classify
from tests.helpers import extract_text


@pytest.mark.parametrize(
    "line,role",
    [
        ("Home > Noticias > Joint Declaration", "boilerplate"),
        ("Inicio » Prensa » Comunicados", "boilerplate"),
        ("Home | News | Activities | Speeches", "boilerplate"),
        # a breadcrumb ending in a long page title, a menu after the site's name, tag and topic lines
        ("Home > Press Office > Releases > Minister Okafor's Meeting with Chilean Foreign Minister Soto", "boilerplate"),
        ("MINISTRY OF FOREIGN AFFAIRS GHANA | Home About Newsroom Speeches Contact", "boilerplate"),
        ("Home Latest World Business Markets Opinion | Sign in Subscribe", "boilerplate"),
        ("Keywords #Ghana #Chile #trade talks", "boilerplate"),
        ("Topics: Ghana, Chile, Maritime security", "boilerplate"),
        ("Tags", "boilerplate"),
        # a wire story's credit lines
        ("Associated Press writer Maria Lopez in Lima contributed.", "boilerplate"),
        ("Reuters reporters Ana Silva in Santiago and Tom Reed in Lima contributed to this report.", "boilerplate"),
        ("(Reporting by Ana Silva in Quito; Editing by Tom Reed)", "boilerplate"),
        # a headline about a home minister stays a heading
        ("Home Minister Okafor visits Santiago for security talks", "heading"),
        # a headline with its outlet, or with a slash, stays a heading
        ("Chile and Peru agree to reopen border crossings | EFE", "heading"),
        ("Chile / Peru: ministers agree to reopen border", "heading"),
    ],
)
def test_navigation_lines_are_boilerplate(line, role):
    assert classify(Block(0, len(line), line, "body"), line).role == role


def test_a_breadcrumb_naming_a_joint_text_is_no_event():
    text = ("Gobierno de Chile\nHome > Noticias > Joint Declaration\n\nJoint Declaration of Chile and Peru\n\n"
            "The two Presidents met in Lima on 3 May 2024.")
    events = extract_text(text, published=None).events
    assert not [e for e in events if "Home" in e.evidence[0].quote], [(e.type, e.evidence[0].quote) for e in events]


def test_a_menu_line_with_a_signing_word_is_no_event():
    text = ("Daily Ledger\nHome Latest World Business Markets Opinion | Sign in Subscribe\n\n"
            "Ghana and Chile agree to expand trade\n\nThe two Presidents met in Accra on 3 May 2024.")
    events = extract_text(text, published=None).events
    assert not [e for e in events if "Subscribe" in e.evidence[0].quote], [(e.type, e.evidence[0].quote) for e in events]


def test_the_outlets_name_above_a_story_is_no_event():
    text = ("Jordan Press Agency\n\nKing receives Omani minister\n\nAmman, July 09, 2024 -- King Abdullah II received "
            "the Omani foreign minister.")
    events = extract_text(text, published=None).events
    assert events and not [e for e in events if e.evidence[0].quote == "Jordan Press Agency"]


@pytest.mark.parametrize(
    "line,above,role",
    [
        # above the story, a site menu that opens with a related-stories marker's words is navigation
        ("Top Stories  World  Business  Video  Sign in", True, "boilerplate"),
        ("Latest News Politics Economy Sport Weather", True, "boilerplate"),
        # after the story, the marker alone, or with a colon and a story's title, opens related stories
        ("Top Stories", False, "related_marker"),
        ("Related coverage", False, "related_marker"),
        ("Related: Chile and Peru reopen the Chacalluta crossing", False, "related_marker"),
        ("More from Reuters", False, "related_marker"),
    ],
)
def test_menu_after_a_related_marker_is_navigation(line, above, role):
    story = "Chile recalls envoy from Peru\n\nLIMA — Chile recalled its ambassador from Peru on Monday."
    page = f"Daily Ledger\n{line}\n\n{story}" if above else f"{story}\n\n{line}\n\nPeru and Bolivia sign a gas deal"
    assert next(b.role for b in _classified(page) if b.text == line) == role


def test_a_menu_line_above_the_story_does_not_hide_it():
    text = ("Daily Ledger\nTop Stories  World  Video  Listen  Sign in\n\nChile recalls envoy from Peru\n\n"
            "By ANA ROJAS\n\nLIMA (AP) — Chile called on Peru to release the detained fishermen. "
            "Peru's president said he regretted the decision.")
    records = extract_text(text, published="2024-05-02").commitments
    assert [r.kind for r in records] == ["position", "position"], [(r.kind, r.text) for r in records]
@pytest.mark.parametrize("menu", ["Top Stories World Video Listen Sign in", "Most Read Topics ▾ Podcasts Newsletters"])
def test_a_menu_bar_opening_with_a_related_marker_keeps_the_story(menu):
    text = (f"Harbour Wire\n{menu}\n\nGhana expels Chilean envoy over trade row\n\nPublished 3 May 2024\n\n"
            "ACCRA — Ghana on Friday ordered Chile's ambassador out within three days.")
    events = extract_text(text, published=None).events
    assert [e for e in events if e.type == "SANCTION"], [(e.type, e.evidence[0].quote) for e in events]


def test_a_related_marker_after_the_story_still_closes_it():
    text = ("Ghana expels Chilean envoy over trade row\n\nACCRA, 3 May 2024 — Ghana ordered Chile's ambassador to "
            "leave the country.\n\nTop Stories World Video Listen\n\nPeru and Bolivia sign a gas deal\n\n"
            "Peru and Bolivia signed a gas supply agreement in Lima.")
    events = extract_text(text, published=None).events
    assert not [e for e in events if "Bolivia" in e.evidence[0].quote], [(e.type, e.evidence[0].quote) for e in events]


@pytest.mark.parametrize("link", ["[Related] Ruto meets Museveni in Entebbe", "Read Next: Ruto and Museveni meet in Entebbe",
                                  "[See also] Ruto meets Museveni in Entebbe"])
def test_a_link_to_another_story_inside_the_body_is_no_event_and_the_body_goes_on(link):
    text = ("NAIROBI, May 3 (Wire) - Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on "
            "Friday, and the two leaders discussed the railway and fuel imports in talks at State House.\n\n"
            f"{link}\n\n"
            "Kenya's foreign ministry said the two presidents also called for a ceasefire in South Sudan, where fighting "
            "has displaced thousands of people in recent weeks.")
    result = extract_text(text, published="2024-05-03")
    quotes = [ev.quote for e in result.events for ev in e.evidence]
    assert not any("Entebbe" in q for q in quotes)
    assert any("ceasefire" in q for q in quotes)
