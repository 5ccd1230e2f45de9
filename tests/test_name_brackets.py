"""A segment's name skips its bracket regexes (label boxes, a ministry's figure bracket, an office in charge)
when it holds none of outline.json's `name_brackets`: each regex must need one, and the skip reads the same."""
from __future__ import annotations

import re

import pytest

from extract.context.line_parts import clean_name, office_bracket, strip_markers
from extract.dictionary import load

BRACKETS = load("outline")["name_brackets"]


@pytest.mark.parametrize("key, text", [
    ("label_box", "【新規】"), ("label_box", "［拡］"), ("label_box", "[新]"), ("label_box", "（新）"), ("label_box", "(拡充)"),
    ("ministry_figure", "事業（文："), ("ministry_figure", "事業(経:"),
    ("office_bracket", "事業費（総務課）"), ("office_bracket", "事業費( 議 会 事 務 局 )"),
])
def test_each_bracket_regex_needs_an_opening_bracket(key: str, text: str) -> None:
    # (office_bracket's office words are outline.json office_ends: line_parts builds it)
    rx = office_bracket() if key == "office_bracket" else re.compile(load("outline")[key])
    assert rx.search(text) is not None  # the sample is one the regex reads
    for ch in set(text) & set(BRACKETS):  # with its brackets swapped for a plain character, it reads nothing
        text = text.replace(ch, "・")
    assert rx.search(text) is None


@pytest.mark.parametrize("text, figures, name", [
    ("海外特別研究員事業 19億円", [(10, 14)], "海外特別研究員事業"),  # no bracket: the skip
    ("  ※国際共同研究加速基金：", [], "国際共同研究加速基金："),
    ("【新規】国際頭脳循環事業 5億円", [(13, 16)], "国際頭脳循環事業"),  # near miss: a label box is cut
    ("議会映像配信事業費( 議 会 事 務 局 )", [], "議会映像配信事業費"),
])
def test_clean_name_with_and_without_brackets(text: str, figures: list[tuple[int, int]], name: str) -> None:
    assert clean_name(text, figures)[0] == name


@pytest.mark.parametrize("text, labels", [("  国際頭脳循環事業", []), ("【新規】国際頭脳循環事業", ["【新規】"]),
                                          ("  （拡充）研究事業", ["（拡充）"])])
def test_strip_markers_label_boxes(text: str, labels: list[str]) -> None:
    assert strip_markers(text)[3] == labels
