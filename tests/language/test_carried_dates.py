"""Dates handed on from an earlier sentence or an embedding clause, and days counted from another act."""

import pytest

from tests.helpers import extract_text


def _dated(text, published, word):
    return [e.date for e in extract_text(text, published=published).events if word in e.evidence[0].quote]


@pytest.mark.parametrize(
    "second",
    [
        "The Norwegian minister will raise the fisheries dispute at the meeting of Nordic ministers in Helsinki on Wednesday and Thursday.",
        "He added that he would ask the Nordic council on Friday to discuss the fisheries dispute.",
    ],
)
def test_a_date_of_an_act_to_come_is_not_handed_on(second):
    text = ("Norwegian Prime Minister Jonas Gahr Store held talks with Icelandic Prime Minister Bjarni Benediktsson "
            f"in Oslo on Monday. {second} Benediktsson thanked Norway for its support.")
    assert _dated(text, "2024-09-13", "thanked") == ["2024-09-09"]


def test_a_coordinated_verb_takes_the_date_of_the_clause_it_is_embedded_in():
    text = ("Eritrea said on July 2 that the border would stay closed. "
            "The African Union said on Tuesday that it did not regard the vote as a breach of the truce, "
            "and called on Ethiopia to resume talks.")
    assert set(_dated(text, "2024-07-12", "called on Ethiopia")) == {"2024-07-09"}


@pytest.mark.parametrize(
    "second",
    [
        "The measures came a day after Peru expelled the Chilean ambassador and threatened new tariffs on Chilean copper.",
        "The move came a day after Peru said it was recalling its ambassador from Santiago.",
    ],
)
def test_days_before_reach_the_coordinated_and_the_reported_act(second):
    text = f"Peru suspended all flights to Chile on Monday. {second}"
    events = extract_text(text, published="2024-06-25").events
    assert {e.date for e in events if e.evidence[0].quote.startswith("The m")} == {"2024-06-23"}


@pytest.mark.parametrize(
    "lead",
    [
        "Chilean President Gabriel Boric told Argentine President Javier Milei on Monday that Chile would open a "
        "new border crossing.",
        "Argentina and Chile on Monday pledged to open a new border crossing.",
    ],
)
def test_news_of_its_own_day_keeps_undated_acts_on_that_day(lead):
    text = (f"{lead} Milei arrived in Santiago on Sunday for a two-day visit. "
            "Speaking to reporters, Milei said the talks at La Moneda had been frank. "
            "Boric called the visit a new chapter. "
            "The two leaders also discussed lithium mining.")
    assert _dated(text, "2024-06-24", "discussed lithium") == ["2024-06-24"]


def test_a_headline_act_takes_the_day_its_story_gives_it():
    text = ("Kenya to fund Zambian railway as Ruto visits Lusaka\n\n"
            "LUSAKA, June 24 (Reuters) - Kenya will fund a railway line in Zambia, the two governments said on Monday "
            "after Kenyan President William Ruto held talks with Zambian President Hakainde Hichilema.\n\n"
            "Ruto arrived in Lusaka on Sunday evening and was welcomed at the airport by Hichilema.")
    events = extract_text(text, published="2024-06-24").events
    assert {e.date for e in events if "Ruto visits Lusaka" in e.evidence[0].quote} == {"2024-06-23"}


def test_a_text_issued_after_a_visit_of_several_days_dates_its_undated_acts_by_the_visit():
    text = ("Joint Communique\n\nThe President of Ghana paid a State Visit to Togo from 3 to 5 March 2024. "
            "The visit was at the invitation of the Togolese Head of State. The Ghanaian delegation included four "
            "ministers and business leaders. The two Presidents then held official talks at the Presidential Palace.")
    assert _dated(text, "2024-03-07", "official talks") == ["2024-03-03"]


def test_a_span_around_the_text_s_day_hands_on_no_first_day():
    text = ("President Ruto of Kenya held talks today with President Mahama of Ghana in Accra. President Ruto is on a "
            "state visit to Ghana from 3 to 6 June 2025. The two leaders signed a visa waiver agreement.")
    assert _dated(text, "2025-06-04", "visa waiver") == ["2025-06-04"]


@pytest.mark.parametrize("second, day", [
    ("President Ruto is scheduled to attend a Kenyan trade fair in Kumasi on Monday, then fly to Lomé.", "2025-06-09"),
    ("President Ruto is expected to attend a Kenyan trade fair in Kumasi on Monday.", "2025-06-09"),
])
def test_a_scheduled_act_takes_the_time_of_the_act_it_schedules(second, day):
    text = ("President Ruto of Kenya held talks with President Mahama of Ghana in Accra on Sunday. " + second)
    events = [e for e in extract_text(text, published="2025-06-08").events if e.planned and "fair" in e.evidence[0].quote]
    assert events and all(e.date == day for e in events), [e.date for e in events]


def test_a_day_after_parsed_as_a_preposition_still_counts_back():
    text = ("Cameroon closed its border with Chad on Monday, escalating a row over cattle raids. The closure came a "
            "day after Niger, Mali and Chad, members of a regional council, said they were withdrawing their envoys "
            "from Yaoundé.")
    assert _dated(text, "2025-03-11", "withdrawing") == ["2025-03-09"]


def test_a_date_ahead_in_a_conjunct_does_not_date_the_act_told_first():
    text = ("Ruto and Mahama discuss trade and confirm state visit to Ghana in July\n\nPresident William Ruto of Kenya "
            "and President John Mahama of Ghana held a telephone call on Tuesday. The two presidents discussed "
            "trade and agreed to meet in Accra.")
    assert _dated(text, "2025-06-10", "discuss trade and confirm")[0] == "2025-06-10"


def test_a_date_inside_what_a_stance_is_about_is_not_handed_on():
    text = ("Joint Communiqué between Kenya and Tanzania\n\n3. The two Heads of State welcomed the award delivered "
            "on 2nd May, 2025 by the arbitral tribunal over the lake frontier, and pledged to abide by it "
            "fully.\n\n4. The two Presidents signed a Defence Cooperation Agreement.")
    assert _dated(text, "2025-05-20", "signed a Defence") == ["2025-05-20"]


def test_a_past_act_embedded_in_a_clause_to_come_takes_no_date_from_it():
    text = ("Joint Declaration of Kenya and Tanzania\n\nThe Presidents of Kenya and Tanzania met today in Arusha. "
            "The Presidents agreed to hold a "
            "yearly summit, rotating between Nairobi and Dodoma; the first such meeting will take place in Nairobi "
            "in the second half of 2025.")
    events = [e for e in extract_text(text, published="2025-02-10").events
              if e.type == "AGREE" and "agreed to hold" in e.summary]
    assert events and all(e.date == "2025-02-10" for e in events), [e.date for e in events]


@pytest.mark.parametrize("text, word, day", [
    ("Togo suspended visas for Beninese traders on Monday and closed the Hilla-Condji border post the following day.",
     "closed the", "2025-03-04"),
    ("Togo suspended visas for Beninese traders on Monday and closed the Hilla-Condji border post the following day.",
     "suspended visas", "2025-03-03"),
    ("Benin expelled two Togolese diplomats on Monday. In response, Togo partially suspended the 2019 transit "
     "accord with Benin the following day.", "transit", "2025-03-04"),
])
def test_the_following_day_counts_from_the_act_told_before(text, word, day):
    events = [e for e in extract_text(text, published="2025-03-06").events if word in e.summary]
    assert events and {e.date for e in events} == {day}


@pytest.mark.parametrize(
    "answer, day",
    [
        # the other side's answer, with no day of its own, is told as of the text's day
        ("Ecuador's foreign ministry rejected the accusation and demanded access to the detained sailors.",
         "2024-05-08"),
        # the same side's next act keeps the day the earlier sentence gave
        ("Peru's navy also warned that it would not tolerate illegal fishing in its waters.", "2024-05-07"),
        ("The minister also warned that Lima would not tolerate illegal fishing in its waters.", "2024-05-07"),
    ],
)
def test_a_day_is_handed_on_to_the_same_party_not_to_the_other_side(answer, day):
    text = f"Peruvian coastguards detained 12 Ecuadorian sailors off Tumbes on Tuesday, the interior minister said. {answer}"
    word = "rejected" if answer.startswith("Ecuador") else "warned"
    assert set(_dated(text, "2024-05-08", word)) == {day}


def test_a_head_conjuncts_date_in_what_its_stance_is_about_dates_neither_conjunct():
    text = ("President Lula congratulated President Boric on his election in March, and the President thanked "
            "Brazil for its help in fighting the fires.")
    assert set(_dated(text, "2024-08-23", "thanked")) == {"2024-08-23"}


def test_a_day_of_the_act_a_following_phrase_names_is_not_the_acts_own():
    text = "The Government of Ghana has imposed sanctions on Mali following the seizure of power in Bamako on 26 July."
    events = extract_text(text, published="2023-08-03").events
    assert events and {e.date for e in events if e.type == "SANCTION"} == {"2023-08-03"}, [
        (e.type, e.date) for e in events]
