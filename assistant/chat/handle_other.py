"""Method questions (knowledge base), pasted comments (feedback coder), objectives (SMART), and
the conversational turns: greeting, help, thanks, out of scope, unclear, empty, and refusals."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from assistant.chat.context import Ctx, Draft
from assistant.chat.models import Intent, ToolResults
from assistant.chat.phrases import LEVEL_NAMES
from assistant.chat.texts import say
from assistant.feedback.models import CommentIn, Level
from assistant.planning import check_objective
from assistant.text.formatting import join
from assistant.text.language import Language
from knowledge_base.models import AskRequest

MAX_COMMENTS = 1_000
SHOWN_COMMENTS = 10


_FOLLOW_UP = re.compile(
    r"^\W*(?:en|and|maar|but|ook|also|what about|how about|hoe zit het met|en voor|and for|"
    r"en bij|en wat|and what|and how|en hoe|en na|and after|en wanneer|and when)\b",
    re.IGNORECASE,
)


def ask_method(ctx: Ctx) -> Draft:
    """Answer from the knowledge base in the conversation's language (an English phrase in a
    Dutch question keeps the answer Dutch); the answer's [n] markers are its citations. A short
    follow-up ("and after how many weeks?") is asked together with the question before it."""
    question = ctx.text.strip()[:2000]
    previous = ctx.state.last_question
    if previous and _FOLLOW_UP.match(question) and len(question.split()) <= 10:
        question = f"{previous} {question}"  # "en na hoeveel weken?" asks about the last topic
    ctx.state.last_question = question[:500]
    request = AskRequest(question=question, language=ctx.language.value)
    answer = ctx.tools.ask(request)
    language = Language(answer.language)
    text = answer.answer
    if not answer.covered:
        text += " " + say("kb_not_covered", language, ctx.seed)
    tools = ToolResults(topics=answer.nearest_titles)  # their numbers are the KB's ("5-6")
    return Draft(Intent.ASK_METHOD, text, citations=answer.citations, language=language,
                 tools=tools)  # fmt: skip


def code_comments(ctx: Ctx) -> Draft:
    """Code the pasted lines (the first line is the request) into Kirkpatrick levels."""
    lines = [_strip(line) for line in ctx.text.strip().splitlines()[1:]]
    comments = [CommentIn(id=str(n), text=line) for n, line in enumerate(lines, 1) if line]
    if not comments:
        return Draft(Intent.CODE_COMMENTS, ctx.say("comments_none"))
    coded = ctx.tools.code(comments[:MAX_COMMENTS])
    names = LEVEL_NAMES[ctx.language]
    counts = Counter(c.primary for c in coded)
    order = [level for level in Level if counts[level]]
    summary = join([f"{counts[level]} x {names[level.value]}" for level in order], ctx.language)
    head = (ctx.say("comments_intro", n=len(coded), counts=summary) if len(coded) > 1
            else ctx.say("comments_one"))  # fmt: skip
    body = []
    for comment, result in list(zip(comments, coded, strict=True))[:SHOWN_COMMENTS]:
        body.append(ctx.say(
            "comments_line", text=_short(comment.text), level=names[result.primary.value],
            roi=ctx.say("comments_roi") if result.roi else "",
            confidence=ctx.say(_confidence(result.confidence)),
        ))  # fmt: skip
    if any(c.confidence < 0.7 for c in coded):
        body.append(ctx.say("comments_review"))
    numbers = {Decimal(len(coded)), *(Decimal(n) for n in counts.values())}
    return Draft(Intent.CODE_COMMENTS, "\n".join([head, *body]),
                 tools=ToolResults(coded_comments=coded), numbers=numbers)  # fmt: skip


def _strip(line: str) -> str:
    return re.sub(r"^\s*(?:[-*•·–]|\d+[.)])\s+", "", line).strip().strip("\"'“”")


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _confidence(value: float) -> str:
    return (
        "confidence_high"
        if value >= 0.85
        else "confidence_mid"
        if value >= 0.7
        else ("confidence_low")
    )


_QUOTED = re.compile(r"[\"“'‘](.{15,}?)[\"”'’]", re.DOTALL)
_LEAD = re.compile(
    r"^.*?(?:smart|doelstelling|objective|doel|goal)\b[^:]*:\s*", re.IGNORECASE | re.DOTALL
)


def objective_text(text: str) -> str | None:
    """The objective inside a request: quoted, after a colon, or on the following lines."""
    quoted = _QUOTED.search(text)
    if quoted:
        return quoted.group(1).strip()
    if ":" in text:
        rest = _LEAD.sub("", text, count=1).strip()
        if len(rest) >= 15 and rest != text.strip():
            return rest
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) > 1:
        return " ".join(lines[1:])
    _, mark, rest = text.partition("?")
    return rest.strip() if mark and len(rest.strip()) >= 15 else None


def check(ctx: Ctx) -> Draft:
    """Check a pasted objective against SMART, in the reply's language."""
    objective = objective_text(ctx.text[:2000])
    if objective is None:
        return Draft(Intent.CHECK_OBJECTIVE, ctx.say("smart_none"))
    verdict = check_objective(objective, ctx.language)
    lines = [ctx.say("smart_result", score=verdict.score)]
    if verdict.passed:
        lines.append(ctx.say("smart_pass"))
    for criterion in verdict.criteria:
        if criterion.passed:
            lines.append(ctx.say("smart_line_ok", label=criterion.label, reason=criterion.reason))
        else:
            lines.append(
                ctx.say(
                    "smart_line_bad",
                    label=criterion.label,
                    reason=criterion.reason,
                    suggestion=criterion.suggestion or "",
                )
            )
    return Draft(Intent.CHECK_OBJECTIVE, "\n".join(lines), tools=ToolResults(smart=verdict),
                 numbers={Decimal(verdict.score)})  # fmt: skip


def simple(intent: Intent, key: str) -> object:
    """A handler that answers with one phrase."""

    def handler(ctx: Ctx) -> Draft:
        return Draft(intent, ctx.say(key))

    return handler
