"""The learned classifiers: stored weights current, nothing fitted at run time, and the static screens never
change what the MiniLM models decide (sentences written about other countries)."""

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


def test_an_uncoded_sentence_is_always_decided_by_minilm():
    sentence = "Estonian and Latvian officials discussed grid links at talks in Riga."
    [(label, prob)] = event_types.classify([sentence])
    [(ref_label, ref_prob)] = event_types._best(event_types.model("minilm"),
                                                learned_model.vectors([sentence], "minilm"))
    assert (label, prob) == (ref_label, ref_prob)


def test_static_vectors_carry_meaning():
    import numpy as np

    a, b, c = learned_model.vectors([
        "Bolivia and Ecuador agreed to build a gas pipeline.",
        "Ecuador and Bolivia will construct a pipeline for natural gas.",
        "Heavy rain flooded the streets of the capital on Sunday.",
    ], "static")
    assert np.isclose(np.linalg.norm(a), 1.0, atol=1e-5)
    assert float(a @ b) > float(a @ c) + 0.2
