"""Whom a "he" goes back to: not the subject of a relative clause ("the forum, which the UN will convene"),
and a doer the sentence's act placed in a country (a minister met the other side's minister) counts. Sentences
written for other countries."""

from tests.helpers import extract_text

_TEXT = ("Minister of State Dr. Ana Paula Ferreira met yesterday in Luanda with the Acting Foreign Minister of the "
         "interim Malian government, Moussa Traore.\n\n"
         "They discussed preparations for the donors' forum on the Sahel, which the United Nations will convene "
         "in Geneva in September.\n\n"
         "Ferreira reaffirmed Angola's support for the Malian people. He called on the interim authorities to "
         "release the detained journalists.")


def test_he_does_not_go_back_to_a_relative_clause_subject():
    events = [e for e in extract_text(_TEXT, published="2024-03-06").events if e.type == "REQUEST"]
    assert events and all("UN" not in e.parties for e in events), [(e.type, e.parties) for e in events]
