"""Limits on what one uploaded file may make the server do, and the checks of zip packages
(XLSX and DOCX) that enforce them before anything is unpacked.

An XLSX or DOCX file is a zip of XML parts. A few kilobytes can unpack to gigabytes (a zip
bomb), and a part of modest size can still describe a sheet of billions of cells or an XML tree
that the Office readers (openpyxl, python-docx) build whole in memory. So:

* ``check_zip`` reads only the zip's central directory (the declared size of each member;
  ``zipfile`` never unpacks more than that) and refuses a package that unpacks to more than
  ``max_unpacked_bytes`` or that is compressed suspiciously far;
* ``scan_xml_parts`` then streams each XML part through expat, chunk by chunk, without building
  anything, so a caller can count cells, rows, elements or characters and refuse at a limit
  before the real reader starts. A document type declaration (the way to entity bombs) is
  refused outright: Office files have none.

Every refusal names its limit and the setting that raises it.
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol
from xml.parsers import expat

from assistant.errors import InvalidInputError, PayloadTooLargeError
from assistant.messages import Text
from assistant.settings import Settings

# Members smaller than this unpacked are left out of the ratio check: small XML parts often
# compress 100-fold and more, and cannot hurt.
RATIO_MIN_BYTES = 1024 * 1024
# Excel's own sheet limits: no real workbook exceeds them.
EXCEL_MAX_COLUMNS = 16_384
EXCEL_MAX_ROWS = 1_048_576
# Pages of one PDF (a setting would be overkill: 2,000 pages is far beyond any real document).
MAX_PDF_PAGES = 2_000
_CHUNK = 64 * 1024


def _int(name: str) -> int:
    value = Settings.model_fields[name].default
    assert isinstance(value, int)
    return value


def _float(name: str) -> float:
    value = Settings.model_fields[name].default
    assert isinstance(value, int | float)
    return float(value)


@dataclass(frozen=True)
class UploadLimits:
    """The upload limits of ``Settings``; the defaults are the settings' defaults."""

    max_job_rows: int = _int("max_job_rows")
    max_cell_chars: int = _int("max_cell_chars")
    max_sheet_cells: int = _int("max_sheet_cells")
    max_unpacked_bytes: int = _int("max_unpacked_bytes")
    max_compression_ratio: float = _float("max_compression_ratio")
    max_document_chars: int = _int("max_document_chars")
    max_pdf_pages: int = MAX_PDF_PAGES

    @classmethod
    def from_settings(cls, settings: Settings) -> UploadLimits:
        return cls(
            max_job_rows=settings.max_job_rows,
            max_cell_chars=settings.max_cell_chars,
            max_sheet_cells=settings.max_sheet_cells,
            max_unpacked_bytes=settings.max_unpacked_bytes,
            max_compression_ratio=settings.max_compression_ratio,
            max_document_chars=settings.max_document_chars,
        )

    def check_zip(self, source: Path | bytes, *, name: str) -> list[zipfile.ZipInfo]:
        """``check_zip`` with these limits."""
        return check_zip(
            source,
            max_unpacked_bytes=self.max_unpacked_bytes,
            max_ratio=self.max_compression_ratio,
            name=name,
        )


DEFAULT_LIMITS = UploadLimits()
# A file someone reads on their own machine (the CLI codes it into another file, streaming) is
# read as it is, whatever its size; only a zip bomb, and what Excel itself could never have
# written (beyond its rows or columns, a document type declaration), is refused.
LOCAL_FILE_LIMITS = replace(
    DEFAULT_LIMITS,
    max_job_rows=sys.maxsize,
    max_cell_chars=sys.maxsize,
    max_sheet_cells=sys.maxsize,
    max_unpacked_bytes=sys.maxsize,
    max_document_chars=sys.maxsize,
    max_pdf_pages=sys.maxsize,
)


def amount(value: float) -> Mapping[str, str]:
    """A number as written in each language (``200,000`` / ``200.000``), for a ``Text``."""
    english = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    return {"en": english, "nl": english.translate(str.maketrans(",.", ".,"))}


def megabytes(size: int) -> Mapping[str, str]:
    """A byte count in megabytes (``200 MB``, ``1.5 MB`` / ``1,5 MB``), for a ``Text``."""
    value = round(size / (1024 * 1024), 1)
    return {lang: f"{text} MB" for lang, text in amount(value).items()}


class NotAZipError(InvalidInputError):
    """The file is not a zip archive at all (a readers' own "unreadable" message may replace
    this one: ``reason`` is the zip library's)."""

    def __init__(self, detail: Text, *, reason: str) -> None:
        super().__init__(detail)
        self.reason = reason


@contextmanager
def _open_zip(source: Path | bytes, name: str) -> Iterator[zipfile.ZipFile]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise NotAZipError(Text.of("upload.not_zip", name=name), reason=str(exc)) from exc
    with archive:
        yield archive


def check_zip(
    source: Path | bytes, *, max_unpacked_bytes: int, max_ratio: float, name: str | None = None
) -> list[zipfile.ZipInfo]:
    """The package's members, after checking its central directory (nothing is unpacked):
    ``PayloadTooLargeError`` (413) when the members together unpack to more than
    ``max_unpacked_bytes`` or when one member of at least ``RATIO_MIN_BYTES``, or all of them
    together, unpack to more than ``max_ratio`` times their packed size; ``NotAZipError`` (422)
    for a file that is no zip. ``zipfile`` never unpacks a member beyond its declared size (and
    checks its CRC), so the declared sizes bound what a reader can unpack afterwards."""
    label = name or (source.name if isinstance(source, Path) else "the upload")
    with _open_zip(source, label) as archive:
        members = archive.infolist()
    unpacked = sum(member.file_size for member in members)
    if unpacked > max_unpacked_bytes:
        raise PayloadTooLargeError(
            Text.of(
                "upload.unpacked_too_large",
                name=label,
                size=megabytes(unpacked),
                limit=megabytes(max_unpacked_bytes),
            )
        )
    for member in members:
        if member.file_size >= RATIO_MIN_BYTES:
            _check_ratio(label, member.filename, member.file_size, member.compress_size, max_ratio)
    if unpacked >= RATIO_MIN_BYTES:
        packed = sum(member.compress_size for member in members)
        _check_ratio(label, None, unpacked, packed, max_ratio)
    return members


def _check_ratio(name: str, member: str | None, unpacked: int, packed: int, limit: float) -> None:
    ratio = unpacked / max(packed, 1)
    if ratio <= limit:
        return
    if member is None:
        raise PayloadTooLargeError(
            Text.of("upload.ratio_total", name=name, ratio=amount(ratio), limit=amount(limit))
        )
    raise PayloadTooLargeError(
        Text.of(
            "upload.ratio_member",
            name=name,
            member=member,
            ratio=amount(ratio),
            limit=amount(limit),
        )
    )


class XmlPart(Protocol):
    """What ``scan_xml_parts`` reports of one part, as expat reads it; raise to refuse."""

    def start(self, tag: str, attrs: dict[str, str]) -> None: ...

    def end(self, tag: str) -> None: ...

    def text(self, data: str) -> None: ...


def local_name(tag: str) -> str:
    """``x:c`` and ``c`` alike: the element's name without its namespace prefix."""
    return tag.rpartition(":")[2]


def scan_xml_parts(
    source: Path | bytes, *, name: str, part: Callable[[str], XmlPart | None]
) -> None:
    """Stream every XML part of a zip package through expat, ``part(member name)`` receiving
    its elements and text (``None``: skip the part); memory stays at one chunk. Call it after
    ``check_zip``, which bounds what the parts unpack to. A part that is not well-formed XML is
    refused (the readers would fail on it too), except legacy ``.vml`` drawings, which Excel
    writes loosely and which the readers leave alone; a document type declaration is refused."""
    with _open_zip(source, name) as archive:
        for member in archive.infolist():
            if not member.is_dir():
                _scan_member(archive, member, name, part)


def _looks_like_xml(head: bytes) -> bool:
    # A BOM, white space or UTF-16's zero bytes may precede the first "<"; images and other
    # binary members (PNG, JPEG, EMF, vbaProject.bin) start otherwise.
    return head.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n").startswith(b"<")


def _scan_member(
    archive: zipfile.ZipFile,
    member: zipfile.ZipInfo,
    name: str,
    part: Callable[[str], XmlPart | None],
) -> None:
    loose = member.filename.lower().endswith(".vml")
    try:
        with archive.open(member) as stream:
            chunk = stream.read(_CHUNK)
            if not _looks_like_xml(chunk):
                return
            reader = part(member.filename)
            if reader is None:
                return
            parser = expat.ParserCreate()
            parser.buffer_text = True
            parser.StartElementHandler = reader.start
            parser.EndElementHandler = reader.end
            parser.CharacterDataHandler = reader.text
            parser.StartDoctypeDeclHandler = _refuse_doctype(name, member.filename)
            while chunk:
                parser.Parse(chunk, False)
                chunk = stream.read(_CHUNK)
            parser.Parse(b"", True)
    except expat.ExpatError as exc:
        if not loose:
            raise InvalidInputError(
                Text.of("upload.xml_unreadable", name=name, part=member.filename, reason=exc)
            ) from exc
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
        # A damaged member (CRC), an unsupported compression method or an encrypted member.
        raise InvalidInputError(
            Text.of("upload.member_unreadable", name=name, part=member.filename, reason=exc)
        ) from exc


def _refuse_doctype(name: str, member: str) -> Callable[..., None]:
    def refuse(*_: object) -> None:
        raise InvalidInputError(Text.of("upload.xml_doctype", name=name, part=member))

    return refuse
