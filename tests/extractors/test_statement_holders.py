"""Who holds a pledge or a stance: the speaker of reported speech, pronouns, conjoined clauses with their own
subject, on sentences written for other country pairs."""

import pytest

from tests.helpers import extract_text

CONTEXT = "Ghana and Togo held talks in Accra on Monday. "


def _records(sentence, context=CONTEXT, published="2024-05-02"):
    return extract_text(context + sentence, published=published).commitments


@pytest.mark.parametrize(
    "sentence,kind,parties",
    [
        ("Ghana said it would build a new border post on the coastal road.", "commitment", ["GHA"]),
        ("Ghanaian President John Mahama said he would work to double cocoa exports.", "commitment", ["GHA"]),
        ("Togolese officials say they will reopen the border crossing at Aflao.", "commitment", ["TGO"]),
        ("“We will double our support for the refugees,” Togolese Foreign Minister Robert Dussey told reporters.",
         "commitment", ["TGO"]),
        ("Togo's foreign ministry said that it strongly opposes any military intervention in Niger.", "position", ["TGO"]),
        ("Ghana and Togo upgraded ties, with the two leaders saying they intend to sign pacts on energy and mining.",
         "commitment", ["GHA", "TGO"]),
    ],
)
def test_a_pronoun_in_reported_speech_is_its_speaker(sentence, kind, parties):
    records = [r for r in _records(sentence) if r.kind == kind]
    assert records, [(r.kind, r.text) for r in _records(sentence)]
    assert all(r.parties == parties for r in records), [(r.parties, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence,texts",
    [
        ("The Togolese minister said the junta will fail and Ghana will continue to support the Sahel states.",
         ["support the Sahel states"]),
        ("He warned that the junta will collapse, and Togo will keep its border open to refugees.",
         ["keep its border open to refugees"]),
        ("“He will fail and we will continue to support the Sahel states,” the Ghanaian minister said.",
         ["support the Sahel states"]),
    ],
)
def test_a_forecast_of_failure_binds_no_one(sentence, texts):
    got = [r.text for r in _records(sentence) if r.kind == "commitment"]
    assert len(got) == len(texts) and all(any(t in g for g in got) for t in texts), got
    assert not any("fail" in g.split()[:2] or "collapse" in g.split()[:2] for g in got), got


@pytest.mark.parametrize(
    "sentence,text",
    [
        ("Ghana will build the road and Togo will finance the bridge.", "finance the bridge"),
        ("Ghana will host the next summit, and Togo will provide the security detail for it.", "provide the security detail"),
    ],
)
def test_a_conjoined_clause_with_its_own_subject_is_its_own_pledge(sentence, text):
    by_text = {r.text: r.parties for r in _records(sentence) if r.kind == "commitment"}
    assert any(text in t and p == ["TGO"] for t, p in by_text.items()), by_text


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo held talks in Accra on Monday. Ghanaian Foreign Minister Samuel Ablakwa said: “Our ties are "
        "strong. The Malian junta leader thinks he can wait us out. I will continue to press for elections in Mali.”",
        "Ghana and Togo held talks in Accra on Monday.\nGhanaian Foreign Minister Samuel Ablakwa said: “Our ties are "
        "strong.\n\"The Malian junta leader thinks he can wait us out. I will continue to press for elections in Mali.\"",
    ],
)
def test_i_in_a_quotation_over_several_sentences_is_who_opened_it(text):
    records = [r for r in extract_text(text, published="2024-05-02").commitments if "elections" in r.text]
    assert records and all(r.parties == ["GHA"] for r in records), [(r.parties, r.text) for r in records]


def test_a_participle_of_speaking_is_no_relative_clause():
    text = ('Zambia and Malawi on Friday announced an upgrade of relations to a "STRATEGIC PARTNERSHIP" with the heads '
            'of both governments saying they intend to conclude deals on power trade and roads.')
    records = [r for r in extract_text(text, published="2024-05-02").commitments if r.kind == "commitment"]
    assert records and all(r.parties == ["MWI", "ZMB"] for r in records), [(r.parties, r.text) for r in records]


_COMMENTATOR = ("Ghana and Togo held talks in Accra on Monday. Kwame Mensah, a researcher at the Accra Institute of "
                "Policy, said the ties were strong. ")


@pytest.mark.parametrize(
    "sentence",
    [
        "“Relations between them are a model,” Mensah said, “The two countries uphold mutual respect and share the "
        "same views on regional security.”",
        "Analysts said the two countries will deepen trade in cocoa.",
        "“The two countries will deepen trade in cocoa,” said Mensah.",
        "Mensah added that both governments are committed to building the coastal railway.",
        "Mensah said: “The border is calm.\n\"Both governments will build the coastal railway by 2027.\"",
    ],
)
def test_a_commentators_words_are_no_partys_pledge_or_stance(sentence):
    records = _records(sentence, context=_COMMENTATOR)
    assert records == [], [(r.kind, r.text) for r in records]


def test_a_party_quoted_after_a_commentator_still_speaks():
    records = _records("“The two countries will deepen trade in cocoa,” Togolese Foreign Minister Robert Dussey said.",
                       context=_COMMENTATOR)
    assert [r.parties for r in records] == [["GHA", "TGO"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana sincerely hopes that Togo will continue to develop and become stronger, Mahama said.",
        "The Ghanaian president wished that Togo would prosper and its people would enjoy peace.",
    ],
)
def test_a_wish_for_another_country_binds_no_one(sentence):
    records = [r for r in _records(sentence) if r.kind == "commitment"]
    assert records == [], [(r.parties, r.text) for r in records]


def test_a_hope_for_ones_own_act_keeps_its_speaker():
    records = _records("Togo hopes that it will join the trade bloc by 2026.")
    assert [(r.kind, r.parties, r.deadline) for r in records] == [("commitment", ["TGO"], "2026")]


@pytest.mark.parametrize(
    "context,sentence,kind,parties",
    [
        ("Ghanaian President Kofi Amankwah received President Edem Kodjo in Accra on Monday for talks between Ghana "
         "and Togo. ", "President Kodjo emphasised regional integration as the core of his country's approach.",
         "position", ["TGO"]),
        (CONTEXT, "A joint Ghanaian-Togolese statement welcomed the growth of trade between the two countries.",
         "position", ["GHA", "TGO"]),
        (CONTEXT, "A joint Ghanaian-Togolese statement hailed the new railway and stressed the importance of port "
         "security.", "position", ["GHA", "TGO"]),
        ("King Mohammed VI of Morocco received Ghanaian President John Mahama in Rabat on Monday. ",
         "The Kingdom welcomed the increased investment of Ghanaian companies in its ports.", "position", ["MAR"]),
        ("Ghana and Togo held their third Strategic Dialogue in Accra on Monday. ",
         "The Dialogue expressed particular concern about the spread of armed groups in the Sahel.", "position", ["GHA", "TGO"]),
        (CONTEXT, "The joint commission agreed to open two new border posts.", "commitment", ["GHA", "TGO"]),
    ],
)
def test_subjects_that_stand_for_a_party(context, sentence, kind, parties):
    records = _records(sentence, context=context)
    assert records and {(r.kind, tuple(r.parties)) for r in records} == {(kind, tuple(parties))}, \
        [(r.kind, r.parties, r.text) for r in records]


@pytest.mark.parametrize(
    "context,sentence",
    [
        (CONTEXT, "The Republic welcomed the increased investment of foreign companies in its ports."),  # both are republics
        (CONTEXT, "The European Commission expressed concern about the spread of armed groups in the Sahel."),
    ],
)
def test_subjects_that_stand_for_no_party_of_the_pair(context, sentence):
    records = _records(sentence, context=context)
    assert all(r.parties != ["GHA", "TGO"] and r.parties not in (["GHA"], ["TGO"]) for r in records), \
        [(r.kind, r.parties, r.text) for r in records]


@pytest.mark.parametrize(
    "context,sentence",
    [
        (CONTEXT, "The statement said the strikes had hit radar sites and will degrade the militants' capabilities."),
        (CONTEXT, "The group said it will keep attacking convoys on the coastal road."),
    ],
)
def test_a_statement_or_group_not_called_joint_is_not_both_parties(context, sentence):
    records = _records(sentence, context=context)
    assert all(r.parties != ["GHA", "TGO"] for r in records), [(r.kind, r.parties, r.text) for r in records]


def test_the_joint_statement_is_both_parties():
    records = _records("The joint statement stressed the importance of port security.")
    assert [(r.kind, r.parties) for r in records] == [("position", ["GHA", "TGO"])]


@pytest.mark.parametrize(
    "sentence,parties",
    [
        ("The Togolese foreign ministry said further steps will follow as part of its response to the expulsions.", ["TGO"]),
        ("“Today's sanctions will continue to choke off the junta's revenue,” Ghanaian Foreign Minister Samuel Ablakwa "
         "said.", ["GHA"]),
        ("Ghana said the new measures will strengthen controls at the border.", ["GHA"]),
    ],
)
def test_measures_a_speaker_announces_are_the_speakers_pledge(sentence, parties):
    records = [r for r in _records(sentence) if r.kind == "commitment"]
    assert [r.parties for r in records] == [parties], [(r.parties, r.text) for r in records]


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts said the measures will hurt trade.",
        "New measures will follow next month.",
        "Economists expect the sanctions will push prices higher.",
    ],
)
def test_measures_nobody_announces_bind_no_one(sentence):
    assert [r for r in _records(sentence) if r.kind == "commitment"] == []


def test_an_official_speaks_for_the_government_whose_act_he_announced():
    text = ("The Togolese government has lodged a protest against Ghana over the border closure, spokesman Akodah "
            "Ayewouadan said on Monday. “The closure is unacceptable since it contradicts our country’s position,” "
            "Ayewouadan told a news conference.")
    records = extract_text(text, published="2024-05-02").commitments
    assert [(r.kind, r.parties) for r in records] == [("position", ["TGO"])], [(r.kind, r.parties, r.text) for r in records]


def test_a_surname_written_with_its_article_names_the_same_leader():
    text = ("Iraqi Prime Minister Mohammed Shia al-Sudani received Jordan's King Abdullah II in Baghdad on Sunday. "
            "\"We reject any attack on our territory, and we call for restraint,\" Sudani told a joint press conference.")
    records = extract_text(text, published="2024-05-02").commitments
    assert [(r.kind, r.parties) for r in records] == [("position", ["IRQ"]), ("position", ["IRQ"])], \
        [(r.kind, r.parties, r.text) for r in records]
