"""The language check: a text in another language is skipped with a reason, a short one too; English texts
with foreign names or a foreign date line stay English."""

import pytest

from pactline.reading.language_check import detect_language


@pytest.mark.parametrize(
    "text,language",
    [
        ("Le président du Sénégal a reçu le Premier ministre de la Mauritanie pour des entretiens.", "french"),
        ("El canciller de Uruguay se reunió con su homólogo de Paraguay para una reunión de trabajo.", "spanish"),
        ("Der Außenminister hat den Botschafter von Ghana zu einem Gespräch empfangen und die Zusammenarbeit gelobt.", "german"),
    ],
)
def test_a_short_text_in_another_language_is_skipped(text, language):
    code, reason = detect_language(text)
    assert code == "und" and language in reason


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Jean-Yves Le Drian met his Moroccan counterpart in Rabat on Monday.",
        "The Union pour la Méditerranée secretariat welcomed the plan of Chile and Peru.",
        "Dakar, le 4 mars 2024",
        "Ghana and Togo signed a border accord.",
    ],
)
def test_english_with_foreign_names_stays_english(text):
    assert detect_language(text)[0] == "en"
