"""A proper-noun subject keeps a modal clause bound only when it is a person split by the parser or titled
("Kenya's army chief Gen. Y Z warned"); a project or an event named as the subject is no one."""

import pytest

from pactline.extractors.cue_base import split_name
from pactline.language.analysis import load_model


def _root(sentence):
    return next(t for t in load_model()(sentence) if t.dep_ == "ROOT")


@pytest.mark.parametrize("sentence", [
    "The Mombasa Corridor will create thousands of jobs.",
    "The Trans-Sahara Highway will link six capitals.",
])
def test_a_named_project_is_no_split_person(sentence):
    assert not split_name(_root(sentence))


@pytest.mark.parametrize("sentence", [
    "Kenya's army chief Gen. Charles Mwangi-Kahara warned that troops would be deployed.",
    "President Ruto will build a road.",
])
def test_a_titled_name_is_a_person(sentence):
    assert split_name(_root(sentence))
