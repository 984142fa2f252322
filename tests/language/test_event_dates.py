"""Event dates: the governing time expression, never a background or future date; the occasion's date."""


import pytest

from tests.helpers import extract_text


def _dates(text, published):
    return [(e.type, e.date) for e in extract_text(text, published=published).events]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a future term inside the verb's object never dates a past agreement
        ("Chile and Peru agreed on Monday to double trade by 2030.", "2024-06-28", "2024-06-24"),
        ("Kenya and Ghana agreed to cut tariffs by 2030.", "2024-06-28", "2024-06-28"),
        # "since …" opens a period: the meeting is dated by the document
        ("Kenyan President William Ruto met Ghanaian President John Mahama for the third time since November last year.",
         "2024-06-28", "2024-06-28"),
    ],
)
def test_governing_date(text, published, expected):
    assert _dates(text, published)[0][1] == expected


def test_background_date_dates_only_its_sentence():
    text = ("Peru lodged a protest with Chile on Friday over border drills. "
            "The islands were seized in 1879. Peru condemned the drills.")
    dates = _dates(text, "2024-03-28")
    assert dates[0][1] == "2024-03-22"
    assert all(not d.startswith("1879") for _t, d in dates[1:] if d)


def test_event_dated_only_by_the_document_takes_the_occasion_date():
    text = ("Kenyan President William Ruto and Ghanaian President John Mahama held talks in Nairobi on Sunday. "
            "The two leaders agreed to open a direct flight.")
    dates = _dates(text, "2024-05-27")
    assert dates[0] == ("CONSULT", "2024-05-26")
    assert dates[1][1] == "2024-05-26"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a document without a date of its own: a month-day takes the year the text gives elsewhere
        ("Chile and Peru on March 3 issued a joint declaration marking a State visit to Chile. "
         "1. The President of Peru, H.E. Mr. Pedro Castro, is on a State visit to Chile from March 2-4, 2019.",
         "2019-03-03"),
        ("Ghana and Kenya on 12 October signed a visa waiver agreement during talks held in Accra on 11-12 October 2021.",
         "2021-10-12"),
    ],
)
def test_undated_document_resolves_month_days_with_the_text_year(text, expected):
    assert _dates(text, None)[0][1] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an undated joint statement: events without a time of their own take the occasion's date
        ("The Foreign Ministers of Chile and Peru met in Santiago to open the Chile-Peru Strategic Dialogue. "
         "The Dialogue, held 4-5 March 2019, reviewed cooperation. They condemned the attacks on shipping.",
         "2019-03-04"),
        ("Ghanaian Foreign Minister Ama Mensah held talks with Kenyan Foreign Minister Paul Otieno in Nairobi on 7 May 2022. "
         "They discussed trade and agreed to open a new air route.", "2022-05-07"),
    ],
)
def test_undated_events_of_an_undated_document_take_the_occasion_date(text, expected):
    dates = _dates(text, None)
    assert dates and all(d == expected for _t, d in dates), dates


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a scheduled act's weekday is the coming one
        ("President Boric is expected to meet President Arce on Monday.", "2024-05-05", "2024-05-06"),
        ("President Boric landed in La Paz on Sunday. He is expected to have lunch Sunday with President Arce, "
         "before the consultations Monday.", "2024-05-05", "2024-05-06"),
        # a reported act's weekday is the last one
        ("President Boric met President Arce on Monday.", "2024-05-08", "2024-05-06"),
    ],
)
def test_weekday_of_a_planned_act_is_ahead(text, published, expected):
    events = extract_text(text, published=published).events
    assert any(e.date == expected for e in events), [(e.type, e.date, e.planned) for e in events]


@pytest.mark.parametrize(
    "published, expected",
    [
        ("2023-12-07", "2024"),  # told in December: the coming spring
        ("2023-02-07", "2023"),  # told in February: this year's
    ],
)
def test_season_of_a_planned_act_is_the_coming_one(published, expected):
    text = "President Boric is expected to pay a visit to La Paz in the spring, his spokesman said."
    events = extract_text(text, published=published).events
    assert [e.date for e in events if e.planned] == [expected], [(e.type, e.date, e.planned) for e in events]


@pytest.mark.parametrize(
    "text,published,kind,expected",
    [
        # a date in a clause that modifies the object belongs to that clause's act
        ("The Presidents of Peru and Chile expressed satisfaction with the progress of the partnership established "
         "in 2008.", "2025-07-09", "SUPPORT", "2025-07-09"),
        ("Ghana's army said it had launched air strikes on rebel camps in Togo, which it blamed for an attack on a "
         "police post on Saturday.", "2024-03-18", "ASSAULT", "2024-03-18"),
        ("The Presidents of Zambia and Malawi held talks in restricted and expanded formats, and co-chaired the commission "
         "established under the decision taken in Lusaka in 2019.", "2022-12-22", "CONSULT", "2022-12-22"),
        ("In the phone call, both sides reviewed ties between Oman and Yemen since the accord signed "
         "in Riyadh in March 2022.", "2024-07-09", "CONSULT", "2024-07-09"),
    ],
)
def test_date_inside_a_modifier_of_the_object_does_not_date_the_act(text, published, kind, expected):
    events = [e for e in extract_text(text, published=published).events if e.type == kind]
    assert events and events[0].date == expected, [(e.type, e.date) for e in events]


def test_a_date_carried_over_is_the_one_of_the_earlier_sentence_act():
    text = ("The President of Uruguay paid a State Visit to Paraguay on 9 July 2025, following his attendance at the "
            "summit held in Asunción on 6 and 7 July. The Presidents expressed satisfaction with the growth of trade.")
    events = [e for e in extract_text(text, published="2025-07-09").events if e.type == "SUPPORT"]
    assert events and events[0].date == "2025-07-09", [(e.type, e.date) for e in events]


@pytest.mark.parametrize(
    "text,expected",
    [
        # "N days after X did …": X's act is dated from the head clause's day, not given that day
        ("Sudan shelled a border post in Chad on Thursday, two days after Chad expelled Sudan's ambassador.",
         [("ASSAULT", "2024-06-27"), ("SANCTION", "2024-06-25")]),
        ("Kenya recalled its envoy from Uganda on 20 June, a week after Uganda closed the border with Kenya.",
         [("SANCTION", "2024-06-20"), ("SANCTION", "2024-06-13")]),
    ],
)
def test_an_act_told_days_after_or_before_another_is_dated_from_it(text, expected):
    assert sorted(_dates(text, "2024-06-28")) == sorted(expected)


_JOINT = ("Joint Declaration of the Third Uruguay–Paraguay Binational Meeting\n\n"
          "The Third Binational Meeting between Uruguay and Paraguay took place in Asunción on 14 and 15 May 2024, "
          "co-chaired by the two Presidents.\n\n"
          "Before the meeting, the Foreign Minister of Uruguay held a telephone call with the Foreign Minister of Paraguay. "
          "On the evening of 14 May, the President of Paraguay hosted a dinner for the Uruguayan delegation.\n\n"
          "The two Presidents welcomed the progress of the river waterway project and reaffirmed their commitment "
          "to regional integration.\n\n"
          "They condemned terrorism in all its forms.")


@pytest.mark.parametrize("etype", ["SUPPORT", "PROTEST"])
def test_joint_text_stance_is_dated_by_the_text_not_by_its_first_evening(etype):
    # a stance of a joint declaration is the declaration's act, of its own date (the occasion's last day),
    # not the day of a dinner an earlier sentence dates
    dates = dict((t, d) for t, d in _dates(_JOINT, "2024-05-15") if t == etype)
    assert dates[etype] == "2024-05-15"


def test_stance_in_plain_news_still_carries_the_day_of_the_sentence_before():
    text = ("Kenyan President William Ruto held talks with Ghanaian President John Mahama in Nairobi on Sunday. "
            "Ruto welcomed Ghana's support for the regional trade corridor.")
    dates = dict(_dates(text, "2024-05-28"))
    assert dates["SUPPORT"] == "2024-05-26"


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a reaction with no time of its own follows the day its after-clause names
        ("Bolivia expelled Peru's ambassador after protesters attacked the Bolivian consulate in Tacna early on "
         "Thursday.", "2024-06-15", "2024-06-13"),
        # an after-clause of history gives no day to the news
        ("Kenya recalled its ambassador from Uganda after talks collapsed in 2019.", "2024-06-15", "2024-06-15"),
    ],
)
def test_reaction_dated_by_its_after_clause(text, published, expected):
    assert _dates(text, published)[0][1] == expected


@pytest.mark.parametrize(
    "page",
    [
        # a headline gives no day: the story's own day for the same act is its (a view counter under it is no title)
        "WORLD NEWS\nGhana expels Togolese ambassador as row with Lomé deepens\nReading time: 3 minutes   Views: 4,210\n"
        "ACCRA — Ghana's government on Monday ordered the Togolese ambassador to leave the country within 48 hours.\n",
        "Peru suspends flights to Quito in widening row\n2 min read\n"
        "LIMA — Peru's government on Monday suspended all flights to and from Quito, the transport ministry said.\n",
    ],
)
def test_headline_act_takes_the_day_the_story_gives_it(page):
    events = extract_text(page, published="2024-06-25").events
    headline = [e for e in events if e.evidence[0].quote.split()[0] in ("Ghana", "Peru") and e.evidence[0].start < 80]
    assert headline and all(e.date == "2024-06-24" for e in headline)


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a plan whose own clause gives no time takes the sentence's time still to come, not the text's day
        ("The Presidents of Uruguay and Argentina met in Buenos Aires on Friday. The next joint session of the two "
         "governments is expected to take place in Uruguay in 2026.", "2024-10-25", "2026"),
        ("The leaders agreed that their trade ministers will meet annually, and that a Ghana-Kenya business forum "
         "will be held in Accra in the second half of this year.", "2019-01-17", "2019-07"),
        ("Both sides decided that the next round of consultations between the foreign ministries would be hosted by "
         "Paraguay in the autumn.", "2023-06-14", "2023"),
        ("President Ruto also invited President Mahama to attend the celebrations of the 60th anniversary of "
         "independence in Nairobi next May.", "2024-09-03", "2025-05"),
    ],
)
def test_plan_dated_by_the_time_still_to_come(text, published, expected):
    planned = [e for e in extract_text(text, published=published).events if e.planned]
    assert planned and all(e.date == expected for e in planned)


def test_plan_is_not_dated_by_a_clause_of_another_subject():
    text = ("President Ruto arrived in Accra on Monday. Ruto is expected to meet Ghanaian business leaders in Kumasi, "
            "and both heads of state are scheduled to confer again at an African Union meeting in Addis Ababa in November.")
    planned = sorted(e.date for e in extract_text(text, published="2023-09-25").events if e.planned)
    assert planned == ["2023-09-25", "2023-11"]


def test_clause_with_its_own_subject_keeps_its_own_time():
    text = ("Chile and Peru will stage joint naval drills off their coasts this spring, and we back a lasting observer "
            "mission on the border.")
    backed = [e for e in extract_text(text, published="2024-02-16").events if e.type in ("SUPPORT", "AGREE")]
    assert backed and all(e.date == "2024-02-16" for e in backed)


def test_a_day_after_clause_dates_its_own_act_and_puts_the_news_a_day_later():
    text = ("President Ruto and President Museveni signed a border accord in Nairobi on Wednesday. The leaders strongly "
            "condemned the attacks on the border posts, and urged the rebels to lay down their arms, a day after the "
            "militia shelled a border town on Tuesday night. Museveni reaffirmed Uganda's support for the peace "
            "process, while Ruto welcomed Uganda's growing role in the region.")
    dated = {e.type: e.date for e in extract_text(text, published="2023-11-22").events if not e.background}
    assert dated["REQUEST"] == "2023-11-22"
    assert dated["SUPPORT"] == "2023-11-22"  # the launch's Tuesday is not handed on to the next sentence


def test_headline_act_takes_the_story_day_before_any_occasion_day():
    page = ("Colombia cuts ties with Venezuela after troops raid its consulate in Maracaibo\n\n"
            "Bogotá, Apr 6 (EFE).- Colombia ended diplomatic relations with Venezuela after Venezuelan soldiers entered "
            "the Colombian consulate in Maracaibo late on Friday and detained a dissident journalist, who had been "
            "staying there since January.\n\n"
            "President Gustavo Petro made the rupture public in a televised address a few hours later.\n\n"
            "The foreign ministers of both countries met in Caracas on Thursday to discuss the journalist's case.")
    events = extract_text(page, published="2024-04-06").events
    headline = [e for e in events if e.type == "SANCTION" and e.evidence[0].start == 0]
    assert headline and headline[0].date == "2024-04-05"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a year inside a noun phrase dates that noun, not the act
        ("Following the talks, Prime Minister Sonexay and Prime Minister Chinh looked on as ministers signed nine "
         "accords, among them a 2024 work programme on energy.", "2024-01-08"),
        ("Presidents Noboa and Petro approved the Action Plan of Quito 2023, containing 90 commitments.", "2024-01-08"),
        # a year the act is told in still dates it (history)
        ("Ecuador and Colombia signed a trade agreement in 2019.", "2019"),
    ],
)
def test_year_inside_a_noun_phrase_does_not_date_the_act(text, expected):
    assert _dates(text, "2024-01-08")[0][1] == expected


def test_headline_visit_takes_the_story_span():
    text = ("President Ruto's state visit to Ghana\n\nPresident William Ruto of Kenya paid a state visit to Ghana from 12 "
            "to 14 June 2024 at the invitation of President Nana Akufo-Addo.")
    visits = extract_text(text, published="2024-06-15").events
    assert visits and all((e.date, e.date_end) == ("2024-06-12", "2024-06-14") for e in visits)


@pytest.mark.parametrize(
    "text",
    [
        # the relative clause's day is the arrival's, even where the parse hangs the main verb under that clause
        "The Chilean president, who arrived in Lima on Saturday night after stops in Quito, Cali, Bogota and Caracas, "
        "was received with honours at the Palace of Government, where President Boluarte gave him the Order of the "
        "Sun, Peru's highest award.",
        "The Kenyan leader, who arrived in Accra on Saturday night after stops in Abuja, Lome, Cotonou and Niamey, "
        "was received with honours at Jubilee House, where President Mahama gave him the Order of the Star.",
    ],
)
def test_a_relative_clause_day_dates_only_its_own_act(text):
    opening = "The visiting president on Sunday ended his regional tour with a short stop in the capital.\n\n"
    events = extract_text(opening + text, published="2024-05-06").events
    main = [e for e in events if e.type == "CONSULT" and "received" in e.summary]
    dates = {(e.summary[:40], e.date) for e in events}
    assert main and all(e.date == "2024-05-05" for e in main), dates


@pytest.mark.parametrize(
    "text,published",
    [
        ("Peru on Friday expelled Bolivia's ambassador, recalled its own envoy from La Paz and halted all Bolivian "
         "imports, widening a dispute over a minister's remarks.", "2024-05-04"),
    ],
)
def test_a_third_coordinated_act_shares_the_first_acts_day(text, published):
    events = extract_text(text, published=published).events
    assert len(events) >= 3 and all(e.date == "2024-05-03" for e in events), [(e.summary[:30], e.date) for e in events]


@pytest.mark.parametrize(
    "title, day",
    [
        # the text of a meeting, posted the day after: adopted the day the meeting was held
        ("Joint Communiqué of the 9th Meeting of the Kenya-Ghana Joint Commission", "2024-03-05"),
        # a joint text that names no meeting is dated by the document
        ("Kenya-Ghana Joint Communiqué", "2024-03-06"),
    ],
)
def test_a_joint_title_naming_its_meeting_is_dated_by_that_meeting(title, day):
    text = (f"{title}\n\nPosted on: 2024-03-06\n\nThe 9th meeting of the Kenya-Ghana Joint Commission was held on "
            "5 March 2024 in Nairobi. The two sides agreed to expand trade.")
    titled = [e for e in extract_text(text).events if e.evidence[0].quote.startswith(title[:20])]
    assert [e.date for e in titled] == [day], [(e.type, e.date, e.evidence[0].quote) for e in extract_text(text).events]
