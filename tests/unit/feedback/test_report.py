"""Reports never render comment text as HTML or Markdown; the chart is plain SVG."""

from pathlib import Path

from assistant.feedback.report import bar_chart_svg, render_html, render_markdown, write_report
from assistant.feedback.summary import FileSummary, ReviewItem

EVIL = "<img src=x onerror=alert(1)> | **bold** [link](http://x) `code`"


def _summary() -> FileSummary:
    item = ReviewItem(row=1, text=EVIL, primary="L1", levels="L1", confidence=0.31, evidence=EVIL)
    return FileSummary(
        rows=4,
        primary={"L1": 3, "NONE": 1},
        levels={"L1": 3, "NONE": 1},
        by_lang={"nl": {"L1": 3, "NONE": 1}},
        roi_count=1,
        roi_mentions=[item],
        lowest_confidence=[item],
    )


def test_html_escapes_comment_text() -> None:
    page = render_html(_summary())
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "Content-Security-Policy" in page and "75.0%" in page


def test_markdown_escapes_markup_and_table_pipes() -> None:
    text = render_markdown(_summary(), chart_file="r.svg")
    assert "<img" not in text and "\\|" in text and "\\*\\*bold\\*\\*" in text
    assert "![Comments per primary level](r.svg)" in text


def test_svg_chart_has_a_bar_per_level() -> None:
    svg = bar_chart_svg({"L1": 3, "L4": 1})
    assert svg.startswith("<svg") and svg.count("<rect") == 5 and ">3</text>" in svg


def test_write_report_by_extension(tmp_path: Path) -> None:
    written = write_report(_summary(), tmp_path / "r.md")
    assert [p.name for p in written] == ["r.md", "r.svg"]


def test_markdown_keeps_quotes_of_neutralised_formulas_but_html_escapes_them() -> None:
    item = ReviewItem(
        row=2,
        text='\'=SUM(A1:A9) "quoted" & <b>',
        primary="NONE",
        levels="NONE",
        confidence=0.5,
        evidence="'=SUM(A1:A9)",
    )
    summary = _summary().model_copy(update={"lowest_confidence": [item]})
    text = render_markdown(summary, chart_file="r.svg")
    assert '| \'=SUM(A1:A9) "quoted" &amp; &lt;b&gt; |' in text
    assert "&#x27;" not in text and "&\\#" not in text and "&quot;" not in text
    page = render_html(summary)
    assert "&#x27;=SUM(A1:A9) &quot;quoted&quot; &amp; &lt;b&gt;" in page
