"""Round 16 stance mechanisms, each found across several lent sets (docs in CHANGELOG):
- an official the text names by person or office alone, whose stance is aimed at one of the text's two countries,
  speaks for the other one (as language/parties.py places such an official's acts);
- a reported clause told beside the same speaker's stance verb is a stance of its own ("said X and urged Y");
- a stance whose own clause names no field keeps the field its sentence names and is political too."""

from tests.helpers import extract_text


def _positions(text: str, published: str = "2024-03-12"):
    return [r for r in extract_text(text, published=published).commitments if r.kind == "position"]


def test_an_unplaced_minister_accusing_one_side_speaks_for_the_other():
    text = ("Sweden and Norway quarrelled over fishing quotas in the Skagerrak on Tuesday. "
            "Foreign Minister Lars Holmvik accused Stockholm of overfishing cod in the strait.")
    found = [r for r in _positions(text) if "overfishing" in r.text]
    assert found and found[0].parties == ["NOR"], [(r.parties, r.text) for r in found]


def test_an_unplaced_premier_calling_on_one_side_speaks_for_the_other():
    text = ("Latvia and Estonia traded complaints over the closed crossing at Valka on Monday. "
            "Prime Minister Aino Kaskmaa called on Riga to reopen the crossing before the holidays.")
    found = [r for r in _positions(text) if "reopen" in r.text]
    assert found and found[0].parties == ["EST"], [(r.parties, r.text) for r in found]


def test_an_unplaced_minister_aiming_at_no_country_holds_nothing():
    text = ("Latvia and Estonia traded complaints over the closed crossing at Valka on Monday. "
            "Prime Minister Aino Kaskmaa condemned the delay.")
    assert not [r for r in _positions(text) if "delay" in r.text]


def test_a_judgement_said_beside_a_call_is_a_stance_of_its_own():
    text = ("Ghana and Togo met in Lome on Monday. Ghana's finance ministry said the new port levy was lawful "
            "and urged Togo to drop its complaint to the regional court.")
    texts = [r.text for r in _positions(text, "2024-05-06")]
    assert any("lawful" in t and "urged" not in t for t in texts) and any("complaint" in t for t in texts), texts


def test_a_stance_verb_then_a_judgement_said_gives_two_stances():
    text = ("Kenya and Uganda argued over the fish export ban on Friday. Kenya's trade minister condemned the ban "
            "and said the measure had no basis in the customs union treaty.")
    texts = [r.text for r in _positions(text, "2024-05-10")]
    assert any("no basis" in t for t in texts) and any("ban" in t and "basis" not in t for t in texts), texts


def test_a_past_act_said_beside_a_stance_is_no_stance_of_its_own():
    text = ("Ghana and Togo traded blame on Monday. Ghana's defence minister condemned the raid and said two "
            "soldiers were killed near the border.")
    assert not [r for r in _positions(text, "2024-05-06") if "killed" in r.text and "raid" not in r.text]


def test_a_plan_said_beside_a_call_is_no_stance():
    text = ("Peru and Chile met in Lima on Monday. Peru's foreign minister said the talks would resume in May "
            "and urged calm.")
    assert not [r for r in _positions(text, "2024-04-08") if "resume" in r.text]


def test_a_stance_naming_no_field_keeps_its_sentences_field_and_politics():
    for text, field in [
        ("Ghana's defence minister, speaking after the naval clash near the reef, expressed solidarity with Togo.",
         "security"),
        ("Kenya's minister, asked about the new tariffs on steel imports, rejected the claims made by Uganda.", "trade"),
    ]:
        found = _positions("Ghana, Togo, Kenya and Uganda were named. " + text)
        assert found and field in found[-1].domains and "politics" in found[-1].domains, \
            [(r.text, r.domains) for r in found]


def test_a_view_said_in_a_relative_clause_is_its_subjects_stance():
    for text, word, party in [
        ("Norway and Iceland met in Reykjavik on Monday. Iceland proposed a quota rule that Oslo said was written "
         "for the largest trawler fleets.", "written", "NOR"),
        ("Slovenia and Croatia argued over energy links on Monday. Croatia's minister criticised a pipeline route "
         "that Zagreb said was chosen without any public hearing.", "hearing", "HRV"),
    ]:
        found = [r for r in _positions(text, "2024-06-03") if word in r.text]
        assert found and found[0].parties == [party], [(r.parties, r.text) for r in _positions(text, "2024-06-03")]
