"""The review of session 18's merged rules (fixr1_18): what a figure reads of its line is its own sentence, or the
figure right before it, within a bounded reach, so the reading holds for every spelling of the digits and a long line
stays linear. Lines written for these tests in several issuers' shapes, none copied from a gold deck.

- a figure changed from the one right before it (`５０００億円から１兆円に`) is no drawdown, in full-width digits too;
- a budget's reserve (`予備費`) makes a spending verb its use only in the figure's own sentence, or when the sentence
  before draws on it (`予備費からは…`); a reserve stated elsewhere on the line leaves spent money spent;
- `と` after a figure lists it only when another yen figure follows in the same clause (`…2億円と…1億円を計上`);
- a budget named in an evaluation's sentence, and a numbered meeting after a lead's day, are read within a reach."""
from __future__ import annotations

import re

import pytest

from extract.context.document_kinds import _budget_named
from extract.context.labels import LineInfo
from extract.mentions import extract_lines
from extract.model import Line
from extract.normalize import normalize
from extract.rules.engine import RuleContext
from extract.word_lists import LIST_TO

from .helpers import mentions
from .test_roles_shapes import amount, run

_INITIAL = "令和7年度当初予算の概要"
_SUPPLEMENTARY = "令和6年度補正予算の概要"


@pytest.mark.parametrize("line, text, role", [
    ("積立ては５０００億円から１兆円に増額する。", "１兆円", "budget"),  # full-width: the same reading as half-width
    ("積立ては5000億円から1兆円に増額する。", "1兆円", "budget"),
    ("基金の規模は２０００億円から約３０００億円に拡充する。", "３０００億円", "budget"),
    # near misses: a fund drawn on, by name or after a figure of its size
    ("災害対策基金から6000万円を充当する。", "6000万円", "other"),
    ("５０００億円の基金から１億円を充当する。", "１億円", "other"),
])
def test_a_figure_changed_from_another_is_no_drawdown(line: str, text: str, role: str) -> None:
    assert amount(run(_INITIAL, line), text).role == role


@pytest.mark.parametrize("line, role", [
    ("予備費から農家の支援にも3億円を支出した。", "supplementary_budget"),  # the reserve in the figure's sentence
    ("予備費からは道路の復旧に5億円を充てる。農家の支援にも3億円を支出した。", "supplementary_budget"),  # drawn on before
    # near misses: a reserve only stated in another sentence of the line: money spent, no budget
    ("予備費は5億円を計上。昨年度の事業には3億円が支出されています。", "other"),
    ("予備費は5億円を計上。農家の支援にも3億円を支出した。", "other"),
])
def test_a_reserves_use_is_read_in_its_sentence(line: str, role: str) -> None:
    assert amount(run(_SUPPLEMENTARY, line), "3億円").role == role


@pytest.mark.parametrize("line, text, program", [
    ("道路の除雪費2億円と橋の補修費1億円を計上した。", "2億円", "道路の除雪費"),  # a list: another figure in the clause
    ("保育所の運営費3億2千万円と学童保育の委託料8千万円を見込む。", "3億2千万円", "保育所の運営費"),
    # near misses: `と` closing an estimate, a decision, a comparison, or a clause with no other figure
    ("道路の除雪費2億円と見込まれる。", "2億円", None),
    ("道路の除雪費2億円とする。", "2億円", None),
    ("道路の除雪費2億円と前年度を1億円上回る。", "2億円", None),
    ("道路の除雪費2億円と、橋の補修費1億円を計上した。", "2億円", None),
])
def test_to_lists_a_figure_only_before_another(line: str, text: str, program: str | None) -> None:
    assert amount(run(_INITIAL, line), text).program == program


@pytest.mark.parametrize("after, listed", [
    ("と橋の補修費1億円を計上", True), ("と千四百万円", True), ("と１億円", True),
    ("と見込まれる", False), ("とする", False), ("と前年度を1億円上回る", False), ("と比べ1億円多い", False),
    ("と、橋の補修費1億円", False), ("と。橋の補修費1億円", False),
])
def test_list_to_needs_a_yen_figure_in_its_clause(after: str, listed: bool) -> None:
    assert (re.match(LIST_TO, after) is not None) == listed


_FILLER = "、".join(["関係する市町村や団体と協議を重ねながら地域の実情に応じた整備の在り方を検討し"] * 6)


@pytest.mark.parametrize("sentence, named", [
    ("令和6年度予算に5億円を計上", True),
    ("令和6年度予算に" + _FILLER + "5億円を計上", False),  # the budget named beyond the sentence's reach
])
def test_an_evaluations_budget_is_named_within_a_reach(sentence: str, named: bool) -> None:
    text = normalize(sentence).text
    figure = next(m for m in mentions(sentence) if m.kind == "amount" and m.text == "5億円")
    assert _budget_named(LineInfo(text, [figure]), figure) is named


@pytest.mark.parametrize("text", [
    "佐賀県は25日、令和2年度第2回行財政改革推進委員会を開催した。",
    "佐賀県は25日、" + _FILLER + "令和2年度第2回行財政改革推進委員会を開催した。",  # a long line stays a date, linearly
])
def test_a_leads_day_is_a_date_whatever_follows(text: str) -> None:
    # docs/judgement_calls.md, call 1: a lead's day is a date of the deck's year, no meeting needed after it
    found = extract_lines("t", [Line(text=text, page=None, line=1, index=0)], RuleContext(deck_year=2023))
    assert [(m.text, m.min) for m in found if m.kind == "date" and m.text == "25日"] == [("25日", "2023")]
