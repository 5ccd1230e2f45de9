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
