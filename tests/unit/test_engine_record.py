"""One audit record on every result: the same fields, the same meaning, whichever capability."""

from __future__ import annotations

import hashlib

from assistant.chat.models import ChatReply
from assistant.feedback.models import CodedComment
from assistant.llm.engine import Engine, EngineInfo, EngineRecord, prompt_fields
from assistant.planning.plan.models import Plan
from assistant.prompts import load_prompt, parse_prompt, prompts_root
from knowledge_base.models import Answer

AUDIT_FIELDS = {"engine", "model", "prompt_version", "prompt_hash", "fallback_reason"}


def test_every_result_carries_the_same_record() -> None:
    assert issubclass(CodedComment, EngineRecord) and issubclass(Answer, EngineRecord)
    assert Plan.model_fields["engine"].annotation is EngineInfo
    assert ChatReply.model_fields["engine"].annotation is EngineInfo
    assert set(EngineRecord.model_fields) == AUDIT_FIELDS


def test_the_prompt_hash_names_the_file_content() -> None:
    prompt = load_prompt("knowledge/answer", "en")
    shipped = (prompts_root() / "knowledge" / "answer.en.md").read_text(encoding="utf-8")
    assert prompt.digest == hashlib.sha256(shipped.encode("utf-8")).hexdigest()
    one = prompt_fields(prompt)
    assert one["prompt_version"] == "knowledge/answer@1.1" and len(one["prompt_hash"]) == 12
    edited = parse_prompt(shipped.replace("\n---\n", "\n---\nNote.\n", 1))
    assert edited.version_tag == prompt.version_tag  # same version, new text: a new hash
    assert prompt_fields(edited)["prompt_hash"] != one["prompt_hash"]
    both = prompt_fields(prompt, load_prompt("knowledge/answer", "nl"))
    assert both["prompt_version"] == "knowledge/answer@1.1+knowledge/answer@1.1"
    assert both["prompt_hash"] != one["prompt_hash"]


def test_a_fallback_keeps_what_answered_and_names_what_failed() -> None:
    offline = EngineInfo(engine=Engine.OFFLINE, prompt_version="rules-1")
    fallen = offline.fallen_back("smollm2", "timed out" * 100)
    assert fallen.engine is Engine.OFFLINE_FALLBACK
    assert (fallen.model, fallen.prompt_version) == (None, "rules-1")
    assert fallen.fallback_reason and fallen.fallback_reason.startswith("smollm2: timed out")
    assert len(fallen.fallback_reason) == 300
