"""A statement whose sentence names no field is political and about what the document is about: it keeps
"politics" and gains the field the document's other statements name. Sentences written for other countries."""

from tests.helpers import extract_text

HEAD = "Chile and Peru held talks in Lima on 3 May 2024. "


def _domains(text):
    return {r.text: r.domains for r in extract_text(HEAD + text, published="2024-05-03").commitments}


def test_a_stance_naming_no_field_takes_the_documents_field():
    domains = _domains("Peru pledged to expand agricultural exports of blueberries to Chile. "
                       "Peru pledged to raise its imports of Chilean salmon. "
                       "Peru rejected the decision and called on Chile to reverse it.")
    assert domains["rejected the decision"] == ["politics", "trade"]
    assert domains["called on Chile to reverse it"] == ["politics", "trade"]


def test_without_other_fields_it_stays_politics():
    domains = _domains("Peru rejected the decision and called on Chile to reverse it.")
    assert domains["rejected the decision"] == ["politics"]


def test_a_statement_naming_its_field_keeps_it():
    domains = _domains("Peru pledged to expand agricultural exports of blueberries to Chile. "
                       "Peru called for an immediate ceasefire in the border region.")
    assert "politics" not in domains["called for an immediate ceasefire in the border region"]


def test_who_reports_a_stance_names_no_field():
    # "state media", "news agency", "television" are the reporter's words, not the stance's field
    domains = _domains("Chile accused Peru of an armed incursion across the border. "
                       "Peruvian state media said Lima rejected the accusations as false. "
                       "According to the Andina news agency, Peru urged Chile to avoid steps that harm good relations.")
    assert domains["rejected the accusations as false"] == ["politics", "security"], domains
    assert "culture" not in domains["urged Chile to avoid steps that harm good relations"], domains


def test_a_stance_naming_no_field_takes_the_field_of_the_sentence_before():
    domains = _domains("Peru pledged to expand agricultural exports of blueberries to Chile. "
                       "Peru pledged to raise its imports of Chilean salmon. "
                       "Chile raised the pollution of the Lauca river by the new dam. "
                       "Peru rejected the complaint and called on Chile to withdraw it.")
    assert domains["rejected the complaint"] == ["politics", "environment"], domains


def test_peace_and_fighting_are_security():
    domains = _domains("Peru expressed concern over the fighting in the border province. "
                       "Chile called on the rebels to join the peace process.")
    assert "security" in domains["expressed concern over the fighting in the border province"], domains
    assert "security" in domains["called on the rebels to join the peace process"], domains
