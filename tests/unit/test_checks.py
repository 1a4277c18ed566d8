"""The typed check tests use to get a value that must be there."""

import pytest

from tests.checks import present


@pytest.mark.parametrize("value", [0, "", [], False, "brief"])
def test_present_returns_any_value_but_none_even_a_falsy_one(value: object) -> None:
    assert present(value) is value


def test_present_fails_the_test_on_none() -> None:
    with pytest.raises(AssertionError, match="got None"):
        present(None)
