"""Stances told by the wider family of verbs (objected to, regretted, criticised, dismissed …), a welcome of
another's readiness, and a stance told in a relative clause, on sentences written for other country pairs."""

import pytest

from tests.helpers import extract_text

CONTEXT = "Malawi and Zambia held talks in Lusaka on Monday. "


def _records(sentence, published="2024-05-02"):
    return extract_text(CONTEXT + sentence, published=published).commitments


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("Zambia objected to Malawi's new fisheries law on Lake Malawi.", ["ZMB"]),
        ("Malawi has objected to the 2019 survey of the shared border.", ["MWI"]),
        ("Zambia regretted the decision to close the Mwami border post.", ["ZMB"]),
        ("Malawi lamented the slow pace of the talks on the railway.", ["MWI"]),
        ("Zambia criticised the closure of the border market.", ["ZMB"]),
        ("Malawi criticized the new export levy.", ["MWI"]),
        ("Zambia decried the rising number of attacks on truck drivers.", ["ZMB"]),
        ("Malawi dismissed the allegations of smuggling as baseless.", ["MWI"]),
        ("Zambia protested against the seizure of its fishing boats on the lake.", ["ZMB"]),
        ("Malawi disputed the findings of the joint survey.", ["MWI"]),
        ("Zambia demanded the immediate release of the detained traders.", ["ZMB"]),
    ],
)
def test_stance_verb_family(sentence, parties):
    records = _records(sentence)
    assert [(r.kind, r.parties) for r in records] == [("position", parties)], [(r.kind, r.parties, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("Malawi welcomed Zambia's readiness to share its experience in copper refining.", ["MWI"]),
        ("Zambia appreciated Malawi's willingness to reopen the lake ferry.", ["ZMB"]),
        ("The two leaders welcomed the African Development Bank's decision to fund the Nacala corridor.", ["MWI", "ZMB"]),
    ],
)
def test_welcoming_anothers_readiness_is_the_welcomers_stance(sentence, parties):
    records = _records(sentence)
    assert [(r.kind, r.parties) for r in records] == [("position", parties)], [(r.kind, r.parties, r.text) for r in records]


def test_own_restated_pledge_stays_a_pledge():
    records = _records("Zambia reiterated its readiness to supply electricity to Malawi.")
    assert [(r.kind, r.parties) for r in records] == [("commitment", ["ZMB"])]


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("The vote, which Malawi denounced as a violation of the treaty, took place on Sunday.", ["MWI"]),
        ("Zambia annexed the island, a move Malawi rejected.", ["MWI"]),
    ],
)
def test_stance_in_a_relative_clause_is_its_subjects(sentence, parties):
    records = [r for r in _records(sentence) if r.kind == "position"]
    assert [r.parties for r in records] == [parties], [(r.kind, r.parties, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence",
    [
        "The agreement, which the two ministers signed in Lusaka, covers fisheries.",
        "The border post, which Zambia built in 2010, will be upgraded.",
        "Protesters criticised the rising price of maize in Lilongwe.",
        "Experts disputed the figures published by the ministry.",
    ],
)
def test_relative_clauses_and_nonstate_critics_are_no_stance(sentence):
    records = [r for r in _records(sentence) if r.kind == "position"]
    assert records == [], [(r.kind, r.parties, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence",
    [
        "Zambian troops will patrol the hills facing the Luangwa valley that Lusaka claims.",
        "Malawi confirmed that it had arrested members of a smuggling ring, which it blamed for the fuel shortage.",
    ],
)
def test_a_relative_clause_that_only_describes_its_noun_is_no_stance(sentence):
    records = [r for r in _records(sentence) if r.kind == "position"]
    assert records == [], [(r.kind, r.parties, r.text) for r in records]


@pytest.mark.parametrize(
    "text,parties",
    [
        ("President of Chile Gabriel Boric spoke by telephone with Prime Minister of Peru Gustavo Adrianzen.\n\n"
         "The President expressed hope that the trade talks will be concluded this year.", ["CHL"]),
        ("President of Chile Gabriel Boric spoke by telephone with Prime Minister of Peru Gustavo Adrianzen.\n\n"
         "The Prime Minister stressed the importance of a ceasefire in the region.", ["PER"]),
        ("Crown Prince Hussein of Jordan phoned Turkish President-elect Ahmet Yilmaz on Tuesday to congratulate "
         "him.\n\nThe Crown Prince underlined the need for the world to help rebuild the hospitals of Gaza.", ["JOR"]),
        ("Prince Hussein bin Abdullah bin Al-Hussein, Crown Prince of Jordan, received a call from Turkish "
         "President-elect Ahmet Yilmaz.\n\nThe Crown Prince underlined the need for the world to help rebuild the hospitals "
         "of Gaza.", ["JOR"]),
    ],
)
def test_an_office_named_alone_is_the_one_the_text_introduced_with_it(text, parties):
    records = [r for r in extract_text(text, published="2024-05-02").commitments if r.kind == "position"]
    assert [r.parties for r in records] == [parties], [(r.kind, r.parties, r.text) for r in records]


def test_stances_listed_under_one_subject_stay_separate():
    records = _records("The two presidents condemned the attack on the convoy, urged restraint, and welcomed the "
                       "mediation of Qatar.")
    assert [(r.kind, r.text) for r in records] == [
        ("position", "condemned the attack on the convoy"), ("position", "urged restraint"),
        ("position", "welcomed the mediation of Qatar")]
    records = _records("The ministers voiced deep concern about the floods in Mozambique, called for more aid to the "
                       "victims, and reiterated their backing for the SADC mission.")
    assert len(records) == 3 and all(r.kind == "position" for r in records), [r.text for r in records]


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders discussed the need for a ceasefire in eastern Congo.",
        "They also discussed the floods in Mozambique, and the need to protect the displaced.",
        "Zambia announced that it will no longer be bound by the 1964 water accord.",
    ],
)
def test_more_stance_shapes(sentence):
    records = _records(sentence)
    assert records and all(r.kind == "position" for r in records), [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence",
    ["The leaders discussed trade, investment and the situation in eastern Congo.",
     "The two presidents discussed regional security."],
)
def test_a_topic_discussed_is_no_stance(sentence):
    assert _records(sentence) == [], [(r.kind, r.text) for r in _records(sentence)]


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("Zambia said the levies were a violation of the SADC trade protocol.", ["ZMB"]),
        ("Malawi said the border closure was a provocation.", ["MWI"]),
        ("\u201cThis is an act of aggression,\u201d the Zambian foreign minister said.", ["ZMB"]),
        ("Malawi's foreign ministry said the smuggling claims were false.", ["MWI"]),
        ("Zambia said it stands with the people of eastern Congo.", ["ZMB"]),
        ("\u201cWe stand firmly behind Malawi,\u201d Zambia's president said.", ["ZMB"]),
    ],
)
def test_a_judgement_or_solidarity_told_in_reported_speech(sentence, parties):
    records = _records(sentence)
    assert [(r.kind, r.parties) for r in records] == [("position", parties)], [(r.kind, r.parties, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence",
    [
        "Zambia said the talks were held in Lusaka.",
        "Malawi said the delegation was a large one.",
        "The two leaders stood side by side at the ceremony in Lusaka.",
    ],
)
def test_a_fact_told_or_a_pose_is_no_stance(sentence):
    records = [r for r in _records(sentence) if r.kind == "position"]
    assert records == [], [(r.kind, r.parties, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cWe must defend our shared heritage,\u201d the Zambian president told reporters.",
        "\u201cWe must deepen our cooperation,\u201d the Zambian president said.",
    ],
)
def test_an_exhortation_in_a_leaders_quotation_is_a_stance(sentence):
    records = _records(sentence)
    assert records and all(r.kind == "position" for r in records), [(r.kind, r.text) for r in records]


def test_a_dated_must_in_a_quotation_stays_a_pledge():
    records = _records("\u201cWe must open the new bridge by 2026,\u201d the Zambian president said.")
    assert [r.kind for r in records] == ["commitment"], [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "text,parties",
    [
        ("Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Nairobi on Monday.\n\n"
         "The visiting president welcomed Kenya's decision to lift the ban on Tanzanian maize.", ["TZA"]),
        ("Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Nairobi on Monday.\n\n"
         "Her host expressed concern over attacks on truck drivers along the border.", ["KEN"]),
        ("Ghana's president arrived in Lome on Tuesday for a state visit to Togo.\n\nThe visiting delegation stressed "
         "the importance of the coastal highway.", ["GHA"]),
    ],
)
def test_the_visitor_and_the_host_are_the_two_sides_of_a_visit(text, parties):
    records = [r for r in extract_text(text, published="2024-05-02").commitments if r.kind == "position"]
    assert [r.parties for r in records] == [parties], [(r.kind, r.parties, r.text) for r in records]


def test_no_visitor_where_the_text_names_no_host():
    text = ("Kenya and Tanzania issued a statement on Monday.\n\nThe visiting president welcomed Kenya's decision to "
            "lift the ban on Tanzanian maize.")
    records = [r for r in extract_text(text, published="2024-05-02").commitments if r.kind == "position"]
    assert all(r.parties != ["TZA"] for r in records), [(r.kind, r.parties, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("Malawi described the incursion as a violation of its sovereignty.", ["MWI"]),
        ("Zambia's foreign minister described the incident as regrettable.", ["ZMB"]),
        ("Malawi said it held Zambia fully responsible for the deaths.", ["MWI"]),
        ("Zambia said it had the right to defend its territory.", ["ZMB"]),
        ("Zambia said the raid was unprovoked.", ["ZMB"]),
        ("Malawi said the new levies would hurt ordinary traders.", ["MWI"]),
        ("\u201cThese tariffs are an act of protectionism,\u201d the Zambian trade minister told a news conference.", ["ZMB"]),
    ],
)
def test_judgements_of_conflict_reports(sentence, parties):
    records = _records(sentence)
    assert [(r.kind, r.parties) for r in records] == [("position", parties)], [(r.kind, r.parties, r.text) for r in records]


def test_a_harm_forecast_under_will_binds_no_one():
    assert [r for r in _records("The new levies will hurt ordinary traders.") if r.kind == "commitment"] == []


def test_a_quotation_that_judges_in_a_sentence_of_its_own_is_its_speakers_stance():
    text = ("Malawi and Zambia held talks in Lusaka on Monday.\n\n\u201cWe summoned the envoy this morning,\u201d Zambian "
            "foreign minister Mulambo Haimbe said. \u201cThese measures are a grave provocation against our people.\u201d")
    records = [r for r in extract_text(text, published="2024-05-02").commitments if r.kind == "position"]
    assert [r.parties for r in records] == [["ZMB"]], [(r.kind, r.parties, r.text) for r in records]


def test_a_plain_sentence_of_a_quotation_is_no_stance():
    text = ("Malawi and Zambia held talks in Lusaka on Monday.\n\n\u201cWe summoned the envoy this morning,\u201d Zambian "
            "foreign minister Mulambo Haimbe said. \u201cThe meeting was short.\u201d")
    assert [r for r in extract_text(text, published="2024-05-02").commitments if r.kind == "position"] == []


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("Zambia is not seeking to widen the fishing dispute.", ["ZMB"]),
        ("Malawi does not intend to retaliate against Zambian traders.", ["MWI"]),
        ("The Zambian minister said Lusaka was \"not looking to provoke\" anyone.", ["ZMB"]),
        ("Malawi did not want to inflame tensions over the lake, its envoy said.", ["MWI"]),
    ],
)
def test_an_intention_denied_is_a_stance_of_restraint(sentence, parties):
    records = _records(sentence)
    assert [(r.kind, r.parties) for r in records] == [("position", parties)], sentence


def test_an_intention_denied_beside_a_pledge_is_a_stance_of_its_own():
    records = _records("She said Zambia would seek an explanation from Malawi and was not looking to escalate.")
    assert sorted(r.kind for r in records) == ["commitment", "position"]
    assert [r.text for r in records if r.kind == "position"] == ["not looking to escalate"]


def test_an_intention_denied_under_will_stays_a_pledge():
    assert [r.kind for r in _records("Zambia will not seek to block the Malawian bid.")] == ["commitment"]


@pytest.mark.parametrize(
    "sentence,count",
    [
        ("Zambia's trade minister wrote on Facebook that the levy was \"a purely fiscal step\" and denied that it "
         "was aimed at Malawian farmers.", 2),
        ("A Malawian spokesman said on Friday that the fisheries audit had begun in 2017 and was \"a routine "
         "review\", and urged Lusaka to stop interfering in the case.", 2),
        ("Zambia's president said the corridor deal could become \"a blueprint\" for landlocked states.", 1),
    ],
)
def test_a_quoted_characterisation_in_reported_speech_is_a_stance(sentence, count):
    records = _records(sentence)
    assert [r.kind for r in records] == ["position"] * count, [r.text for r in records]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Zambian minister told reporters that the talks had been \"long and frank\".",
        "The Malawian minister said the visit was a historic occasion for both sides.",
    ],
)
def test_a_quoted_mood_or_a_plain_predicate_is_no_stance(sentence):
    assert [r for r in _records(sentence) if r.kind == "position"] == []


@pytest.mark.parametrize(
    "sentence,kinds",
    [
        ("\"We have broken no trade rules,\" Zambia's commerce minister told reporters in Lusaka, adding that Zambia "
         "would keep the maize levy.", ["commitment", "position"]),
        ("\"Malawi has full regard for Zambia's fishing rights,\" the Malawian foreign ministry said, adding that the "
         "patrol only targeted poachers.", ["position"]),
    ],
)
def test_a_leading_quotation_then_an_addition_is_the_speakers_stance(sentence, kinds):
    assert sorted(r.kind for r in _records(sentence)) == kinds


def test_a_quotation_with_its_own_stance_verb_keeps_that_record():
    records = _records("\"Malawi and Zambia share the view that the lake treaty remains the basis for any talks,\" "
                       "the Malawian president said, adding that Zambia had pledged its support for the Malawian bid.")
    assert [r.text for r in records if r.kind == "position"][0].startswith("share the view")


def test_a_quotation_alone_with_no_addition_is_no_stance():
    assert _records("\"We had a long day in Lusaka,\" Zambia's commerce minister said.") == []


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("Support was expressed by the Zambian side to the holding of the regional energy summit in Lilongwe.", ["ZMB"]),
        ("The importance of cooperation within the framework of SADC and the African Union was underlined.",
         ["MWI", "ZMB"]),
        # thanks for the hospitality is a courtesy
        ("Gratitude was expressed by the Malawian side for the warm hospitality.", None),
    ],
)
def test_a_stance_told_in_the_passive(sentence, parties):
    records = _records(sentence)
    assert [(r.kind, r.parties) for r in records] == ([("position", parties)] if parties else []), \
        [(r.kind, r.parties, r.text) for r in records]
