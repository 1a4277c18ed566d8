"""Reflow PDF-extracted text into paragraphs, keeping a map back to source offsets and lines.

PDF extraction leaves a hard line break every few words (a soft wrap ends in a space), blank
lines inside sentences, and real hyphens at line ends ("niet-\\nlineair" is "niet-lineair").
Web-extracted text has one paragraph per line; the same rules leave it as it is.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

_TERMINAL = tuple(".!?:;◆")
_CLOSING_QUOTES = "\"'”’»)"
_BULLET = re.compile(r"^(?:[-–•●▪◦*]\s|\d{1,2}[.)]\s)")
_HYPHEN_END = re.compile(r"[^\W_]-$")


@dataclass
class Reflowed:
    """Reflowed text plus segments: each copied run of a source line, by output offset."""

    text: str
    seg_out: list[int] = field(default_factory=list)
    seg_src: list[int] = field(default_factory=list)
    seg_len: list[int] = field(default_factory=list)
    seg_line: list[int] = field(default_factory=list)

    def _segment(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.seg_out, pos) - 1)

    def source_offset(self, pos: int) -> int:
        """Offset in the source text of the reflowed character at ``pos``."""
        if not self.seg_out:
            return 0
        i = self._segment(pos)
        return self.seg_src[i] + min(max(pos - self.seg_out[i], 0), self.seg_len[i])

    def line_at(self, pos: int) -> int:
        """1-based source line of the reflowed character at ``pos``."""
        return self.seg_line[self._segment(pos)] if self.seg_line else 1

    @cached_property
    def _collapsed(self) -> tuple[str, list[int]]:
        """The text with each whitespace run as one space, and each of its characters' offset
        in ``text``."""
        chars: list[str] = []
        offsets: list[int] = []
        for match in re.finditer(r"\S+", self.text):
            if chars:
                chars.append(" ")
                offsets.append(match.start() - 1)
            chars.append(match.group())
            offsets.extend(range(match.start(), match.end()))
        return "".join(chars), offsets

    def find_words(self, quote: str) -> tuple[int, int] | None:
        """The span of the first place ``quote`` stands in the text, whitespace-insensitive (any
        run of whitespace matches any other); None when it is absent or empty."""
        wanted = " ".join(quote.split())
        collapsed, offsets = self._collapsed
        at = collapsed.find(wanted) if wanted else -1
        if at < 0:
            return None
        return offsets[at], offsets[at + len(wanted) - 1] + 1


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip(_CLOSING_QUOTES)
    return bool(stripped) and stripped.endswith(_TERMINAL)


def _separator(prev: str, prev_soft: bool, cur: str, blanks: int) -> str:
    """How the previous non-empty line and ``cur`` are joined: '', ' ', '\\n' or '\\n\\n'."""
    starts_lower = cur[0].islower() or cur[0] in ",;)"
    if _BULLET.match(cur):
        return "\n" if blanks == 0 else "\n\n"
    if _HYPHEN_END.search(prev) and not prev_soft and (starts_lower or blanks == 0):
        return "" if cur[0].isalnum() else "\n"
    if not _ends_sentence(prev) and (starts_lower or prev_soft):
        return " "
    if blanks == 0 and prev_soft:
        return " "
    return "\n" if blanks == 0 else "\n\n"


def reflow(source: str, *, breaks: Iterable[int] = ()) -> Reflowed:
    """Join wrapped lines into paragraphs; ``breaks`` are 1-based lines that start a section."""
    hard = set(breaks)
    out: list[str] = []
    result = Reflowed(text="")
    length = 0
    prev: str | None = None
    prev_soft = False
    blanks = 0
    offset = 0
    for number, raw in enumerate(source.split("\n"), start=1):
        line = raw.rstrip("\r")
        content = line.strip()
        if not content:
            blanks += 1
            offset += len(raw) + 1
            continue
        if prev is not None:
            sep = "\n\n" if number in hard else _separator(prev, prev_soft, content, blanks)
            out.append(sep)
            length += len(sep)
        result.seg_out.append(length)
        result.seg_src.append(offset + (len(line) - len(line.lstrip())))
        result.seg_len.append(len(content))
        result.seg_line.append(number)
        out.append(content)
        length += len(content)
        prev, prev_soft, blanks = content, line != line.rstrip(), 0
        offset += len(raw) + 1
    result.text = "".join(out)
    return result
