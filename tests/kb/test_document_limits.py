"""Knowledge documents are held to the upload limits before anything is indexed: a DOCX zip
bomb is refused from its zip directory, a DOCX of too much text or XML before python-docx reads
it, a PDF of too many pages before its text is extracted, and any document of more text than
allowed, each refusal naming its limit (and the setting that raises it)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import docx
import pypdf
import pytest
from fastapi.testclient import TestClient

from api import create_app
from assistant.errors import EvalAssistError, InvalidInputError, PayloadTooLargeError
from assistant.services import Services
from assistant.settings import Settings
from assistant.uploads import DEFAULT_LIMITS, UploadLimits
from knowledge_base.loaders import load_document
from knowledge_base.service import KnowledgeService
from tests.kb_fixtures import HashEmbeddings
from tests.served import LOCAL_URL

MB = 1024 * 1024
SMALL = replace(DEFAULT_LIMITS, max_unpacked_bytes=10 * MB, max_document_chars=10_000)
DOCUMENT = "word/document.xml"
HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body>"
)
TAIL = b"</w:body></w:document>"
PARAGRAPH = b"<w:p><w:r><w:t>Leiderschap meten we met 360-graden feedback.</w:t></w:r></w:p>"
SENTENCE = "Onze organisatie meet de impact van leiderschapstrainingen. "


def _template() -> bytes:
    document = docx.Document()
    document.add_paragraph("vervangen")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


TEMPLATE = _template()  # made before any test stubs python-docx out


def docx_with(body: Iterable[bytes]) -> bytes:
    """A real DOCX whose main part is ``HEAD + body + TAIL``, streamed into the zip."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(TEMPLATE)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            if info.filename == DOCUMENT:
                with target.open(DOCUMENT, "w") as stream:
                    for chunk in (HEAD, *body, TAIL):
                        stream.write(chunk)
            else:
                target.writestr(info, source.read(info.filename))
    return out.getvalue()


def repeated(piece: bytes, total_bytes: int) -> Iterator[bytes]:
    chunk = piece * (64 * 1024 // len(piece) + 1)
    for _ in range(total_bytes // len(chunk) + 1):
        yield chunk


def pdf_with(pages: list[str], *, count: int | None = None) -> bytes:
    """A PDF of one text line per page (``count``: what its page tree claims)."""
    kids = " ".join(f"{3 + 2 * n} 0 R" for n in range(len(pages)))
    font = 3 + 2 * len(pages)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count or len(pages)} >>".encode(),
    ]
    for n, text in enumerate(pages):
        stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * n} 0 R"
            f" /Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = io.BytesIO(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


@pytest.fixture
def no_python_docx(monkeypatch: pytest.MonkeyPatch) -> None:
    """The refusal must come before python-docx reads the package."""

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("python-docx read a document the checks should have refused")

    monkeypatch.setattr(docx, "Document", refuse)


def refusal(
    kind: type[EvalAssistError], name: str, data: bytes, limits: UploadLimits = SMALL
) -> str:
    with pytest.raises(kind) as caught:
        load_document(name, data, max_bytes=20 * MB, limits=limits)
    return caught.value.detail


# --- DOCX -------------------------------------------------------------------------------------


@pytest.mark.usefixtures("no_python_docx")
def test_a_docx_zip_bomb_is_refused_from_the_zip_directory() -> None:
    bomb = docx_with(repeated(PARAGRAPH, 50 * MB))
    with zipfile.ZipFile(io.BytesIO(bomb)) as archive:
        member = archive.getinfo(DOCUMENT)
    assert member.file_size > 50 * MB and member.compress_size < member.file_size // 200
    detail = refusal(PayloadTooLargeError, "bom.docx", bomb, DEFAULT_LIMITS)
    assert "zip bomb" in detail and DOCUMENT in detail
    assert "more than the 100 times allowed (limit: EVALASSIST_MAX_COMPRESSION_RATIO)" in detail


@pytest.mark.usefixtures("no_python_docx")
def test_a_docx_that_unpacks_beyond_the_limit_is_refused() -> None:
    big = docx_with(repeated(PARAGRAPH, 12 * MB))
    limits = replace(SMALL, max_compression_ratio=1_000_000)
    detail = refusal(PayloadTooLargeError, "groot.docx", big, limits)
    assert "more than the 10 MB allowed (limit: EVALASSIST_MAX_UNPACKED_BYTES)" in detail


@pytest.mark.usefixtures("no_python_docx")
def test_a_docx_of_too_much_text_is_refused_before_python_docx_reads_it() -> None:
    long = docx_with(repeated(PARAGRAPH, 30_000))  # 300+ sentences, over 10,000 characters
    detail = refusal(PayloadTooLargeError, "lang.docx", long)
    assert "lang.docx holds more than 10,000 characters of text" in detail
    assert "(limit: EVALASSIST_MAX_DOCUMENT_CHARS)" in detail


@pytest.mark.usefixtures("no_python_docx")
def test_a_docx_of_endless_empty_elements_is_refused() -> None:
    empty = docx_with([b"<w:p/>" * 25_000])
    detail = refusal(PayloadTooLargeError, "leeg.docx", empty)
    assert "more than 20,000 XML elements" in detail
    assert "(limit: 2 × EVALASSIST_MAX_DOCUMENT_CHARS)" in detail


@pytest.mark.usefixtures("no_python_docx")
def test_a_docx_with_a_document_type_declaration_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(DOCUMENT, b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>')
    detail = refusal(InvalidInputError, "dtd.docx", buffer.getvalue())
    assert "document type declaration" in detail


def test_a_docx_that_is_no_zip_stays_a_clear_422() -> None:
    detail = refusal(InvalidInputError, "nep.docx", b"Dit is gewone tekst, geen Word-bestand.")
    assert "nep.docx could not be read as .docx" in detail


def test_a_docx_within_the_limits_loads() -> None:
    loaded = load_document("goed.docx", docx_with([PARAGRAPH] * 20), max_bytes=MB, limits=SMALL)
    assert loaded.text.count("Leiderschap") == 20


# --- PDF --------------------------------------------------------------------------------------


def test_a_pdf_of_too_many_pages_is_refused() -> None:
    three = pdf_with([SENTENCE] * 3)
    detail = refusal(PayloadTooLargeError, "dik.pdf", three, replace(SMALL, max_pdf_pages=2))
    assert "dik.pdf has 3 pages; at most 2 pages of a PDF are read" in detail
    lying = pdf_with([SENTENCE], count=1_000_000)  # what the page tree claims is believed
    detail = refusal(PayloadTooLargeError, "lieg.pdf", lying, DEFAULT_LIMITS)
    assert "has 1,000,000 pages; at most 2,000" in detail


def test_pdf_text_is_extracted_only_up_to_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    extracted: list[int] = []
    original = pypdf.PageObject.extract_text

    def counting(page: pypdf.PageObject, *args: object, **kwargs: object) -> str:
        extracted.append(1)
        return original(page, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pypdf.PageObject, "extract_text", counting)
    pages = [SENTENCE * 50] * 8  # 3,000 characters a page
    detail = refusal(PayloadTooLargeError, "lang.pdf", pdf_with(pages))
    assert "more than 10,000 characters of text (limit: EVALASSIST_MAX_DOCUMENT_CHARS)" in detail
    assert len(extracted) == 4  # stopped at the page that went over, not at the end


# --- text -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("lang.txt", (SENTENCE * 200).encode()),
        ("lang.md", ("# Kop\n\n" + SENTENCE * 200).encode()),
        ("lang.html", f"<html><body><p>{SENTENCE * 200}</p></body></html>".encode()),
    ],
)
def test_a_text_document_over_the_limit_is_refused(name: str, data: bytes) -> None:
    detail = refusal(PayloadTooLargeError, name, data)
    assert f"{name} holds more than 10,000 characters of text" in detail
    assert "EVALASSIST_MAX_DOCUMENT_CHARS" in detail


# --- the service and the API ------------------------------------------------------------------


@pytest.fixture
def small_settings(tmp_path: Path) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        max_document_chars=10_000,
        max_unpacked_bytes=MB,
        max_compression_ratio=100,
    )


@pytest.fixture
def service(small_settings: Settings) -> Iterator[KnowledgeService]:
    knowledge = KnowledgeService(small_settings, embeddings=HashEmbeddings())
    yield knowledge
    knowledge.close()


def test_add_document_reads_with_the_settings_limits(service: KnowledgeService) -> None:
    with pytest.raises(PayloadTooLargeError, match="EVALASSIST_MAX_DOCUMENT_CHARS"):
        service.add_document(
            filename="lang.txt", data=(SENTENCE * 200).encode(), collection="eigen"
        )
    with pytest.raises(PayloadTooLargeError, match="EVALASSIST_MAX_UNPACKED_BYTES"):
        service.add_document(
            filename="bom.docx", data=docx_with(repeated(PARAGRAPH, 2 * MB)), collection="eigen"
        )


def test_the_api_answers_a_docx_bomb_with_a_413_problem(
    small_settings: Settings, service: KnowledgeService
) -> None:
    services = Services(settings=small_settings, _knowledge=service)
    app = create_app(small_settings, services=services)
    with TestClient(app, base_url=LOCAL_URL) as client:
        before = client.get("/v1/knowledge/sources").json()
        bomb = docx_with(repeated(PARAGRAPH, 50 * MB))
        response = client.post(
            "/v1/knowledge/documents",
            data={"collection": "eigen"},
            files={"file": ("bom.docx", bomb)},
        )
        assert response.status_code == 413, response.text
        assert response.headers["content-type"] == "application/problem+json"
        assert "EVALASSIST_MAX_UNPACKED_BYTES" in response.json()["detail"]
        long = client.post(
            "/v1/knowledge/documents",
            data={"collection": "eigen"},
            files={"file": ("lang.txt", (SENTENCE * 200).encode())},
            headers={"Accept-Language": "nl"},
        )
        assert long.status_code == 413
        assert "grens: EVALASSIST_MAX_DOCUMENT_CHARS" in long.json()["detail"]
        assert client.get("/v1/knowledge/sources").json() == before
