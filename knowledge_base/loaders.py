"""Organisation documents (txt, md, pdf, docx, html) to plain text, with clear errors.

What a document may make the server do is bounded (``UploadLimits``): a DOCX is checked as a
zip package and streamed through expat before python-docx builds anything, a PDF is read page
by page up to ``max_pdf_pages``, and no document yields more than ``max_document_chars``
characters of text (a longer one is refused, not cut)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import PurePath
from typing import Any

from assistant.errors import InvalidInputError, PayloadTooLargeError
from assistant.messages import Text
from assistant.uploads import DEFAULT_LIMITS, NotAZipError, UploadLimits, amount, scan_xml_parts

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


def _too_many_chars(doc_id: str, limits: UploadLimits) -> PayloadTooLargeError:
    return PayloadTooLargeError(
        Text.of("kb.too_many_chars", doc_id=doc_id, limit=amount(limits.max_document_chars))
    )


def _declared_pages(reader: Any) -> int | None:
    """The page count the PDF's page tree declares (may lie; ``None`` when absent)."""
    try:
        count = reader.root_object["/Pages"]["/Count"]
    except Exception:  # a broken tree: pypdf says so when the pages are walked
        return None
    return int(count) if isinstance(count, int) else None


def _pdf(data: bytes, doc_id: str, limits: UploadLimits) -> tuple[str, str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    declared = _declared_pages(reader)  # refused on it before the page tree is walked
    too_many = declared is not None and declared > limits.max_pdf_pages
    pages = declared if too_many and declared is not None else len(reader.pages)
    if pages > limits.max_pdf_pages:
        raise PayloadTooLargeError(
            Text.of(
                "kb.too_many_pages",
                doc_id=doc_id,
                pages=amount(pages),
                limit=amount(limits.max_pdf_pages),
            )
        )
    metadata = reader.metadata
    title = str(metadata.get("/Title") or "") if metadata else ""
    parts: list[str] = []
    chars = 0
    for page in reader.pages:
        text = page.extract_text() or ""
        chars += len(text) + 1
        if chars > limits.max_document_chars + 1:
            raise _too_many_chars(doc_id, limits)
        parts.append(text)
    return "\n".join(parts), title


class _DocxPart:
    """Counts the XML elements of a DOCX part and the characters of its text runs (``<w:t>``)
    as expat reads them, refusing before python-docx builds its tree at ``limits``: its text
    beyond ``max_document_chars``, all parts' elements beyond twice that."""

    def __init__(self, doc_id: str, limits: UploadLimits, counts: list[int]) -> None:
        self.doc_id, self.limits = doc_id, limits
        self.counts = counts  # elements and characters, over all parts
        self.max_elements = 2 * limits.max_document_chars
        self.in_text = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        self.counts[0] += 1
        if self.counts[0] > self.max_elements:
            raise PayloadTooLargeError(
                Text.of("kb.too_many_elements", doc_id=self.doc_id, limit=amount(self.max_elements))
            )
        self.in_text = tag.rpartition(":")[2] == "t"

    def end(self, tag: str) -> None:
        self.in_text = False

    def text(self, data: str) -> None:
        if self.in_text:
            self.counts[1] += len(data)
            if self.counts[1] > self.limits.max_document_chars:
                raise _too_many_chars(self.doc_id, self.limits)


def _docx(data: bytes, doc_id: str, limits: UploadLimits) -> tuple[str, str]:
    import docx

    try:
        limits.check_zip(data, name=doc_id)
    except NotAZipError as exc:
        raise InvalidInputError(
            Text.of("kb.unreadable", doc_id=doc_id, suffix=".docx", reason=exc.reason)
        ) from exc
    counts = [0, 0]
    scan_xml_parts(data, name=doc_id, part=lambda _: _DocxPart(doc_id, limits, counts))
    document = docx.Document(io.BytesIO(data))
    return "\n".join(p.text for p in document.paragraphs), document.core_properties.title or ""


def load_document(
    filename: str,
    data: bytes,
    *,
    max_bytes: int,
    limits: UploadLimits = DEFAULT_LIMITS,
) -> LoadedDocument:
    """Extract text; unsupported, corrupt, empty or too large files raise before any indexing:
    more than ``max_bytes``, a DOCX zip bomb (``limits.max_unpacked_bytes``,
    ``limits.max_compression_ratio``), a PDF of more than ``limits.max_pdf_pages`` pages, or
    more than ``limits.max_document_chars`` characters of text (413, naming the limit)."""
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
            text, title = _pdf(data, doc_id, limits)
        elif suffix == ".docx":
            text, title = _docx(data, doc_id, limits)
        elif suffix in (".html", ".htm"):
            text, title = _html(data)
        else:
            text, title = _decode(data), ""
    except (InvalidInputError, PayloadTooLargeError):
        raise
    except Exception as exc:  # pypdf / python-docx raise many types on corrupt input
        raise InvalidInputError(
            Text.of("kb.unreadable", doc_id=doc_id, suffix=suffix, reason=exc)
        ) from exc
    if len(text) > limits.max_document_chars:
        raise _too_many_chars(doc_id, limits)
    if sum(ch.isalpha() for ch in text) < 20:
        raise InvalidInputError(Text.of("kb.no_text", doc_id=doc_id))
    return LoadedDocument(doc_id=doc_id, title=title.strip() or doc_id, text=text)
