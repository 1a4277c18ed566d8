"""The training script is reproducible and writes an artefact the offline coder loads."""

import json
from pathlib import Path

import pytest

from assistant.feedback.coder import offline_coder
from assistant.feedback.linear import META_FILE, WEIGHTS_FILE
from assistant.feedback.models import CommentIn
from assistant.feedback.offline import OfflineCoder

pytest.importorskip("sklearn")

from assistant.feedback.train import train  # noqa: E402

TEMPLATES = {
    "L1": ["The trainer was {} and the room was fine.", "De trainer was {} en de zaal prima."],
    "L2": ["I learned how to {} properly.", "Ik heb geleerd hoe ik moet {}."],
    "L3": ["Since the course I {} every week at work.", "Sinds de cursus ga ik elke week {}."],
    "L4": [
        "Since the training our complaints about {} fell by 20%.",
        "Na de training daalde het aantal klachten over {} met 20%.",
    ],
    "NONE": ["Where do I find my payslip for {}?", "Waar vind ik mijn loonstrook van {}?"],
}
FILLERS = ["plan", "delegate", "budget", "listen", "present", "coach"]


def _corpus(folder: Path) -> None:
    rows = []
    for level, templates in TEMPLATES.items():
        for t, template in enumerate(templates):
            for f, filler in enumerate(FILLERS):
                roi = level == "L4" and f % 2 == 0
                text = template.format(filler) + (" It saved us €5,000." if roi else "")
                rows.append(
                    {
                        "id": f"{level}-{t}-{f}",
                        "text": text,
                        "lang": "en",
                        "context": "x",
                        "primary": level,
                        "levels": [level],
                        "roi": roi,
                        "difficulty": "easy",
                        "note": "",
                    }
                )
    (folder / "train").mkdir(parents=True)
    (folder / "train" / "rows.jsonl").write_text(
        "\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8"
    )


def test_training_is_reproducible_and_loadable(tmp_path: Path) -> None:
    _corpus(tmp_path / "data")
    first = train(tmp_path / "data", tmp_path / "a", c_grid=(10.0,), char_weights=(0.35,))
    second = train(tmp_path / "data", tmp_path / "b", c_grid=(10.0,), char_weights=(0.35,))
    for name in (WEIGHTS_FILE, META_FILE):
        assert (first / name).read_bytes() == (second / name).read_bytes()
    coder = OfflineCoder.load(first)
    coded = coder.code([CommentIn(text="Ik heb geleerd hoe ik moet plannen.")])[0]
    assert coded.primary.value == "L2" and (coded.model or "").startswith("kp-linear@")


def test_shipped_artefact_loads_without_pickle() -> None:
    model = offline_coder().model
    assert model.weights.shape[0] == len(model.meta["features"]) > 1000
    assert model.meta["training"]["rows"] >= 1500
