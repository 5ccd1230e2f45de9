"""Which programme a budget figure is for, as a reader names it: the item's own line, the slide's
title (above or below, never across a page), a bracketed acronym; Sudachi tokens decide what is a
noun phrase. Lines written for these tests."""
from __future__ import annotations

import pytest

from extract.context.programs import is_name, referring

from .helpers import lines_of, mentions_of


def figures(*texts: str, pages: list[int] | None = None, boxes: list | None = None) -> list:
    found = mentions_of(lines_of(texts, pages=pages, boxes=boxes))
    return [m for m in found if m.kind == "amount" and m.role in ("budget", "supplementary_budget")]


@pytest.mark.parametrize("name", [
    "病児保育事業費補助金", "建設機械整備費", "不妊検査助成事業費", "グローバルに活躍する若手研究者の育成等",
    "戦略的国際共同研究プログラム（SICORP）", "日ASEAN科学技術・イノベーション協働連携", "港湾施設整備事業",
    "子育て世代包括支援センター整備事業費",
])
def test_noun_phrases_are_names(name):
    assert is_name(name)


@pytest.mark.parametrize("text", [
    "本事業", "本交付金", "同プログラム", "本プロジェクト", "当該事業", "各事業",  # refer back
    "事業概要", "背景・課題", "支援スキーム",  # section headings
    "補助金 委託基金",  # labels of a scheme diagram
    "国際共同研究を推進する。", "研究者の交流を促進し、", "支援を行います",  # sentences
    "AMED", "12,000", "",
])
def test_other_lines_are_not_names(text):
    assert not is_name(text)


@pytest.mark.parametrize("word, refers", [("本事業", True), ("同プログラム", True), ("本交付金", True),
                                          ("本プロジェクト", True), ("本庁舎整備事業", False), ("同窓会支援事業", False)])
def test_referring_words(word, refers):
    assert referring(word) is refers


@pytest.mark.parametrize("line, name", [
    ("○ 企業誘致活動強化事業　5,604,000 千円（前年度 5,607,000 千円）", "企業誘致活動強化事業"),
    ("○ こども医療助成費（市の単独分）　70,034千円", "こども医療助成費（市の単独分）"),
    ("〇 建設機械整備費　53,826千円", "建設機械整備費"),
    ("・「未来をつなぐ」事業承継推進事業 22,000 千円", "「未来をつなぐ」事業承継推進事業"),
    ("海外特別研究員事業 令和６年度予算額（案） ：2,527百万円", "海外特別研究員事業"),
])
def test_an_item_line_names_its_figure(line, name):
    (m, *_) = figures("令和6年度当初予算案", line)
    assert m.program == name


@pytest.mark.parametrize("lines, name", [
    # the title right below the label and figure (text decks keep a slide's title where it falls)
    (("令和6年度予算額（案） 19億円", "（前年度予算額 19億円）", "", "海洋観測国際協力プログラム", "（OCEANS）"),
     "海洋観測国際協力プログラム（OCEANS）"),
    # the title above
    (("防災科学技術研究推進事業", "令和6年度予算（案） 9.2億円", "", "（前年度予算額 9.8億円）"), "防災科学技術研究推進事業"),
    # a referring word and a bullet point are passed over
    (("令和6年度予算額 10億円", "", "本事業", "", "⚫ 研究交流を推進する事業", "", "極域観測推進事業"), "極域観測推進事業"),
])
def test_a_label_figure_takes_the_nearest_title_of_its_slide(lines, name):
    (m, *_) = figures(*lines)
    assert m.program == name


def test_a_wrapped_sentence_is_no_title():
    (m, *_) = figures("令和6年度予算額 10億円", "", "我が国の優れた科学技術と政府開発", "援助との連携により研究を推進。")
    assert m.program is None


def _box_line(text: str, top: float, size: float) -> tuple:
    return tuple((10.0 + k * size, top, 10.0 + (k + 1) * size, top + size) for k in range(len(text)))


def test_pdf_a_programme_named_on_the_page_beats_a_larger_theme_title_and_never_crosses_pages():
    texts = ["量子技術推進事業",  # page 1's title: another page
             "科学技術外交の強化", "戦略的国際共同研究プログラム（SICORP）", "協力形態", "令和6年度予算額（案）11億円"]
    pages = [1, 2, 2, 2, 2]
    boxes = [_box_line(texts[0], 40, 24), _box_line(texts[1], 40, 24), _box_line(texts[2], 100, 16),
             _box_line(texts[3], 140, 16), _box_line(texts[4], 120, 16)]
    (m,) = figures(*texts, pages=pages, boxes=boxes)
    assert m.program == "戦略的国際共同研究プログラム（SICORP）"
    (m,) = figures(*texts[:2], texts[4], pages=[1, 2, 2], boxes=[boxes[0], boxes[1], boxes[4]])
    assert m.program == "科学技術外交の強化"  # the page's title: larger type, in its top third
    (m,) = figures(texts[0], texts[4], pages=[1, 2], boxes=[boxes[0], boxes[4]])
    assert m.program is None  # the previous page's title is not this page's


def test_sub_items_under_a_heading_that_repeats_a_programme_take_it_as_parent():
    found = figures("令和2年度 予算案関係資料",
                    "○ 人材戦略拠点運営事業　83,000 千円（前年度 45,000 千円）", "",
                    "人材戦略拠点運営事業",
                    "○ 人材戦略拠点の運営　41,000 千円", "",
                    "○ 副業・セカンドキャリア推進　42,000 千円", "",
                    "○ 外国人材活躍促進事業　107,000 千円")
    assert [(m.program, m.parent) for m in found] == [
        ("人材戦略拠点運営事業", None), ("人材戦略拠点の運営", "人材戦略拠点運営事業"),
        ("副業・セカンドキャリア推進", "人材戦略拠点運営事業"), ("外国人材活躍促進事業", None)]


@pytest.mark.parametrize("brk", ["12", "- 12 -", "12 / 30"])
def test_text_decks_a_page_number_line_ends_the_slide(brk):
    (m, *_) = figures("極域観測推進事業", "", brk, "", "令和6年度予算額 10億円")
    assert m.program is None
    (m, *_) = figures("極域観測推進事業", "", "令和6年度予算額 10億円", "", brk)
    assert m.program == "極域観測推進事業"
