"""Download names for a plan's exports, from its title and version ("first-call-fix-v3.docx"),
so a saved file says what it is; ids stay out of names people read."""

from __future__ import annotations

import re
import unicodedata

MAX_STEM = 60
_UNSAFE = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: accents folded ("één" -> "een"), anything
    else that is unsafe in a file name on Windows, macOS or Linux dropped."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = _UNSAFE.sub("-", folded.lower()).strip("-")
    if len(words) > MAX_STEM:
        words = words[:MAX_STEM].rsplit("-", 1)[0] or words[:MAX_STEM]
    return words.strip("-")


def export_filename(title: str, *, version: int, extension: str) -> str:
    """``<title>-v<version>.<extension>``; ``plan`` stands in for a title with no safe letters."""
    return f"{slug(title) or 'plan'}-v{version}.{extension}"
