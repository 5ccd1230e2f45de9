"""Scanned pages: pages of the real subsidy PDF rendered to pictures (300 dpi) and put back into an image-only
PDF are read by OCR, scored against the real PDF's gold for those pages; every row says it came from OCR with
its confidence, low-confidence rows are held back, and blank separator pages stay out of the deck's status."""
from __future__ import annotations

import json
import os

import pytest

from extract.context import sourced
from extract.ingest import ocr, read_deck
from extract.ingest.layout import Segment
from extract.ingest.pdf import read_pdf
from extract.mentions import extract_deck
from extract.model import Deck, DeckResult, Line, Mention
from extract.options import packaged_suites
from extract.tables import with_seq
from extract.validate.stage import validate_decks
from extract.validate.suites import Validator
from tests.fixtures.pdfs import make_image_pages
from tests.fixtures.scans import OUTLINE_FONT, make_image_only, make_outlined_text

from .conftest import GOLD, SUBSIDY_PDF, load_scorer

needs_tesseract = pytest.mark.skipif(ocr.missing() is not None and not os.environ.get("CI"),
                                     reason=f"{ocr.missing()} ({ocr.INSTALL_HINT})")
#: four of the real PDF's pages with amounts: in their text (補助上限額 by employees, 補助対象経費 caps: 6, 18), and
#: in charts whose unit sits in a box of its own under the figure or whose figures print small (13, 14); the
#: whole deck is measured by bench/ocr_subsidy.py
PAGES = [6, 18, 13, 14]
DOC = "monodukuri_koubo_20ji_2025-04"


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    """Pages 6, 18, 13 and 14 as pictures, with a blank separator page after the first."""
    return make_image_only(SUBSIDY_PDF, tmp_path_factory.mktemp("scan") / f"{DOC}.pdf", PAGES, blank_after=1)


@pytest.fixture(scope="module")
def ocr_deck(scanned):
    return read_deck(scanned)


@needs_tesseract
@pytest.mark.slow
def test_scanned_pages_are_read_by_ocr_and_score_against_the_real_gold(ocr_deck):
    assert ocr_deck.source_type == "pdf_ocr" and ocr_deck.pages == 5
    assert ocr_deck.pages_without_text == []  # page 2 is blank: not image-only, not reported
    assert any("blank pages 2" in n for n in ocr_deck.notes) and any("read by OCR" in n for n in ocr_deck.notes)
    page_of = {6: 1, 18: 3, 13: 4, 14: 5}  # the real page -> its place in the scanned deck
    gold = [{**g, "page": page_of[g["page"]]} for g in map(json.loads, (GOLD / f"{DOC}.jsonl").read_text(
        encoding="utf-8").splitlines()) if g["page"] in page_of]
    pred = [m.record() for m in extract_deck(ocr_deck)]
    res, _ = load_scorer().score(gold, pred)
    assert res["amount"]["f1"] >= 0.9 and res["amount"]["value_acc"] >= 0.9, res["amount"]
    assert res["all"]["f1"] >= 0.8, res["all"]
    assert all(r["source"] == "ocr" and 0 <= r["confidence"] <= 100 for r in pred)


@needs_tesseract
@pytest.mark.slow
def test_low_confidence_ocr_rows_are_held_back(ocr_deck):
    result = DeckResult(ocr_deck.doc, "scan.pdf", "0" * 64, "pdf_ocr", ocr_deck.pages, len(ocr_deck.lines),
                                 with_seq([m.record() for m in extract_deck(ocr_deck)]))
    assert len(result.records) >= 4
    low = result.records[1]["seq"], result.records[3]["seq"]
    for r in result.records:  # two rows as if Tesseract had been unsure of their lines; the others sure
        r["confidence"] = 59.9 if r["seq"] in low else max(r["confidence"], 60.0)
    validate_decks([result], Validator(packaged_suites()))
    held = {h["seq"] for h in result.held_back if h["check"] == "confidence"}
    assert held == set(low) and result.status == "published"


def test_blank_and_picture_pages_without_ocr(tmp_path):
    """Without OCR, a picture page is image-only (named, with what to install) and a blank page is neither."""
    path = make_image_only(SUBSIDY_PDF, tmp_path / "one.pdf", [14], dpi=40, blank_after=1)
    read = read_pdf(path, path.read_bytes(), use_ocr=False)
    assert read.pages == 2 and read.pages_without_text == [1] and read.source_type == "pdf"
    assert any("blank pages 2" in n for n in read.notes)
    assert any("image-only pages 1 not read" in n and "tesseract-ocr-jpn" in n for n in read.notes)


@needs_tesseract
@pytest.mark.skipif(not OUTLINE_FONT.exists() and not os.environ.get("CI"), reason="fonts-ipaexfont (make system-deps)")
@pytest.mark.parametrize("lines,use_ocr,read,without_text,found", [
    (["令和6年度予算額 19億円", "補助上限額 1,250万円"], True, 2, [],
     {("amount", 1900000000), ("amount", 12500000), ("fiscal_year", 2024)}),
    (["支援期間 原則5年間"], True, 1, [], {("duration", 5)}),
    (["支援期間 原則5年間"], False, 0, [1], set()),  # without OCR: an image-only page, said so, not silently empty
    # near misses: a dot drawn as a curve is a blank page; a page with nothing drawn is neither
    (["・"], True, 0, [], set()),
    ([], True, 0, [], set()),
])
def test_text_drawn_as_outlines_is_read_by_ocr(tmp_path, lines, use_ocr, read, without_text, found):
    """A page whose text is glyph outlines (curves, no characters) is a scanned page for OCR, as a picture is."""
    path = make_outlined_text(tmp_path / "outlined.pdf", lines)
    deck = read_pdf(path, path.read_bytes(), use_ocr=use_ocr)
    assert len(deck.lines) == read and deck.pages_without_text == without_text  # (a kanji may be misread: 補/表)
    assert all(line.source == "ocr" and line.confidence is not None for line in deck.lines)
    mentions = extract_deck(Deck("outlined", str(path), "0" * 64, deck.source_type, deck.pages, deck.lines))
    # (max: a cap has no min, `補助上限額 1,250万円` is at_most)
    assert {(m.kind, m.max) for m in mentions} == found and all(m.source == "ocr" for m in mentions)


@needs_tesseract
def test_a_picture_without_words_stays_image_only(tmp_path):
    path = make_image_pages(tmp_path / "drawing.pdf", text_pages=1, image_pages=1)
    read = read_pdf(path, path.read_bytes())
    assert read.pages_without_text == [2] and read.source_type == "pdf"
    assert all(line.source is None for line in read.lines)


@pytest.mark.parametrize("read,fixed", [
    ("1.500万円", "1,500万円"),  # a thousands comma read as a point
    ("100ン1.000万円", "100～1,000万円"),  # a wave dash read as a kana
    ("6て20人", "6～20人"),
    ("21へ50人", "21～50人"),
    ("1.080F~-", "1,080円"),  # 円 read as F, an arrow after it as a dash
    ("1,115円-", "1,115円"),
    ("+35F", "+35円"),
    ("8,.000", "8,000"),
    ("+3.796", "+3.7%"),  # % read as 96
    ("方円", "万円"),
    # near misses: left as read
    ("1.5万円", "1.5万円"),
    ("3.5%", "3.5%"),
    ("2024.04.01", "2024.04.01"),
    ("5F会議室", "5F会議室"),
    ("てへン", "てへン"),
    ("1.0800", "1.0800"),
    ("3.96", "3.96"),
    ("1996年", "1996年"),
    ("1,115円-1,185円", "1,115円-1,185円"),  # a written range keeps its dash
    ("1 .150円", "1,150円"),
    ("1,000門", "1,000円"),  # 円 read as 門
    ("5万門", "5万円"),
    ("1、500万円", "1,500万円"),  # a thousands comma read as an ideographic one
    ("2，000円", "2,000円"),
    ("年度年度年度", "年度 年度 年度"),  # an axis's unit boxes read as one piece
    ("年度年度", "年度 年度"),
    ("6<ン20人", "6～20人"),
    ("21C50人", "21～50人"),
    ("6と20人", "6～20人"),
    ("3<5年の事業計画期間", "3～5年の事業計画期間"),
    ("1 < 2週間", "1～2週間"),  # a space before the point read for a comma
    ("万円| |万円| |カロ", "万円 万円 カロ"),  # box borders read as bars
    ("1年目| |", "1年目"),
    ("最低賃金+ so円を", "最低賃金+80円を"),  # look-alike letters in a signed yen figure
    ("3年目rs5円だった", "3年目+85円だった"),  # and + read as r
    ("+1l円", "+11円"),
    # near misses: left as read
    ("|,000円", "|,000円"),
    ("3と5の倍数", "3と5の倍数"),  # と between bare figures
    ("専門家", "専門家"),
    ("令和6年度年度末", "令和6年度年度末"),  # a word after the year
    ("1、2、3", "1、2、3"),  # a list
    ("100、200、300", "100、200、300"),
    ("第1、20条", "第1、20条"),
    ("x<y", "x<y"),
    ("C5", "C5"),  # a bar touching a figure may be a 1
    ("2|3", "2|3"),
    ("sorry +so", "sorry +so"),  # no yen after it
    ("Iron 5円", "Iron 5円"),
    ("error 5円", "error 5円"),  # an r inside a word
    ("+35円", "+35円"),
])
def test_ocr_misreadings_between_digits_are_undone(read, fixed):
    assert ocr.fix_text(read) == fixed


@pytest.mark.parametrize("source,confidence,line_index,expected", [
    ("ocr", 42.5, 1, ("ocr", 42.5)),  # a chart label read off an OCR'd line: held back like its line
    ("ocr", 91.0, 1, ("ocr", 91.0)),
    # near misses: a text layer's line, or no line, leave the label as it is
    (None, None, 1, (None, None)),
    ("ocr", 42.5, None, (None, None)),
    ("ocr", 42.5, 7, (None, None)),  # a line the deck has not
])
def test_chart_labels_from_ocr_lines_carry_source_and_confidence(source, confidence, line_index, expected):
    lines = [Line("見出し", 1, None, 0), Line("6,700", 1, None, 1, source=source, confidence=confidence)]
    label = Mention(doc="d", kind="amount", text="6,700", min=67000000, max=67000000, unit="yen", page=1,
                    line_index=line_index)
    (out,) = sourced.from_lines([label], lines)
    assert (out.source, out.confidence) == expected and (out.min, out.text) == (67000000, "6,700")


@pytest.mark.parametrize("text,confidence,again", [
    ("+35", 10.9, True),  # a chart's figure whose 円 was lost: read again alone
    ("500", 20.8, True),
    ("1,150円", 59.9, True),
    # near misses: sure, no figure, or a long line
    ("+35", 60.0, False),
    ("注意", 12.0, False),
    ("事業計画期間は3年から5年です", 40.0, False),
])
def test_unsure_short_figures_are_read_again(text, confidence, again):
    line = ocr.OcrLine(ocr.LayoutLine(text, [None] * len(text), (0.0, 0.0, 10.0 * len(text), 12.0)), confidence)
    assert ocr._unsure_figure(line) is again


@pytest.mark.parametrize("read,fixed,kept", [
    ("年度年度", "年度 年度", [0, 1, None, 2, 3]),  # a space put in has no box; the others keep theirs
    ("1,115円-", "1,115円", [0, 1, 2, 3, 4, 5]),  # a dropped arrow
    ("1.500万円", "1,500万円", [0, 1, 2, 3, 4, 5, 6]),  # same length: the boxes as they were
    # near miss: nothing to undo
    ("注意", "注意", [0, 1]),
])
def test_a_fixed_line_keeps_each_character_s_box(read, fixed, kept):
    boxes = [(float(i), 0.0, i + 1.0, 10.0) for i in range(len(read))]
    line = ocr._fixed(ocr.LayoutLine(read, list(boxes), (0.0, 0.0, float(len(read)), 10.0)))
    assert line.text == fixed and list(line.boxes) == [None if i is None else boxes[i] for i in kept]


def _seg(text: str, x0: float, top: float, x1: float, bottom: float) -> Segment:
    return Segment(text, [None] * len(text), x0, top, x1, bottom)


@pytest.mark.parametrize("unit,moved", [
    (_seg("万円", 288, 388, 319, 408), True),  # right under the figure (page 13's bar label)
    (_seg("万円 ", 284, 387, 324, 400), True),
    (_seg("年度", 290, 390, 318, 402), True),
    # near misses: stays where the reading order put it
    (_seg("万円", 340, 388, 370, 408), False),  # beside the figure's column, not under it
    (_seg("万円", 288, 420, 319, 440), False),  # more than a line below
    (_seg("万円", 288, 340, 319, 360), False),  # above the figure
    (_seg("万円の", 288, 388, 330, 408), False),  # not a unit alone
])
def test_a_unit_box_under_a_figure_follows_it_in_reading_order(unit, moved):
    figure = _seg("6,700", 286, 373, 322, 386)
    order = [_seg("基準年度", 94, 362, 138, 378), figure, _seg("1年目", 490, 363, 535, 379),
             _seg("670", 689, 374, 712, 384), unit, _seg("2025年度", 95, 439, 138, 449)]
    out = ocr.units_after_numbers(order)
    assert sorted(map(id, out)) == sorted(map(id, order))
    assert (out[out.index(figure) + 1] is unit) == moved
    assert out.index(unit) == (2 if moved else 4)


@pytest.mark.parametrize("right,joined", [
    (_seg("100万円", 323, 204, 364, 218), "各補助対象事業枠の補助上限額から最大100万円"),  # page 18: the cap's figure
    (_seg("1,000万円", 323, 207, 369, 215), "各補助対象事業枠の補助上限額から最大1,000万円"),  # digits are shorter
    # near misses: two lines
    (_seg("100万円", 340, 204, 381, 218), None),  # over an em apart: another column
    (_seg("100万円", 323, 214, 364, 228), None),  # half a line lower
    (_seg("万", 323, 190, 330, 240), None),  # tall: vertical text
])
def test_pieces_side_by_side_on_a_row_are_one_line(right, joined):
    left = _seg("各補助対象事業枠の補助上限額から最大", 132, 204, 311, 218)
    other = _seg("5人以下", 55, 204, 96, 215)  # the row's first cell, far to the left
    confs = {id(left): 80.0, id(right): 90.0, id(other): 96.0}
    out = ocr.join_rows([other, left, right], confs)
    assert [s.text for s in out] == (["5人以下", joined] if joined else ["5人以下", left.text, right.text])
    if joined:
        assert confs[id(out[1])] == round((80.0 * len(left.text) + 90.0 * len(right.text)) / len(joined), 1)
        assert out[1].x0 == left.x0 and out[1].x1 == right.x1 and len(out[1].boxes) == len(joined)


@needs_tesseract
@pytest.mark.slow
@pytest.mark.parametrize("seconds,read_pages,left", [
    (None, [1, 2], []),  # no limit: every scanned page
    (0.001, [1], [2]),  # the first page always starts; the second would pass the share
])
def test_ocr_keeps_to_its_share_of_the_deck_time_limit(tmp_path, seconds, read_pages, left):
    path = make_image_only(SUBSIDY_PDF, tmp_path / "two.pdf", [6, 21], dpi=150)
    read = read_pdf(path, path.read_bytes(), ocr_seconds=seconds)
    assert sorted({line.page for line in read.lines}) == read_pages and read.pages_without_text == left
    assert bool(left) == any("raise --deck-timeout" in n for n in read.notes)
