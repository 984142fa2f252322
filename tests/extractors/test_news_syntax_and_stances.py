"""Pledges in news syntax, stance verbs, and what is neither, on sentences written for other country pairs."""

import pytest

from tests.helpers import extract_text

CONTEXT = "Ghana and Togo held talks in Accra on Monday. "


def _records(sentence, published="2024-05-02"):
    return extract_text(CONTEXT + sentence, published=published).commitments


@pytest.mark.parametrize(
    "sentence,parties,deadline",
    [
        ("The leaders agreed to finalise a visa-waiver deal by the end of the year.", ["GHA", "TGO"], "2024"),
        ("The two presidents agreed to double trade to $10 billion within five years.", ["GHA", "TGO"], "2029-05"),
        ("Tokyo also pledged to provide $500 million in loans to Ghana over the next three years.", ["JPN"], "2027-05"),
        ("Togo vowed to complete the coastal highway in the first half of the year.", ["TGO"], "2024-06"),
        ("The leaders of Ghana and Togo committed to working towards a joint customs post.", ["GHA", "TGO"], None),
        ("Both leaders reaffirmed their commitment to providing humanitarian support to Burkina Faso.", ["GHA", "TGO"], None),
        ("Japan reiterated its commitment to provide $2 billion in aid to Ghana.", ["JPN"], None),
        ("The two leaders concurred to further develop bilateral relations.", ["GHA", "TGO"], None),
        ("The presidents announced upgrading their security dialogue.", ["GHA", "TGO"], None),
    ],
)
def test_news_syntax_pledges(sentence, parties, deadline):
    records = [r for r in _records(sentence) if r.kind == "commitment"]
    assert records, sentence
    assert records[0].parties == parties
    assert records[0].deadline == deadline


@pytest.mark.parametrize(
    "sentence",
    [
        "The two presidents expressed satisfaction at the progress of the railway.",
        "The ministers expressed their confidence that trade would keep growing.",
        "Both sides underscored the need for a peaceful settlement of the border dispute.",
        "The two premiers noted the importance of addressing food insecurity in the Horn of Africa.",
        "The two presidents hailed a historic new phase of cooperation.",
        "Both leaders acknowledged the importance of the diaspora to bilateral relations.",
        "The leaders shared the view that a rules-based order serves both nations.",
        "The ministers confirmed that bilateral relations are developing well.",
        "The two presidents discussed the conflict in Yemen, and both agreed the humanitarian crisis in the country was unacceptable.",
        "The two ministers concurred that such attacks must never be allowed to recur along the border.",
        "Both leaders emphasised that regional security depended on cooperation.",
        "Both governments are pushing for an early investment agreement between Mercosur and Canada.",
        "Moscow argues the move was legitimate.",
        "Ghana and Togo shared the view that regional integration must be accelerated.",
        "President Mahama of Ghana expressed ECOWAS's call for engagement with Togo on the trade protocol.",
        "The two leaders expressed their sympathy for the victims of the floods.",
        "Ghana and Togo share similar positions on the reform of the Security Council.",
        "Ghana and Togo called for de-escalation in the Sahel.",
        "Togo hopes to join the West African power pool by 2026.",  # a wish, dated or not (round 16)
        "Ghana hoped to complete the coastal highway before the end of 2025.",
    ],
)
def test_stances_are_positions(sentence):
    records = _records(sentence)
    assert records and all(r.kind == "position" for r in records), [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Akufo-Addo of Ghana will also speak at an investment conference in Lome.",
        "The Togolese president will host a state banquet for his guest on Tuesday.",
        "\"We will sign agreements today,\" the Ghanaian minister said.",
        "The Ghanaian foreign minister will head the ministerial delegation.",
        "Welcoming his Ghanaian counterpart, the Togolese president praised the friendship between the two nations.",
        "Togolese President Faure Gnassingbe warmly welcomed Ghanaian President John Mahama on his third visit to Togo.",
        "The Ghanaian president also reiterated his invitation to the Togolese president to visit Accra.",
        "Ghanaian President John Mahama, right, is welcomed by Togolese President Faure Gnassingbe at Lome airport.",
        "The Togolese leader was welcomed by the premier at the presidential palace on his first visit since 2019.",
        "Analysts said the visit demonstrates a high level of political mutual trust.",
        "The two countries have long been rivals.",
        "Ghanaian President John Mahama called on King Mohammed VI and Crown Prince Moulay Hassan.",
        "The Ghanaian president expressed deep respect for President Faure Gnassingbe, noting that he had guided Togo "
        "through difficult years.",
        "Ghana and Togo share a commitment to democratic values and the rule of law.",
        "The treaty, which entered into force on May 1, is expected to further boost trade between both countries.",
    ],
)
def test_schedule_courtesy_background_and_comment_are_neither(sentence):
    assert _records(sentence) == [], [(r.kind, r.text) for r in _records(sentence)]


def test_enumerated_pledges_stay_split():
    records = _records("The two leaders agreed on (1) deepening cooperation in trade and energy, "
                       "(2) closer coordination with regional partners and (3) cooperation on climate change.")
    assert [r.kind for r in records] == ["commitment"] * 3
    assert records[1].text == "closer coordination with regional partners"


def test_two_pledges_in_one_sentence_stay_two():
    records = _records("Ghana and Togo will expand gas exports through the West African pipeline and "
                       "will open a new ferry line between Tema and Lome.")
    assert len(records) == 2


@pytest.mark.parametrize(
    "sentence,second",
    [
        ("The leaders agreed that their foreign and trade ministers will meet annually, and that a Ghana-Togo "
         "business forum will be held in Lome in the second half of this year.",
         "a Ghana-Togo business forum will be held in Lome in the second half of this year"),
        ("The ministers agreed that their deputies will meet quarterly, and that a joint fisheries survey will be "
         "launched before the end of the year.", "a joint fisheries survey will be launched before the end of the year"),
    ],
)
def test_a_short_pledge_before_a_clause_with_its_own_subject_stays_its_own(sentence, second):
    """ "… will meet annually, and that a forum will be held …": the bare first pledge shares no object with a
    second clause that has a subject of its own; the two are two records, never glued words."""
    records = _records(sentence)
    assert [r.text for r in records][-1] == second and len(records) == 2, [r.text for r in records]


def test_cut_clause_leaves_no_glued_words():
    [record] = _records("The two sides, building on a governance system that is fair, underlined the need for reform.")
    assert "fairunderlined" not in record.text and "fair underlined" in record.text


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("President Hichilema of Zambia emphasised regional integration as the core of Zambia's policy, while Malawi "
         "reiterated its unwavering support for the Southern African Development Community.",
         [("position", ["ZMB"]), ("position", ["MWI"])]),
        ("Peru claims the border was drawn illegally, while Chile argues the treaty was valid.",
         [("position", ["PER"]), ("position", ["CHL"])]),
        ("Morocco and Tunisia warned of the danger of a wider war, stressing that restraint was essential.",
         [("position", ["MAR", "TUN"]), ("position", ["MAR", "TUN"])]),
        ("Ghana and Togo agreed to open a joint border post, stressing that trade must flow freely.",
         [("commitment", ["GHA", "TGO"]), ("position", ["GHA", "TGO"])]),
        ("Ghana and Togo agreed to deepen defence ties, highlighting Togo's path to full membership of the Accra "
         "Initiative.", [("commitment", ["GHA", "TGO"]), ("position", ["GHA", "TGO"])]),
        ("Recognising that the drought threatens the whole region, Ghana and Togo agreed to set up a joint water "
         "commission.", [("commitment", ["GHA", "TGO"])]),
    ],
)
def test_a_stance_of_its_own_inside_another_clause_stands_beside_it(sentence, expected):
    records = extract_text(sentence, published="2024-05-02").commitments
    assert sorted((r.kind, r.parties) for r in records) == sorted(expected), [(r.kind, r.parties, r.text) for r in records]
    texts = [r.text for r in records]
    assert not any(a in b for a in texts for b in texts if a is not b), texts  # each states only its own clause


@pytest.mark.parametrize(
    "sentence",
    [
        "Both ministers noted the importance of addressing piracy in the Gulf of Guinea and encouraging private investment.",
        "The two leaders underlined the need for tackling organised crime and encouraging young entrepreneurs.",
        "Both ministers noted the importance of tackling piracy in the Gulf of Guinea; addressing threats from armed "
        "groups; and encouraging open and prosperous societies.",
    ],
)
def test_a_gerund_inside_a_stance_is_no_pledge(sentence):
    records = extract_text("Ghana and Togo held talks in Accra on Monday. " + sentence, published="2024-05-02").commitments
    assert records and all(r.kind == "position" for r in records), [(r.kind, r.text) for r in records]


def test_two_stance_verbs_sharing_one_object_are_one_stance():
    records = _records("Ghana said that Togo fully agrees with and supports Ghana's position on the Sahel crisis.")
    assert [r.text for r in records] == ["supports Ghana's position on the Sahel crisis"]


@pytest.mark.parametrize(
    "sentence,modality",
    [
        ("The two sides will firmly oppose any interference in Somalia's internal affairs.", "oppose"),
        ("Ghana and Togo will resolutely oppose all forms of unilateral sanctions.", "oppose"),
        ("Both countries will strongly condemn any attempt to redraw borders by force.", "condemn"),
    ],
)
def test_a_stance_told_in_the_future_is_still_a_stance(sentence, modality):
    records = _records(sentence)
    assert [(r.kind, r.modality) for r in records] == [("position", modality)], [(r.kind, r.text) for r in records]


def test_pledges_listed_after_a_stance_keep_their_words():
    records = _records("The two sides will uphold the AU charter, hold annual consultations; and resolutely oppose all "
                       "forms of unilateral sanctions, work together to build a new model of regional partnership, and "
                       "deepen trade.")
    texts = {r.text for r in records if r.kind == "commitment"}
    assert "work together to build a new model of regional partnership" in texts and "deepen trade" in texts, texts


def test_a_stance_among_listed_pledges_is_a_record_of_its_own():
    records = _records("The two sides will uphold the African Union's charter, hold annual consultations and "
                       "resolutely oppose all forms of unilateral sanctions, and work together for regional peace.")
    kinds = {r.text.split()[0] + " " + r.text.split()[1]: r.kind for r in records}
    assert kinds.get("resolutely oppose") == "position" and kinds.get("hold annual") == "commitment", kinds
    assert not any("oppose" in r.text and "regional peace" in r.text for r in records)


def test_one_party_sharing_anothers_values_states_a_stance():
    records = _records("Togo shares the common values of peace, development and justice put forward by Ghana.")
    assert [(r.kind, r.parties) for r in records] == [("position", ["TGO"])]


@pytest.mark.parametrize(
    "sentence,items",
    [
        ("Ghana and Togo on Monday announced the upgrade of relations to a strategic partnership, with the two "
         "presidents saying they intend to sign pacts on energy and transport, on cementing cooperation along "
         "the coast, and on logistics support for their police forces.",
         ["energy and transport", "cementing cooperation", "logistics support"]),
        ("The two ministers agreed to work together on port security, on customs reform and on visa-free travel.",
         ["port security", "customs reform", "visa-free travel"]),
    ],
)
def test_pledges_listed_with_a_repeated_preposition_stay_split(sentence, items):
    texts = [r.text for r in _records(sentence) if r.kind == "commitment"]
    assert len(texts) == len(items) and all(any(i in t for t in texts) for i in items), texts
    assert all(sum(i in t for i in items) == 1 for t in texts), texts


def test_a_list_of_fields_after_one_preposition_stays_one_pledge():
    texts = [r.text for r in _records("The two sides agreed to cooperate in trade, energy and health.")]
    assert texts == ["cooperate in trade, energy and health"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides will increase the number of direct flights in a timely way in keeping with market demand.",
        "The two sides agreed to extend the Year of Culture for another year for the benefit of both peoples.",
    ],
)
def test_a_repeated_preposition_without_a_list_stays_one_pledge(sentence):
    assert len([r for r in _records(sentence) if r.kind == "commitment"]) == 1


def test_agreed_on_a_day_to_double_is_a_pledge():
    # The parser reads "to double" after a time phrase as an adjective ("double trade").
    records = _records("Ghana and Togo agreed on Thursday to double bilateral trade to $2 billion within five years "
                       "and to finish a cross-border power line by the end of next year.")
    got = sorted((r.kind, r.deadline) for r in records)
    assert got == [("commitment", "2025"), ("commitment", "2029-05")], [(r.kind, r.text, r.deadline) for r in records]
    assert any(r.text.startswith("double bilateral trade") for r in records)


def test_a_refusal_keeps_its_negation():
    records = _records("“We will not allow anyone to disrupt the peace along our border,” Ghanaian President John "
                       "Mahama told reporters.")
    assert records and all("not allow" in r.text for r in records), [r.text for r in records]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Mahama said Ghana was committed to the coastal railway corridor.", [("position", ["GHA"])]),
        ("The two leaders condemned all forms of violence against migrants and committed to strengthening "
         "coordination at their common border.", [("commitment", ["GHA", "TGO"]), ("position", ["GHA", "TGO"])]),
        ("Togo welcomed Ghana's decision to join the lithium initiative and expressed its readiness to share its "
         "experience in the sector.", [("commitment", ["TGO"]), ("position", ["TGO"])]),
    ],
)
def test_stances_beside_pledges_and_commitment_to_a_thing(sentence, expected):
    records = _records(sentence)
    assert sorted((r.kind, r.parties) for r in records) == sorted(expected), [(r.kind, r.parties, r.text) for r in records]


def test_a_hope_for_another_countrys_acts_binds_no_one_in_any_of_them():
    records = _records("Mahama said Ghana hopes Togo will continue to invest in its ports and help train Ghanaian "
                       "engineers.")
    assert [r for r in records if r.kind == "commitment"] == [], [(r.parties, r.text) for r in records]


def test_a_stance_cut_before_a_coordinated_pledge_leaves_no_dangling_words():
    records = _records("Togo welcomes Ghanaian firms into its free zones for investment, and is ready to offer "
                       "land for new factories.")
    texts = sorted(r.text for r in records)
    assert not any(t.endswith((" and is", " is", " and")) for t in texts), texts


def test_a_purpose_infinitive_belongs_to_its_pledge():
    records = _records("Mahama said Ghana stands ready to work with the Togolese side to push for the rapid "
                       "expansion of their partnership.")
    assert [(r.kind, r.text) for r in records] == [
        ("commitment", "work with the Togolese side to push for the rapid expansion of their partnership")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides welcome the deepening of trade cooperation between Kumasi and Kara.",
        "The parties welcome Togo's in-depth co-operation with Ghanaian cities.",
    ],
)
def test_welcoming_is_a_stance_in_any_tense(sentence):
    records = _records(sentence)
    assert [r.kind for r in records] == ["position"], [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence,kind",
    [
        ("All parties should stay committed to a political settlement and respect each other's security concerns.",
         "position"),
        ("Relevant countries should stop politicising the world economy.", "position"),
        ("The international community should increase humanitarian aid to the Sahel.", "position"),
        ("The two sides should strengthen coordination at the United Nations.", "commitment"),
        ("Both countries must deepen cooperation against piracy.", "commitment"),
    ],
)
def test_what_others_should_do_is_a_call_and_what_the_parties_should_do_a_pledge(sentence, kind):
    records = _records(sentence)
    assert records and {r.kind for r in records} == {kind}, [(r.kind, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ('Togolese President Faure Gnassingbe said his government "fully supports" the project and would push ECOWAS '
         'members to join it.', [("commitment", ["TGO"]), ("position", ["TGO"])]),
        ("The two countries also vowed to step up intelligence sharing, and Togo said it would send a delegation to "
         "Accra in July to finalise a defence pact.", [("commitment", ["GHA", "TGO"]), ("commitment", ["TGO"])]),
        ("Ghana and Togo committed to reduce non-tariff barriers, harmonise customs procedures at the Aflao border "
         "post, and complete the one-stop border post by December 2025.",
         [("commitment", ["GHA", "TGO"])] * 3),
        ("The two presidents urged the international community to honour its climate finance commitments.",
         [("position", ["GHA", "TGO"])]),
        ("The two leaders directed their energy ministers to finalise the power interconnector agreement within "
         "three months.", [("commitment", ["GHA", "TGO"])]),
        ("The Heads of State noted with satisfaction the excellent relations between the two countries.",
         [("position", ["GHA", "TGO"])]),
        ("Ghana and Togo on Monday signed an agreement to build a gas pipeline along the coast.",
         [("commitment", ["GHA", "TGO"])]),
    ],
)
def test_news_and_communique_wording(sentence, expected):
    records = _records(sentence)
    assert sorted((r.kind, r.parties) for r in records) == sorted(expected), [(r.kind, r.parties, r.text) for r in records]


def test_a_delegation_sent_to_finalise_a_pact_is_dated():
    records = _records("Togo said it would send a delegation to Accra in July to finalise a defence pact.")
    assert [r.deadline for r in records] == ["2024-07"]


_VISIT = "Ghanaian President John Mahama received Togolese President Faure Gnassingbe in Accra on Monday. "


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Both agreed the violence along the frontier was unacceptable and further steps were required to achieve a durable ceasefire.",
         [("position", ["GHA", "TGO"])] * 2),
        ("Mahama said that given the challenges in the region, “now is the ideal moment to forge closer ties” with "
         "Togo.", [("position", ["GHA"])]),
        ("The Togolese president also voiced his wish to build a personal rapport with President Mahama.",
         []),
    ],
)
def test_judgements_lists_and_courtesies_in_reported_speech(sentence, expected):
    records = extract_text(_VISIT + sentence, published="2024-05-02").commitments
    assert sorted((r.kind, r.parties) for r in records) == sorted(expected), [(r.kind, r.parties, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana is ready to expand trade with Togo, jointly build a new railway, upgrade the border post and train "
        "customs officers.",
        "Togo pledged to expand trade with Ghana, jointly build a new railway, upgrade the border post and train "
        "customs officers.",
    ],
)
def test_a_list_of_pledges_the_parser_hangs_after_a_comma_stays_split(sentence):
    texts = [r.text for r in _records(sentence) if r.kind == "commitment"]
    assert len(texts) == 4 and texts[-1] == "train customs officers", texts
