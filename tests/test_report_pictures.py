"""The report's pictures of a PDF drawn through one open document (`report.figures.Pages`, issue 25) are
the pictures pdfplumber's own `to_image` draws, byte for byte, whatever the order of the pages asked for
(a page drawn once serves every figure on it)."""
from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest

from extract.report.figures import MAX_WIDTH_PX, QUALITY, RESOLUTION, Pages, TableFigure, _draw, _draw_table, band

DECK = Path(__file__).parent / "data" / "decks" / "tables" / "nankoku_r8_tousho_yosan_2026-02-24.pdf"


def drawn_by_pdfplumber(page, box) -> bytes:
    """What `_draw` drew before `Pages`: a crop of the page rendered by `to_image`, the figure outlined."""
    region = band(tuple(page.bbox), box)
    resolution = min(RESOLUTION, MAX_WIDTH_PX * 72 / max(region[2] - region[0], 1))
    im = page.crop(region, strict=False).to_image(resolution=resolution)
    im.draw_rect((box[0] - 2, box[1] - 2, box[2] + 2, box[3] + 2), fill=(0, 0, 0, 0), stroke=(220, 0, 0), stroke_width=3)
    buf = io.BytesIO()
    im.annotated.convert("RGB").save(buf, format="JPEG", quality=QUALITY, optimize=True)
    return buf.getvalue()


@pytest.mark.parametrize("asked", [
    [(1, (100.0, 200.0, 300.0, 215.0))],
    [(2, (50.0, 100.0, 200.0, 112.0)), (2, (300.0, 500.0, 400.0, 512.0))],  # two figures, one page drawn once
    [(3, (60.0, 0.0, 90.0, 10.0)), (1, (100.0, 570.0, 300.0, 594.0)), (3, (60.0, 300.0, 90.0, 310.0))],  # edges, pages back and forth
])
def test_the_same_pictures_as_to_image(asked):
    with pdfplumber.open(DECK) as pdf, Pages(DECK, None) as pages:
        for page_no, box in asked:
            page = pdf.pages[page_no - 1]
            assert _draw(page, box, pages) == drawn_by_pdfplumber(page, box)


def test_another_box_is_another_picture():
    """Near miss: the comparison sees the outline move by a few points."""
    with pdfplumber.open(DECK) as pdf, Pages(DECK, None) as pages:
        page = pdf.pages[0]
        assert _draw(page, (100.0, 200.0, 300.0, 215.0), pages) != drawn_by_pdfplumber(page, (100.0, 204.0, 300.0, 219.0))


def test_a_table_picture_is_drawn_from_the_same_page_picture():
    fig = TableFigure("d", 2, 0, (100.0, 200.0, 400.0, 500.0), ((100.0, 200.0, 150.0, 210.0), (300.0, 400.0, 350.0, 410.0)))
    with pdfplumber.open(DECK) as pdf, Pages(DECK, None) as pages:
        first = _draw(pdf.pages[1], (50.0, 100.0, 200.0, 112.0), pages)
        table = _draw_table(pdf.pages[1], fig, pages)
        assert first != table and table[:2] == b"\xff\xd8"  # a JPEG of its own, from the page drawn for the figure
        with Pages(DECK, None) as fresh:
            assert _draw_table(pdf.pages[1], fig, fresh) == table


@pytest.mark.parametrize("left_by_a_crash, redrawn", [
    (b"", True),  # a cached picture is written without a flush to disk: a crash may leave it empty
    (b"\xff\xd8 a picture drawn earlier", False),  # near miss: a picture in the cache is used as it is
])
def test_an_empty_cached_picture_is_drawn_again(tmp_path, left_by_a_crash, redrawn):
    from extract.ingest import sha256_of
    from extract.report.figures import Figure, source_pictures

    fig = Figure("d", 1, (100.0, 200.0, 300.0, 215.0))
    files = {"d": (DECK, sha256_of(DECK))}
    first = source_pictures([fig], files, tmp_path)
    cached = first[fig].path
    drawn = cached.read_bytes()
    assert drawn[:2] == b"\xff\xd8" and [p.name for p in tmp_path.iterdir()] == [cached.name]  # no temporary file left
    cached.write_bytes(left_by_a_crash)
    source_pictures([fig], files, tmp_path)
    assert cached.read_bytes() == (drawn if redrawn else left_by_a_crash)


@pytest.mark.parametrize("asked, kept", [
    ([(1, (100.0, 200.0, 300.0, 215.0))], 1),
    ([(2, (50.0, 100.0, 200.0, 112.0)), (1, (100.0, 570.0, 300.0, 594.0)), (2, (300.0, 500.0, 400.0, 512.0)),
      (3, (60.0, 300.0, 90.0, 310.0))], 4),  # more pictures than the encoder runs behind the drawing
    ([(1, (100.0, 200.0, 300.0, 215.0)), (2, (50.0, 100.0, 200.0, 112.0)), (99, (1.0, 1.0, 2.0, 2.0))], 2),  # a page
    # past the deck's end stops the drawing: the pictures drawn before it are kept
])
def test_pictures_encoded_beside_the_drawing_are_the_ones_drawn_one_by_one(asked, kept):
    from extract.ingest import sha256_of
    from extract.report.figures import Figure, _uri, source_pictures

    figs = [Figure("d", page_no, box) for page_no, box in asked]
    got = source_pictures(figs, {"d": (DECK, sha256_of(DECK))}, None)
    with pdfplumber.open(DECK) as pdf, Pages(DECK, None) as pages:
        one_by_one = {f: _uri(_draw(pdf.pages[f.page - 1], f.box, pages)) for f in sorted(figs, key=lambda f: f.page)[:kept]}
    assert got == one_by_one and list(got) == list(one_by_one)


def cell_row(page, box, doc="d"):
    """A budgets row read from a table (`cells.cell_budget_records`): its page and its figure's box."""
    return {"doc": doc, "page": page, "x0": box[0], "top": box[1], "x1": box[2], "bottom": box[3], "budget_yen": 1000}


@pytest.mark.parametrize("rows, drawn", [
    ([cell_row(1, (100.0, 200.0, 300.0, 215.0)), cell_row(2, (50, 100, 200, 112))], 2),  # whole numbers: the same keys
    ([cell_row(3, (60.0, 300.0, 90.0, 310.0)), {**cell_row(2, (1.0, 1.0, 2.0, 2.0)), "x1": None},  # no box, no page:
      {**cell_row(1, (1.0, 1.0, 2.0, 2.0)), "page": None}], 1),  # near misses, no picture (as the report)
    ([], 0),
])
def test_pictures_drawn_ahead_are_the_ones_the_report_finds(tmp_path, rows, drawn):
    """The pictures of budgets rows drawn ahead of the report (`draw_ahead`, by the deck's idle second core) are
    the ones the report draws: the report then finds every one of them cached, and draws none."""
    from extract.ingest import sha256_of
    from extract.report.figures import draw_ahead, source_pictures
    from extract.report.page import budget_rows, figures_of

    sha = sha256_of(DECK)
    draw_ahead(rows, DECK, sha, tmp_path, None, lambda: False)
    ahead = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert len(ahead) == drawn
    figs = figures_of(budget_rows(rows, []))
    got = source_pictures(figs, {"d": (DECK, sha)}, tmp_path)
    assert sorted(str(u.path.name) for u in got.values()) == sorted(ahead)  # found cached: no picture drawn again
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == ahead
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    source_pictures(figs, {"d": (DECK, sha)}, fresh)  # what the report draws into an empty cache: the same bytes
    assert {p.name: p.read_bytes() for p in fresh.iterdir()} == ahead


@pytest.mark.parametrize("stop_after, sha_ok, drawn", [
    (0, True, 0),  # the result was taken before the first picture: none drawn
    (1, True, 1),  # taken after one: that one is kept, whole
    (9, False, 0),  # the deck's file changed since it was read: no picture (another version's)
])
def test_drawing_ahead_stops_when_told(tmp_path, stop_after, sha_ok, drawn):
    from extract.ingest import sha256_of
    from extract.report.figures import draw_ahead

    asked = [0]

    def stop() -> bool:
        asked[0] += 1
        return asked[0] > stop_after

    rows = [cell_row(p, (100.0, 200.0, 300.0, 215.0)) for p in (1, 2, 3)]
    draw_ahead(rows, DECK, sha256_of(DECK) if sha_ok else "0" * 64, tmp_path, None, stop)
    assert [p.stat().st_size > 0 for p in tmp_path.iterdir()] == [True] * drawn  # no empty or temporary file
