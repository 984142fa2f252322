"""What forked workers inherit: the tables warmed before the fork exist and are cached (a renamed or uncached
builder would be built again in every worker), and loading spaCy leaves its real command line importable."""

from __future__ import annotations

import importlib
import sys

from pactline.run import forked


def test_every_warmed_builder_is_a_cached_function():
    for name in forked.WARM:
        module, function, *_args = name.split(":")
        builder = getattr(importlib.import_module(module), function)
        assert hasattr(builder, "cache_info"), f"{name} is not cached: warming it before the fork saves nothing"


def test_warm_up_builds_each_table_once():
    forked.warm_up()
    for name in forked.WARM:
        module, function, *_args = name.split(":")
        assert getattr(importlib.import_module(module), function).cache_info().currsize >= 1, name


def test_spacy_command_line_is_real_after_loading():
    from pactline.language.analysis import load_model

    load_model()
    assert not any(isinstance(sys.modules.get(n), type(sys)) and getattr(sys.modules[n], "__file__", None) is None
                   for n in ("spacy.cli", "spacy.cli.info") if n in sys.modules)
    importlib.import_module("spacy.cli.info")
    assert sys.modules["spacy.cli.info"].__file__.endswith("info.py")
    assert callable(sys.modules["spacy"].info)
