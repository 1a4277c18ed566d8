import io

import docx
import pytest

from assistant.errors import InvalidInputError, PayloadTooLargeError
from knowledge_base.loaders import load_document, safe_doc_id
from tests.kb.test_document_limits import pdf_with

TEXT = "Onze organisatie meet de impact van leiderschapstrainingen met 360-graden feedback."


def _docx(text: str) -> bytes:
    document = docx.Document()
    document.core_properties.title = "Beleid"
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pdf(text: str) -> bytes:
    """A minimal one-page PDF with a text object (no PDF writer dependency)."""
    return pdf_with([text])


@pytest.mark.parametrize(
    ("name", "data", "title"),
    [
        ("notes.txt", TEXT.encode(), "notes.txt"),
        ("notes.md", f"# Kop\n\n{TEXT}".encode(), "notes.md"),
        ("beleid.docx", _docx(TEXT), "Beleid"),
        ("scan.pdf", _pdf(TEXT), "scan.pdf"),
        (
            "page.html",
            f"<html><head><title>Pagina</title><style>p{{}}</style></head>"
            f"<body><script>alert(1)</script><p>{TEXT}</p></body></html>".encode(),
            "Pagina",
        ),
    ],
)
def test_supported_formats_yield_text_and_title(name: str, data: bytes, title: str) -> None:
    loaded = load_document(name, data, max_bytes=1_000_000)
    assert "360-graden feedback" in loaded.text
    assert "alert" not in loaded.text and "p{}" not in loaded.text
    assert loaded.title == title


@pytest.mark.parametrize(
    ("name", "data", "error", "message"),
    [
        ("virus.exe", b"MZ...", InvalidInputError, "Unsupported file type"),
        ("broken.pdf", b"%PDF-1.4 this is not a pdf", InvalidInputError, "could not be read"),
        ("broken.docx", b"PK not really a zip", InvalidInputError, "could not be read"),
        ("latin.txt", "café ".encode("latin-1") * 20, InvalidInputError, "not UTF-8"),
        ("empty.txt", b"   \n ", InvalidInputError, "no extractable text"),
        ("big.txt", b"a" * 2048, PayloadTooLargeError, "limit is 1024 bytes"),
    ],
)
def test_bad_files_raise_clear_errors(
    name: str, data: bytes, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        load_document(name, data, max_bytes=1024)


def test_doc_ids_are_safe_base_names() -> None:
    assert safe_doc_id("../../etc/pass wd.txt") == "pass_wd.txt"
    assert safe_doc_id("C:\\docs\\plan.docx") == "plan.docx"
    with pytest.raises(InvalidInputError):
        safe_doc_id("...")
