"""The reader's language from ``Accept-Language``: Dutch or English, English by default."""

from __future__ import annotations

from fastapi import Request

from assistant.messages import LANGS, Lang

DEFAULT_LANG: Lang = "en"


def negotiate(header: str | None) -> Lang:
    """The supported language the header prefers most (RFC 9110 weights), else English.

    ``nl-NL,nl;q=0.9,en;q=0.8`` -> ``nl``; ``fr, en;q=0.5`` -> ``en``; ``de`` or nothing -> ``en``.
    """
    best: tuple[float, Lang] | None = None
    for entry in (header or "").split(","):
        tag, _, params = entry.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        language = next((lang for lang in LANGS if lang == primary), None)
        weight = _weight(params)
        if language is not None and weight > 0 and (best is None or weight > best[0]):
            best = (weight, language)
    return best[1] if best else DEFAULT_LANG


def _weight(params: str) -> float:
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.strip().lower() == "q":
            try:
                return max(0.0, min(1.0, float(value)))
            except ValueError:
                return 0.0
    return 1.0


def request_lang(request: Request) -> Lang:
    return negotiate(request.headers.get("accept-language"))
