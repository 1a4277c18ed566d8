from knowledge_base.catalog import SourceCatalog
from knowledge_base.chunking import MAX_CHARS, DocumentPart, chunk_document
from knowledge_base.documents import chunk_shipped, chunk_text
from knowledge_base.reflow import reflow

CATALOG = SourceCatalog.load()
MAGAZINE = next(e for e in CATALOG.entries if e.articles)


def test_chunks_are_sentence_aware_and_bounded() -> None:
    _, chunks = chunk_shipped(CATALOG.entries[1])
    sizes = [len(c.text) for c in chunks]
    assert max(sizes) <= MAX_CHARS
    assert sorted(sizes)[len(sizes) // 2] >= 500
    assert all(c.text[-1] in '.!?:;”’")◆' or "\n" in c.text for c in chunks[:-1])
    assert all(c.language == "nl" for c in chunks)


def test_consecutive_chunks_overlap() -> None:
    _, chunks = chunk_shipped(CATALOG.entries[3])
    overlapping = sum(b.start < a.end for a, b in zip(chunks, chunks[1:], strict=False))
    assert overlapping >= len(chunks) // 2


def test_ids_are_stable_unique_and_content_derived() -> None:
    _, first = chunk_shipped(CATALOG.entries[0])
    _, again = chunk_shipped(CATALOG.entries[0])
    assert [c.chunk_id for c in first] == [c.chunk_id for c in again]
    assert len({c.chunk_id for c in first}) == len(first)
    _, other = chunk_text(first[0].text, collection="acme", doc_id="x.txt", title="X")
    assert other[0].chunk_id != first[0].chunk_id


def test_repeated_passages_get_distinct_ids() -> None:
    paragraph = "Dit is een lange zin die twee keer voorkomt, " + "en nog meer, " * 50 + "klaar."
    text = f"{paragraph}\n\n{paragraph}"
    result = reflow(text)
    chunks = chunk_document(
        result, [DocumentPart(0, len(result.text), "T")], collection="c", doc_id="d"
    )
    texts = [c.text for c in chunks]
    assert len(texts) != len(set(texts))
    assert len({c.chunk_id for c in chunks}) == len(chunks)


def test_magazine_chunks_stay_inside_their_article_and_cite_it() -> None:
    _, chunks = chunk_shipped(MAGAZINE)
    ranges = {a.title: (a.lines[0], a.lines[1], a.authors) for a in MAGAZINE.articles}
    titles = {c.title for c in chunks}
    assert len(titles) >= 20
    for chunk in chunks:
        first, last, authors = ranges[chunk.title]
        assert first <= chunk.line_start <= chunk.line_end <= last
        assert chunk.authors == authors
    interview = [c for c in chunks if "Hoogenband" in c.title]
    assert interview and interview[0].authors == ["Robert Dollevoet"]
