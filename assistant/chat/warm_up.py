"""Load what a process's first chat turns would otherwise load: the router's intent classifier
(fitted at first use, ~0.8 s), the figure reader's models and lexicons (~1 s) and the unit
registry bare numbers are checked against (~0.5 s), so the first advisor after a start does not
wait for them."""

from __future__ import annotations

from assistant.chat.classifier import classifier
from assistant.chat.roi_figures import read_figures
from assistant.text.language import Language
from assistant.text.measures import is_measure_unit

_SAMPLES = (
    ("De trainer kostte € 4.000; 20 deelnemers besparen elk 2 uur per week à € 45. "
     "De teamleiders schatten 50%, zekerheid 80%.", Language.NL),
    ("The agency billed us $12,000 and each of the 15 reps spent 6 hours at $38 an hour; "
     "a control group saw half the drop.", Language.EN),
)  # fmt: skip


def warm_up() -> None:
    classifier()
    for text, language in _SAMPLES:
        read_figures(text, language)
    is_measure_unit("litres")
