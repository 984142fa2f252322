"""A joint text's stance is taken when the text is issued: a date well before it dates what is welcomed,
supported or congratulated on, not the welcoming; a date close to it still dates the stance."""

import pytest

from tests.helpers import extract_text

_HEAD = ("Joint Statement between the Republic of Chile and the Republic of Peru\n\n"
         "President Boric of Chile and President Boluarte of Peru held talks in Lima on 8 May 2024. ")


@pytest.mark.parametrize("sentence", [
    "The Presidents welcomed the entry into force on 3 February 2024 of the Agreement on Fisheries.",
    "The two Presidents reaffirmed their support for Paraguay's chairmanship of the regional bloc in 2023.",
    "The Chilean Side congratulated Peru on the decision of the Pacific Alliance of November 2023 to admit it.",
])
def test_old_date_in_what_is_welcomed_does_not_date_the_stance(sentence):
    events = [e for e in extract_text(_HEAD + sentence, published="2024-05-09").events if e.type == "SUPPORT"]
    assert events and all(e.date and e.date.startswith("2024-05") for e in events)


def test_stance_on_the_days_of_the_visit_keeps_its_day():
    sentence = "On 9 May 2024 the Presidents welcomed the opening of the new border crossing."
    events = [e for e in extract_text(_HEAD + sentence, published="2024-05-10").events if e.type == "SUPPORT"]
    assert events and events[0].date == "2024-05-09"


def test_day_of_an_act_named_as_subject_is_not_carried():
    text = ("The shelling of a market near Tanga on Saturday killed twelve people, officials said. "
            "Tanzania's foreign ministry summoned the Kenyan ambassador and handed him a protest note.")
    events = [e for e in extract_text(text, published="2024-06-03").events if "summoned" in e.evidence[0].quote]
    assert events and all(e.date == "2024-06-03" for e in events)


def test_day_of_the_same_actor_is_still_carried():
    text = ("Tanzania's foreign minister met the Kenyan ambassador on Saturday. "
            "The minister protested against the shelling of the market.")
    events = [e for e in extract_text(text, published="2024-06-03").events if e.type == "PROTEST"]
    assert events and events[0].date == "2024-06-01"


_REPORT = ("Nairobi Daily\n\nKenya and Ghana deepen ties\n\nNAIROBI - President Ruto of Kenya held talks with "
           "President Mahama of Ghana in Nairobi on Tuesday. ")


@pytest.mark.parametrize("sentence", [
    # the date tells what is thanked for or supported, not when the thanks were given
    "President Mahama thanked Kenya for its help during the floods in his country in March.",
    "President Mahama thanked the Government of Kenya for the budget support extended this year.",
    "The two Presidents reaffirmed their support for Kenya's chairmanship of the regional bloc in 2025.",
])
def test_date_in_a_reported_stance_s_object_dates_the_object(sentence):
    events = [e for e in extract_text(_REPORT + sentence, published="2025-06-11").events
              if e.type == "SUPPORT" and sentence[:30] in e.evidence[0].quote]
    assert events and all(e.date == "2025-06-10" or e.date == "2025-06-11" for e in events), [e.date for e in events]


def test_day_before_the_stance_verb_still_dates_it():
    sentence = "On Monday President Mahama thanked Kenya for its help during the floods."
    events = [e for e in extract_text(_REPORT + sentence, published="2025-06-11").events
              if e.type == "SUPPORT" and "floods" in e.evidence[0].quote]
    assert events and events[0].date == "2025-06-09"


def test_a_date_right_after_the_stance_verb_still_dates_it():
    text = _REPORT + "The two Presidents agreed in March to reopen the border post at Elubo."
    events = [e for e in extract_text(text, published="2025-06-11").events
              if e.type == "AGREE" and "Elubo" in e.evidence[0].quote and "agreed" in e.summary]
    assert events and all(e.date == "2025-03" for e in events), [e.date for e in events]


_OTHER_HEAD = ("Joint Statement between Mongolia and the Kyrgyz Republic\n\n"
               "The President of Mongolia and the President of Kyrgyzstan held talks in Bishkek on 8 May 2024. ")


@pytest.mark.parametrize("sentence", [
    "The two Presidents reaffirmed their support for Mongolia's chairmanship of the regional forum in 2024.",
    "The Mongolian President thanked his host for the warm welcome and invited him to Ulaanbaatar later this year.",
])
def test_period_around_or_after_the_text_does_not_date_a_joint_stance(sentence):
    events = [e for e in extract_text(_OTHER_HEAD + sentence, published="2024-05-09").events
              if e.type == "SUPPORT" and sentence[:25] in e.evidence[0].quote]
    assert events and all(e.date and e.date.startswith("2024-05") for e in events), [e.date for e in events]


def test_a_reported_stance_is_not_dated_by_the_future_it_is_about():
    text = ("Mongolia and Kyrgyzstan held talks in Bishkek on Tuesday. "
            "The Kyrgyz foreign ministry said Kyrgyzstan supports Mongolia in hosting the regional summit next year.")
    events = [e for e in extract_text(text, published="2024-05-09").events
              if e.type == "SUPPORT" and "supports" in e.evidence[0].quote]
    assert events and all(e.date and e.date.startswith("2024-05") for e in events), [e.date for e in events]


def test_a_day_just_before_the_text_told_past_the_object_dates_the_object():
    text = ("Joint Communique of the Kenya-Ghana Joint Commission\n\nThe Commission met in Nairobi on 3 May 2024. "
            "President Mahama congratulated President Ruto on Kenya's assumption of the IGAD chair on 1 May 2024 "
            "and expressed Ghana's full support for its success. "
            "On 2 May 2024 the two Presidents welcomed the opening of the new trade office.\n\n"
            "Issued at Nairobi on this 3rd day of May 2024.")
    events = [e for e in extract_text(text).events if e.type == "SUPPORT"]
    dates = {e.summary.split()[-1]: e.date for e in events}
    assert [e.date for e in events if "IGAD" in e.evidence[0].quote] and all(
        e.date == "2024-05-03" for e in events if "IGAD" in e.evidence[0].quote), dates
    assert [e.date for e in events if "trade office" in e.evidence[0].quote] == ["2024-05-02"]
