"""Filter values a user types are checked: a misspelt type or code is one clear error, not an empty answer."""

import pytest

from pactline.core import checks
from pactline.core.errors import QueryError


@pytest.mark.parametrize("text, codes", [("chn, blr", ["CHN", "BLR"]), ("KEN", ["KEN"]), (None, []), ("", [])])
def test_party_codes_are_read(text, codes):
    assert checks.party_codes(text) == codes


@pytest.mark.parametrize("text", ["Kenya", "KE", "KEN,12A"])
def test_what_is_no_alpha3_code_is_refused(text):
    with pytest.raises(QueryError, match="alpha-3"):
        checks.party_codes(text)


@pytest.mark.parametrize("text, kind", [("consult", "CONSULT"), (" Assault ", "ASSAULT"), (None, None)])
def test_plover_types_are_read(text, kind):
    assert checks.event_type(text) == kind


@pytest.mark.parametrize("text", ["BOGUS", "MEET", "visit"])
def test_what_is_no_plover_type_is_refused(text):
    with pytest.raises(QueryError, match="PLOVER type"):
        checks.event_type(text)


def test_the_timeline_refuses_an_unknown_type_in_one_line(tmp_path):
    from typer.testing import CliRunner

    from pactline.cli import app

    db = tmp_path / "t.duckdb"
    from pactline.store.database import Store

    Store(db).close()
    result = CliRunner().invoke(app, ["timeline", "--db", str(db), "--type", "BOGUS"])
    assert result.exit_code == 2 and "PLOVER type" in result.output
