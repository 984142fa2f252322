"""The learned classifiers: stored weights current, nothing fitted at run time, and the static screens (the
cascade: the static twins settle the clear calls, MiniLM the rest) never change what the MiniLM models decide
(sentences written about other countries)."""

import pytest

from pactline.extractors import event_types, learned_model, statement_kind


@pytest.mark.parametrize("module", [event_types, statement_kind])
@pytest.mark.parametrize("encoder", learned_model.ENCODERS)
def test_stored_weights_are_current(module, encoder):
    # Fails after an exemplar file changed: run scripts/train_classifiers.py and commit the weights.
    assert learned_model.load(module.WEIGHTS, encoder, module.exemplar_digest(encoder)) is not None


def test_nothing_is_fitted_at_run_time(monkeypatch):
    event_types.model.cache_clear()
    statement_kind._model.cache_clear()

    def no_fitting(*_args, **_kwargs):
        raise AssertionError("fitted at run time")

    monkeypatch.setattr(learned_model, "fit", no_fitting)
    try:
        assert event_types.classify(["Chile and Peru signed a fisheries agreement in Lima."])
        assert statement_kind.probabilities(["Chile will build a port in Arica by 2027."])
    finally:
        event_types.model.cache_clear()
        statement_kind._model.cache_clear()


SECOND = [
    ("Ghana and Togo signed a memorandum on border trade during the visit.", frozenset({"AGREE"})),
    ("The Uruguayan foreign minister met his Paraguayan counterpart in Asuncion.", frozenset({"CONSULT"})),
    ("Armenian forces shelled villages near the border, killing three civilians.", frozenset({"ASSAULT"})),
    ("Fiji condemned the decision and recalled its ambassador from Canberra.", frozenset({"ACCUSE"})),
    ("Mongolia sent 200 tonnes of flour to Kyrgyzstan after the floods.", frozenset({"AID"})),
]


@pytest.mark.parametrize("sentence,coded", SECOND)
def test_screen_of_a_coded_sentence_keeps_the_minilm_decision(sentence, coded):
    def second_event(label, prob):
        return label not in coded | {event_types.NONE} and prob >= 0.6  # learned_events' rule

    [screened] = event_types.classify([sentence], [coded])
    [exact] = event_types._best(event_types.model("minilm"), learned_model.vectors([sentence], "minilm"))
    assert second_event(*screened) == second_event(*exact)


UNCODED = [
    "Estonian and Latvian officials discussed grid links at talks in Riga.",
    "Bolivian troops fired on protesters near the Peruvian border.",
    "Namibia's cabinet approved a loan to Botswana for a water pipeline.",
    "Kyrgyz and Tajik guards exchanged fire at a disputed checkpoint overnight.",
    "Heavy rain flooded the streets of the capital on Sunday.",
    "The museum opened in 1884 and holds some 40,000 manuscripts.",
    "Inflation in the euro area eased to 2.4 percent in November.",
    "Wheat prices fell for a third week as harvests in the south improved.",
]


@pytest.mark.parametrize("sentence", UNCODED)
def test_screen_of_an_uncoded_sentence_keeps_the_minilm_decision(sentence):
    def typed(label, prob):
        return (label, prob) if label != event_types.NONE and prob >= 0.25 else None  # learned_events' floor

    [screened] = event_types.classify([sentence])
    [exact] = event_types._best(event_types.model("minilm"), learned_model.vectors([sentence], "minilm"))
    assert typed(*screened) == typed(*exact)


def test_the_static_twin_settles_clear_calls_without_minilm(monkeypatch):
    embedded = []
    vectors = learned_model.vectors

    def counted(texts, encoder):
        if encoder == "minilm":
            embedded.extend(texts)
        return vectors(texts, encoder)

    monkeypatch.setattr(learned_model, "vectors", counted)
    labels = event_types.classify(UNCODED)
    assert "The museum opened in 1884 and holds some 40,000 manuscripts." not in embedded  # no event, surely
    assert "Inflation in the euro area eased to 2.4 percent in November." not in embedded
    assert UNCODED[0] in embedded and labels[1][0] == "ASSAULT"  # the typed ones go to MiniLM


def test_static_vectors_carry_meaning():
    import numpy as np

    a, b, c = learned_model.vectors([
        "Bolivia and Ecuador agreed to build a gas pipeline.",
        "Ecuador and Bolivia will construct a pipeline for natural gas.",
        "Heavy rain flooded the streets of the capital on Sunday.",
    ], "static")
    assert np.isclose(np.linalg.norm(a), 1.0, atol=1e-5)
    assert float(a @ b) > float(a @ c) + 0.2


JUDGED = [
    "Malawi will supply 20,000 tonnes of maize to Zambia before the end of the year.",
    "Slovenia intends to open a consulate in Zagreb next spring.",
    "Laos will help Cambodia train customs officers along the Mekong.",
    "The Zambian president will also attend a gala dinner at the state house.",
    "Observers said the summit showed how close the two governments had become.",
    "Uruguay plans to double its beef exports to Korea within five years.",
    "The delegation will tour a textile factory on the outskirts of Dhaka.",
]


@pytest.mark.parametrize("sentence", JUDGED)
def test_judge_screen_passes_every_sentence_minilm_could_veto(sentence):
    [static] = statement_kind.probabilities([sentence], "static")
    [exact] = statement_kind.probabilities([sentence])
    if static["neither"] < statement_kind.NEITHER_SCREEN:  # settled by the static twin: MiniLM would keep it
        assert exact["neither"] < statement_kind.NEITHER_VETO
    if exact["neither"] >= statement_kind.NEITHER_VETO:
        assert static["neither"] >= statement_kind.NEITHER_SCREEN


@pytest.mark.parametrize("module", [event_types, statement_kind])
def test_screens_were_measured_for_the_stored_weights(module):
    # Fails after the classifiers were refitted: run scripts/measure_screens.py on the lent sets, set the screens
    # from its table and MEASURED_ON from its last lines (until then the former screens are used).
    assert module.MEASURED_ON == {e: module.exemplar_digest(e) for e in learned_model.ENCODERS}


def test_other_weights_fall_back_to_the_former_screens(monkeypatch):
    monkeypatch.setattr(event_types, "MEASURED_ON", {"minilm": "other", "static": "other"})
    monkeypatch.setattr(statement_kind, "MEASURED_ON", {"minilm": "other", "static": "other"})
    event_types.screens.cache_clear()
    statement_kind.screen_value.cache_clear()
    try:
        assert event_types.screens() == (1.01, 0.05)
        assert statement_kind.screen_value() == 0.2
    finally:
        event_types.screens.cache_clear()
        statement_kind.screen_value.cache_clear()
