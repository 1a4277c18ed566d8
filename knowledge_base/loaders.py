"""Organisation documents (txt, md, pdf, docx, html) to plain text, with clear errors."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import PurePath

from assistant.errors import InvalidInputError, PayloadTooLargeError
from assistant.messages import Text

SUPPORTED = (".txt", ".md", ".pdf", ".docx", ".html", ".htm")
_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "table",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head"}


@dataclass(frozen=True)
class LoadedDocument:
    doc_id: str
    title: str
    text: str


def safe_doc_id(filename: str) -> str:
    """The file's base name, restricted to a portable character set."""
    name = PurePath(filename.replace("\\", "/")).name
    cleaned = re.sub(r"[^\w.\-]+", "_", name).strip("._")
    if not cleaned:
        raise InvalidInputError(Text.of("kb.file_name", filename=repr(filename)))
    return cleaned[:120]


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        if tag == "title":
            self._in_title = True
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self._skip:
            self._skip -= 1
        if tag == "title":
            self._in_title = False
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def _html(data: bytes) -> tuple[str, str]:
    parser = _HtmlText()
    parser.feed(_decode(data))
    parser.close()
    text = re.sub(r"\n[ \t]+", "\n", "".join(parser.parts))
    return re.sub(r"\n{3,}", "\n\n", text).strip(), parser.title.strip()


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInputError(Text.of("kb.not_utf8")) from exc


def _pdf(data: bytes) -> tuple[str, str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    metadata = reader.metadata
    title = str(metadata.get("/Title") or "") if metadata else ""
    return "\n".join(page.extract_text() or "" for page in reader.pages), title


def _docx(data: bytes) -> tuple[str, str]:
    import docx

    document = docx.Document(io.BytesIO(data))
    return "\n".join(p.text for p in document.paragraphs), document.core_properties.title or ""


def load_document(filename: str, data: bytes, *, max_bytes: int) -> LoadedDocument:
    """Extract text; unsupported, corrupt, empty or too large files raise before any indexing."""
    doc_id = safe_doc_id(filename)
    suffix = PurePath(doc_id).suffix.lower()
    if suffix not in SUPPORTED:
        raise InvalidInputError(
            Text.of("kb.file_type", suffix=repr(suffix or "(none)"), supported=", ".join(SUPPORTED))
        )
    if len(data) > max_bytes:
        raise PayloadTooLargeError(
            Text.of("kb.too_large", doc_id=doc_id, size=len(data), limit=max_bytes)
        )
    try:
        if suffix == ".pdf":
            text, title = _pdf(data)
        elif suffix == ".docx":
            text, title = _docx(data)
        elif suffix in (".html", ".htm"):
            text, title = _html(data)
        else:
            text, title = _decode(data), ""
    except InvalidInputError:
        raise
    except Exception as exc:  # pypdf / python-docx raise many types on corrupt input
        raise InvalidInputError(
            Text.of("kb.unreadable", doc_id=doc_id, suffix=suffix, reason=exc)
        ) from exc
    if sum(ch.isalpha() for ch in text) < 20:
        raise InvalidInputError(Text.of("kb.no_text", doc_id=doc_id))
    return LoadedDocument(doc_id=doc_id, title=title.strip() or doc_id, text=text)
