"""The chat's models are loaded before a first turn needs them."""

from assistant.chat.classifier import classifier
from assistant.chat.warm_up import warm_up
from assistant.figures.cost_model import cost_model


def test_warm_up_loads_the_intent_classifier_and_the_cost_model() -> None:
    classifier.cache_clear()
    cost_model.cache_clear()
    warm_up()
    assert classifier.cache_info().currsize == 1
    assert cost_model.cache_info().currsize == 1
