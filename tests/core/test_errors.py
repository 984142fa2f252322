"""Errors cross process boundaries intact: forked and Dask workers send skipped inputs back pickled."""

import pickle

import pytest

from pactline.core.errors import InputError, PactlineError, StoreError


@pytest.mark.parametrize("error", [InputError("reports/a.pdf", "scanned PDF without a text layer"),
                                   StoreError("x.duckdb: not a database")])
def test_errors_survive_pickling(error):
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error) and str(back) == str(error) and isinstance(back, PactlineError)
    if isinstance(error, InputError):
        assert (back.source, back.reason) == (error.source, error.reason)
