"""The learned isolation reader: shipped in step with its examples, and the reader asks it where
its cue words name no method."""

from __future__ import annotations

import pytest

from assistant.figures import read
from assistant.figures.isolation_model import ISOLATION, isolation_model, masked
from assistant.roi import IsolationMethod
from assistant.text.language import Language


def test_the_shipped_model_was_fitted_on_the_shipped_examples() -> None:
    texts, labels = ISOLATION.load_examples()
    assert len(texts) == 1558 and set(labels) == {
        m.value for m in IsolationMethod if m is not IsolationMethod.OTHER
    }
    assert isolation_model().digest == ISOLATION.digest(texts, labels), (
        "the examples changed: refit with scripts/build_text_caches.py"
    )


def test_figures_are_masked() -> None:
    assert masked("Omzet +8%, in de andere 4 vestigingen € 1.200 minder") == (
        "omzet + # , in de andere # vestigingen # minder"
    )


@pytest.mark.parametrize(
    ("text", "language", "method"),
    [
        (
            "Volgens het prognosemodel van onze afdeling finance waren het zonder de training "
            "410 claims geweest; het werden er 360.",
            Language.NL,
            IsolationMethod.FORECASTING,
        ),
        (
            "The depots that did not get the course improved by 2%, the trained ones by 9%.",
            Language.EN,
            IsolationMethod.CONTROL_GROUP,
        ),
        (
            "An outside analyst who knows our sector put the course's share at 40%.",
            Language.EN,
            IsolationMethod.EXPERT_ESTIMATE,
        ),
        (
            "In de klantenenquête zeiden klanten hoeveel het nieuwe adviesgesprek hun keuze "
            "had beïnvloed: gemiddeld 30%.",
            Language.NL,
            IsolationMethod.CUSTOMER_INPUT,
        ),
        ("Toeschrijving 60%, zekerheid 80%.", Language.NL, None),
        ("We had no comparison group, so count all of it.", Language.EN, None),
    ],
)
def test_methods_in_words_the_cue_lists_do_not_hold(
    text: str, language: Language, method: IsolationMethod | None
) -> None:
    assert read(text, language).isolation is method


def test_the_model_reads_only_the_first_sentences_of_a_long_paste() -> None:
    method = "The depots that did not get the course improved by 2%, the trained ones by 9%."
    filler = " ".join(f"Regel {n} van het verslag gaat over de planning." for n in range(25))
    assert read(f"{method} {filler}", Language.EN).isolation is IsolationMethod.CONTROL_GROUP
    assert read(f"{filler} {method}", Language.EN).isolation is None
