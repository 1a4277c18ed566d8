"""Every lexicon has a Dutch and an English table with the same keys."""

from importlib import resources

import pytest
import yaml

from assistant.text.lexicon import load

NAMES = sorted(
    path.name.removesuffix(".yaml")
    for path in resources.files("assistant.text").joinpath("lexicons").iterdir()
    if path.name.endswith(".yaml")
)


def test_there_are_lexicons() -> None:
    assert {"currencies", "numbers", "people", "periods", "units", "dates"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_parity(name: str) -> None:
    tables = load(name)
    assert set(tables) - {"shared"} == {"nl", "en"}
    assert set(tables["nl"]) == set(tables["en"])
    assert all(tables["nl"][key] and tables["en"][key] for key in tables["nl"])


@pytest.mark.parametrize("name", NAMES)
def test_plain_yaml_lists_of_words(name: str) -> None:
    raw = yaml.safe_load(
        resources.files("assistant.text").joinpath(f"lexicons/{name}.yaml").read_text("utf-8")
    )
    for table in raw.values():
        for values in table.values():
            assert isinstance(values, list) and all(isinstance(v, str) for v in values)
