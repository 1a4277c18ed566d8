"""The money rule on every reply of every blind conversation (issue 14): no reply needs the guard
to remove a figure, and every figure in it comes from the user, the calculator, a tool or a cited
source passage."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.chat import MessageIn, SessionCreate, guard
from assistant.roi import compute_roi
from assistant.services import Services
from tests.chat.conftest import assert_money_rule

CONVERSATIONS = Path(__file__).parents[2] / "benchmarks" / "data" / "chat_blind" / "conversations"
CASES = sorted(CONVERSATIONS.glob("*.json"))


def test_the_blind_set_is_there() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_every_reply_keeps_the_money_rule(path: Path, services: Services) -> None:
    case = json.loads(path.read_text("utf-8"))
    session = services.chat.create(SessionCreate()).id
    user: list[str] = []
    calculator: set[Decimal] = set()
    for text in case["turns"]:
        user.append(text)
        reply = services.chat.send(session, MessageIn(text=text))
        if reply.tools.roi_input is not None:
            calculator |= guard.numbers_of(compute_roi(reply.tools.roi_input))
        calculator |= guard.numbers_of(reply.tools.roi_result)
        assert reply.notes == [], f"the guard had to mend: {reply.text}"
        assert_money_rule(reply, user=user, calculator=calculator)
