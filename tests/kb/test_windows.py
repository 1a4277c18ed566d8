"""Sentence windows: how they are cut, stored with the index, kept in step with its chunks,
and how their best match lifts a chunk in the dense ranking."""

from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import update

from knowledge_base.chunking import sentence_spans
from knowledge_base.documents import chunk_text
from knowledge_base.index import KnowledgeIndex, PreparedDocument
from knowledge_base.models import SearchFilters, SourceInfo
from knowledge_base.retriever import HybridRetriever
from knowledge_base.tables import KbChunkRow
from knowledge_base.windows import (
    WindowMatrix,
    WindowSearch,
    sentence_windows,
    window_key,
)
from tests.kb_fixtures import HashEmbeddings, kb_sessions

PASSAGE = (
    "Het programma begon in januari met twintig deelnemers. Elke module duurde een dag.\n"
    "Na afloop vulden de deelnemers een korte vragenlijst in. De trainers bespraken de "
    "uitkomsten met de leidinggevenden, die daarna zelf coachingsgesprekken voerden. "
    "Drie maanden later volgde een meting van het gedrag op de werkvloer. Een heel lange zin "
    + "die maar doorgaat " * 25
    + "eindigt hier."
)


def test_windows_are_runs_of_whole_sentences_within_the_limit() -> None:
    sentences = [
        PASSAGE[s.start : s.end].replace("\n", " ")
        for s in sentence_spans(PASSAGE, 0, len(PASSAGE))
    ]
    windows = sentence_windows(PASSAGE, limit=200)
    assert len(windows) == len(set(windows))
    for window in windows:
        first = next(i for i, s in enumerate(sentences) if window.startswith(s))
        run = [sentences[first]]
        while " ".join(run) != window:  # each window is a run of consecutive sentences
            run.append(sentences[first + len(run)])
        assert len(run) == 1 or len(window) <= 200  # only a lone long sentence exceeds it
    assert set(sentences) <= {s for w in windows for s in sentences if s in w}
    assert any(len(w) > 200 for w in windows)  # the long sentence stands alone, whole


def test_window_search_takes_each_chunks_best_window_and_honours_the_mask(
    tmp_path: Path,
) -> None:
    vectors = np.array([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]], dtype=np.float32)
    matrix = WindowMatrix(vectors, np.array(["a", "b", "c"]), np.array(["x", "x", "y"]))
    matrix.save(tmp_path / "windows.npz")
    loaded = WindowMatrix.load(tmp_path / "windows.npz")
    assert loaded.keys.tolist() == ["a", "b", "c"]
    search = WindowSearch.bind(loaded, {"x": 0, "y": 1, "z": 2})
    best = search.best(np.array([0.0, 1.0]))
    assert best == pytest.approx([0.8, 1.0, -1.0], abs=1e-3)  # z has no window
    masked = search.best(np.array([0.0, 1.0]), np.array([True, False, True]))
    assert masked == pytest.approx([0.8, -1.0, -1.0], abs=1e-3)
    # rows of a chunk the snapshot does not hold are dropped when binding
    assert WindowSearch.bind(loaded, {"y": 0}).matrix.chunk_ids.tolist() == ["y"]


def _doc(doc_id: str, text: str, version: str = "1") -> PreparedDocument:
    _, chunks = chunk_text(text, collection="acme", doc_id=doc_id, title=doc_id)
    info = SourceInfo(collection="acme", doc_id=doc_id, title=doc_id, language="nl")
    return PreparedDocument(info=info, content_hash=f"{doc_id}-{version}", chunks=chunks)


ROI = "\n\n".join(
    f"Paragraaf {n}: de ROI-methodiek van Phillips kent vijf niveaus. Baten worden afgezet "
    f"tegen kosten, in stap {n} van {n + 3} dagen. Een derde zin maakt de alinea langer." * 3
    for n in range(4)
)
COACH = "Coaching op de werkplek helpt deelnemers het geleerde toe te passen. " * 6


def _window_owners(index: KnowledgeIndex) -> set[str]:
    return set(index.snapshot.windows.chunk_ids.tolist())


def test_ingest_stores_windows_for_every_chunk_and_keeps_them_in_step(
    fake_index: KnowledgeIndex, fake_embeddings: HashEmbeddings
) -> None:
    fake_index.apply([_doc("roi.txt", ROI), _doc("coach.txt", COACH)])
    chunk_ids = {c.chunk_id for c in fake_index.snapshot.chunks}
    assert _window_owners(fake_index) == chunk_ids
    expected = {window_key(w) for c in fake_index.snapshot.chunks for w in sentence_windows(c.text)}
    assert set(fake_index.snapshot.windows.keys.tolist()) == expected

    roi_before = {c.chunk_id for c in fake_index.snapshot.chunks if c.doc_id == "roi.txt"}
    before = fake_embeddings.passages_embedded
    report = fake_index.apply(
        [
            _doc("roi.txt", ROI + " Nieuw: een controlegroep isoleert het effect.", "2"),
            _doc("coach.txt", COACH),
        ]
    )
    # only the new chunk texts and windows are embedded; coach.txt's windows are kept
    assert report.embedded == fake_embeddings.passages_embedded - before > 0
    assert _window_owners(fake_index) == {c.chunk_id for c in fake_index.snapshot.chunks}
    roi_after = {c.chunk_id for c in fake_index.snapshot.chunks if c.doc_id == "roi.txt"}
    assert roi_before & roi_after and roi_after - roi_before  # some chunks kept, some new
    windows = fake_index.snapshot.windows
    rows = list(zip(windows.chunk_ids, windows.keys, strict=True))
    assert len(rows) == len(set(rows))  # a kept chunk's windows are not stored twice

    fake_index.remove("acme", "roi.txt")
    assert _window_owners(fake_index) == {c.chunk_id for c in fake_index.snapshot.chunks}
    assert all(c.doc_id == "coach.txt" for c in fake_index.snapshot.chunks)


def test_chunks_stored_without_windows_get_them_on_open(
    tmp_path: Path, fake_embeddings: HashEmbeddings
) -> None:
    index = KnowledgeIndex(
        directory=tmp_path / "kb", sessions=kb_sessions(tmp_path), embeddings=fake_embeddings
    )
    index.apply([_doc("roi.txt", ROI)])
    windows = index.snapshot.windows
    with kb_sessions(tmp_path).begin() as session:  # as an index from before windows
        session.execute(update(KbChunkRow).values(window_keys=[], window_vectors=b""))
    before = fake_embeddings.passages_embedded
    reopened = KnowledgeIndex(
        directory=tmp_path / "kb", sessions=kb_sessions(tmp_path), embeddings=fake_embeddings
    )
    reopened.open()
    assert fake_embeddings.passages_embedded - before == len(set(windows.keys.tolist()))
    assert sorted(reopened.snapshot.windows.keys.tolist()) == sorted(windows.keys.tolist())


def test_windows_off_embeds_chunks_only(tmp_path: Path, fake_embeddings: HashEmbeddings) -> None:
    index = KnowledgeIndex(
        directory=tmp_path / "kb",
        sessions=kb_sessions(tmp_path),
        embeddings=fake_embeddings,
        windows=False,
    )
    report = index.apply([_doc("roi.txt", ROI)])
    assert report.embedded == len(index.snapshot.chunks)
    assert index.snapshot.windows.size == 0


def test_a_chunk_whose_one_sentence_answers_is_lifted_by_its_window(
    tmp_path: Path, fake_embeddings: HashEmbeddings
) -> None:
    filler = " ".join(
        f"Zin {n} gaat over iets anders zoals roosters kantines parkeren en vergaderzalen."
        for n in range(8)
    )
    buried = filler + " De controlegroep isoleert het effect van de training."
    rival = "Een training heeft effect. Leiders en teams leren samen in de praktijk. " * 3
    query = "controlegroep isoleert effect training"
    ranks = {}
    for windows in (False, True):
        index = KnowledgeIndex(
            directory=tmp_path / f"kb-{windows}",
            sessions=kb_sessions(tmp_path / f"kb-{windows}"),
            embeddings=fake_embeddings,
            windows=windows,
        )
        index.apply([_doc("buried.txt", buried), _doc("rival.txt", rival)])
        hits = HybridRetriever(index=index).hits(query, mode="dense", filters=SearchFilters())
        ranks[windows] = [h.source for h in hits]
    assert ranks[False][0] == "rival.txt"
    assert ranks[True][0] == "buried.txt"


def test_turning_windows_off_ignores_the_stored_ones_and_on_again_restores_them(
    tmp_path: Path, fake_embeddings: HashEmbeddings
) -> None:
    KnowledgeIndex(
        directory=tmp_path / "kb", sessions=kb_sessions(tmp_path), embeddings=fake_embeddings
    ).apply([_doc("roi.txt", ROI)])
    off = KnowledgeIndex(
        directory=tmp_path / "kb",
        sessions=kb_sessions(tmp_path),
        embeddings=fake_embeddings,
        windows=False,
    )
    off.apply([_doc("roi.txt", ROI), _doc("coach.txt", COACH)])
    assert off.snapshot.windows.size == 0
    assert HybridRetriever(index=off).hits("coaching op de werkplek", mode="dense")
    on = KnowledgeIndex(
        directory=tmp_path / "kb", sessions=kb_sessions(tmp_path), embeddings=fake_embeddings
    )
    on.open()
    assert _window_owners(on) == {c.chunk_id for c in on.snapshot.chunks}
