import io

import docx
import pytest

from assistant.errors import InvalidInputError, PayloadTooLargeError
from knowledge_base.loaders import load_document, safe_doc_id

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
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
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
