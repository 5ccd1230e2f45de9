"""Issue 13: a ruled table whose lines poke out of the page by a hair (a real MEXT deck draws its frame
at top = -6e-05) must read like any other slide, never fail with pdfplumber's strict-crop ValueError."""
from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from extract.ingest import read_deck
from extract.ingest.layout import clip_box

W, H = landscape(A4)


def grid_pdf(path, overhang: float) -> None:
    """A 2x2 ruled table flush with the top edge, its top rule `overhang` points above the page."""
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setFont("Helvetica", 14)
    c.drawString(60, H - 200, "Budget overview FY2024")
    top, mid, bottom = H + overhang, H - 60, H - 120
    left, centre, right = 40, 300, 560
    c.setLineWidth(1)
    for y in (top, mid, bottom):
        c.line(left, y, right, y)
    for x in (left, centre, right):
        c.line(x, top, x, bottom)
    c.drawString(left + 10, H - 40, "Item A")
    c.drawString(centre + 10, H - 40, "19 billion yen")
    c.drawString(left + 10, H - 100, "Item B")
    c.drawString(centre + 10, H - 100, "7 billion yen")
    c.showPage()
    c.save()


@pytest.mark.parametrize("overhang", [6.1e-05, 0.5, 0.0])
def test_table_poking_out_of_the_page_reads(tmp_path, overhang):
    pdf = tmp_path / "frame.pdf"
    grid_pdf(pdf, overhang)
    deck = read_deck(pdf)
    texts = [l.text for l in deck.lines]
    assert "Item A 19 billion yen" in texts, texts  # read as a table row, cells side by side
    assert "Item B 7 billion yen" in texts, texts
    assert "Budget overview FY2024" in texts


def test_the_fixture_really_pokes_out(tmp_path):
    """Guards the test above: without clipping, pdfplumber raises on this very table."""
    import pdfplumber

    pdf = tmp_path / "frame.pdf"
    grid_pdf(pdf, 6.1e-05)
    with pdfplumber.open(pdf) as doc:
        page = doc.pages[0]
        cells = [c for t in page.find_tables() for r in t.rows for c in r.cells if c]
        assert any(c[1] < 0 for c in cells)
        with pytest.raises(ValueError, match="not fully within"):
            for c in cells:
                page.within_bbox(c)


@pytest.mark.parametrize("box, bounds, want", [
    ((0, -6e-05, 780, 540), (0, 0, 780, 540), (0, 0, 780, 540)),
    ((-5, 10, 800, 600), (0, 0, 780, 540), (0, 10, 780, 540)),
    ((10, 10, 20, 20), (0, 0, 780, 540), (10, 10, 20, 20)),
    ((790, 10, 800, 20), (0, 0, 780, 540), None),   # wholly off the page
    ((10, 10, 10, 20), (0, 0, 780, 540), None),     # no width
])
def test_clip_box(box, bounds, want):
    assert clip_box(box, bounds) == want


@pytest.mark.parametrize("text, pages, dropped", [
    ("12", 27, True), ("- 3 -", 27, True), ("3 / 27", 27, True), ("P.5", 27, True),
    ("2025", 27, False),  # a year over a chart's bar, alone on its line: content
    ("28", 27, False), ("4/25", 27, True), ("4/25", 3, False),
])
def test_a_lone_number_is_a_page_number_only_within_the_page_count(text, pages, dropped):
    from extract.ingest.layout import is_page_number

    assert is_page_number(text, pages) is dropped


def _foot(texts: list[tuple[str, float]], y: float = 760.0) -> list:
    from extract.ingest.layout import LayoutLine

    return [LayoutLine(t, bbox=(x, y, x + 8 * len(t), y + 8)) for t, x in texts]


@pytest.mark.parametrize("foot, kept", [
    ([("0", 120), ("10", 160), ("20", 200), ("30", 240), ("100%", 520)], ["0", "10", "20", "30", "100%"]),  # an axis's ticks
    ([("0 10 20 30 40", 120)], ["0 10 20 30 40"]),  # the same axis read as one line
    ([("- 4 -", 280)], []),  # a footer page number, alone on its row
    ([("4", 280)], []),
    ([("4", 280), ("資料：統計", 120)], []),  # one number beside a repeated footer: both dropped
    ([("0", 120), ("10", 160)], []),  # two numbers make no axis
    ([("23.7％", 180)], ["23.7％"]),  # a chart's value label at the same place on every page: content
    ([("2024年版 報告書", 180)], []),  # a running footer
])
def test_a_chart_axis_at_the_foot_of_every_page_is_no_footer(foot: list[tuple[str, float]], kept: list[str]) -> None:
    from extract.ingest.layout import drop_margins

    pages = [(842.0, _foot(foot)) for _ in range(4)]
    assert sorted(ln.text for ln in drop_margins(pages)[0]) == sorted(kept)
