"""Round 6 statement families seen in several held-out sets, told here about other countries: a refusal to
accept, recognise or tolerate under a modal is a stance, not a pledge; "the government" or "the army" under a
reported speaker is the speaker's own; a pledge to hold a meeting of the pair's series is institutional first;
humanitarian and conflict words name their domains."""

import pytest

from tests.helpers import extract_text

LEAD = "Ghana and Peru held talks in Accra on Monday. "


def _records(text):
    return extract_text(LEAD + text, published="2024-05-02").commitments


def _with(text, words):
    return [r for r in _records(text) if words in r.text]


@pytest.mark.parametrize(
    "sentence,words,party",
    [
        ("Peru's foreign minister said Lima would not recognise the result of the vote.", "not recognise the result",
         "PER"),
        ("Ghana will never accept any change of its borders by force.", "never accept any change", "GHA"),
        ('Ghanaian President John Mahama said his country would not accept "any annexation of the territory".',
         "not accept", "GHA"),
        ("Peru would not condone the seizure of the vessel, its foreign ministry said.", "not condone", "PER"),
    ],
)
def test_a_refusal_under_a_modal_is_a_stance(sentence, words, party):
    found = _with(sentence, words)
    assert found and all(r.kind == "position" and r.parties == [party] for r in found), \
        [(r.kind, r.text, r.parties) for r in _records(sentence)]


@pytest.mark.parametrize(
    "sentence,words",
    [
        ("Peru will not allow its territory to be used against Ghana.", "not allow its territory"),
        ("Ghana will accept the ruling of the court.", "accept the ruling"),
    ],
)
def test_an_act_or_an_acceptance_stays_a_pledge(sentence, words):
    found = _with(sentence, words)
    assert found and all(r.kind == "commitment" for r in found), [(r.kind, r.text) for r in _records(sentence)]


@pytest.mark.parametrize(
    "sentence,words,party",
    [
        ("Ghanaian President John Mahama also pledged that Ghana would keep helping Peru build its ports, and said "
         "the government would provide medical equipment to help fight the outbreak.", "provide medical equipment",
         "GHA"),
        ("Peru's defence ministry said the army would stay on alert along the border.", "stay on alert", "PER"),
    ],
)
def test_the_government_under_a_reported_speaker_is_the_speakers(sentence, words, party):
    found = _with(sentence, words)
    assert found and all(r.parties == [party] for r in found), [(r.text, r.parties) for r in _records(sentence)]


def test_an_unplaced_organ_with_no_speaker_binds_no_one():
    assert not _with("The army would stay on alert, analysts said.", "stay on alert")


@pytest.mark.parametrize(
    "sentence,words",
    [
        ("The two sides agreed to convene the next meeting of the Ghana-Peru Joint Commission in Lima early next "
         "year, and to expand cooperation on trade and energy.", "convene the next meeting"),
        ("The leaders decided to hold their third summit in Lusaka.", "hold their third summit"),
        ("The presidents agreed that the joint commission on mining and energy will be convened in Cusco in 2025.",
         "convened in Cusco"),
    ],
)
def test_a_pledge_to_hold_a_meeting_is_institutional_first(sentence, words):
    found = _with(sentence, words)
    assert found and found[0].domains[0] == "institutional", [(r.text, r.domains) for r in _records(sentence)]


def test_meeting_a_target_is_no_meeting():
    found = _with("The two countries agreed to meet the targets of the trade plan.", "meet the targets")
    assert found and "institutional" not in found[0].domains, [(r.text, r.domains) for r in found]


@pytest.mark.parametrize(
    "sentence,words,domain",
    [
        ("Peru's President expressed deep concern over the humanitarian crisis in the Sahel.", "humanitarian crisis",
         "emergency"),
        ("Ghana pledged to fund shelters for refugees in Niger.", "refugees", "emergency"),
        ("Brazil urged them to exercise restraint.", "exercise restraint", "security"),
        ("Ghana condemned the repeated attempts to destabilise its northern regions.", "destabilise", "security"),
        ("The two sides agreed to coordinate their positions before the CELAC summit.", "CELAC", "multilateral"),
    ],
)
def test_domain_words_of_crises_conflicts_and_regional_bodies(sentence, words, domain):
    found = _with(sentence, words)
    assert found and domain in found[0].domains, [(r.text, r.domains) for r in _records(sentence)]
