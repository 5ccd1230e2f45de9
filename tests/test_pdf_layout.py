"""The PDF path on slide-like fixtures made from the sample deck (both font kinds) and on the real
subsidy PDF: scored with the project's scorer against page-keyed gold, and the layout checked."""
from __future__ import annotations

import json
import os

import pytest

from extract.ingest import read_deck
from extract.mentions import extract_deck
from tests.fixtures import slides

from .conftest import GOLD, ROOT, SUBSIDY_PDF, load_scorer

GOLD_DIR = ROOT / "tests" / "data" / "slides"
KINDS = ["amount", "duration", "count", "percent", "rank", "fiscal_year", "date"]
needs_ttf = pytest.mark.skipif(not slides.TTF.exists() and not os.environ.get("CI"),
                               reason="fonts-ipaexfont not installed (make test installs it)")


@pytest.fixture(scope="module")
def fixtures(tmp_path_factory):
    if not slides.TTF.exists():
        assert not os.environ.get("CI"), "make test installs fonts-ipaexfont; it is missing"
        pytest.skip("fonts-ipaexfont not installed")
    return slides.write_all(tmp_path_factory.mktemp("slides"))


@needs_ttf
@pytest.mark.parametrize("font", ["ttf", "cid"])
def test_committed_gold_is_what_the_generator_writes(fixtures, font):
    _, gold = fixtures[font]
    assert gold.read_text(encoding="utf-8") == (GOLD_DIR / gold.name).read_text(encoding="utf-8")


@needs_ttf
@pytest.mark.parametrize("font", ["ttf", "cid"])
def test_slide_fixtures_score_like_the_text_deck(fixtures, font):
    pdf, gold_path = fixtures[font]
    pred = [m.record() for m in extract_deck(read_deck(pdf))]
    gold = [json.loads(l) for l in gold_path.read_text(encoding="utf-8").splitlines()]
    res, _ = load_scorer().score(gold, pred)
    for kind in KINDS:
        assert res[kind]["f1"] >= 0.97 and res[kind]["value_acc"] >= 0.99, (kind, res[kind])
    for attr, v in res["amount_attributes"].items():
        assert v >= 0.95, (attr, v)


@needs_ttf
def test_reading_order_columns_vertical_text_tables_and_margins(fixtures):
    deck = read_deck(fixtures["cid"][0])
    page = {p: [l.text for l in deck.lines if l.page == p] for p in range(1, 6)}
    p2 = page[2]
    assert p2[1] == "新興国・途上国"  # vertical text, one character per line on the slide
    # the left column is read before the budget box and the right column
    assert p2.index("国際共同研究拠点タイプ（50百万円˜１億円）５年間、評価により10年間") < p2.index("令和6年度予算額（案）11億円") \
        < p2.index("支援期間：３年間")
    # a ruled table: one line per row, the row label beside its cells
    assert "海外特別研究員事業 令和６年度予算額（案） ：2,527百万円 （前年度予算額 ：2,611百万円）" in page[4]
    # three columns of the same height are read one after the other
    p3 = page[3]
    assert p3.index("QSランキング：５位") < p3.index("英国") < p3.index("QSランキング：３位") < p3.index("シンガポール")
    every = [l.text for l in deck.lines]
    assert slides.HEADER not in every and slides.FOOTER not in every  # repeated header/footer dropped
    assert not any(t.strip().isdigit() for t in every)  # page numbers dropped


@needs_ttf
def test_each_mention_has_its_bounding_box_on_the_page(fixtures):
    import pdfplumber

    pdf_path = fixtures["ttf"][0]
    mentions = [m for m in extract_deck(read_deck(pdf_path)) if m.kind == "amount"]
    assert mentions
    with pdfplumber.open(pdf_path) as pdf:
        for m in mentions:
            assert None not in (m.x0, m.top, m.x1, m.bottom)
            page = pdf.pages[m.page - 1]
            inside = page.within_bbox((m.x0 - 0.5, m.top - 0.5, m.x1 + 0.5, m.bottom + 0.5)).extract_text()
            assert inside.replace(" ", "") == m.text.replace(" ", ""), (m.text, inside)


def test_the_real_subsidy_pdf():
    """../shared's real 27-page PDF: precision stays perfect, values exact."""
    pdf = SUBSIDY_PDF
    gold = [json.loads(l) for l in (GOLD / "monodukuri_koubo_20ji_2025-04.jsonl").read_text(
        encoding="utf-8").splitlines()]
    res, _ = load_scorer().score(gold, [m.record() for m in extract_deck(read_deck(pdf))])
    assert res["all"]["precision"] >= 0.99 and res["all"]["value_acc"] == 1.0
    assert res["all"]["f1"] >= 0.94, res["all"]
