"""Money said without 円, read in the figure's own clause (issue 21, rules/money_nouns.py): a bare 万/億 figure in a
sentence that says money elsewhere is still no money when the noun it is said of is a common noun counted (`来場者延べ3万`,
`3万の市民`, a list's heading `…の利用者数`). Other issuers' wordings than the probes', with the money that must stay."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line
from extract.rules.engine import RuleContext


def amounts(*texts: str) -> list[tuple[str, object]]:
    lines = [Line(text=t, page=None, line=i + 1, index=i) for i, t in enumerate(texts)]
    return [(m.text, m.min) for m in extract_lines("t", lines, RuleContext(deck_year=2024)) if m.kind == "amount"]


def bare(*texts: str) -> list[str]:
    """The amounts read that carry no 円."""
    return [t for t, _ in amounts(*texts) if "円" not in t]


# the noun the figure is said of before it, a tally or a rough reckoning between: people, no money
@pytest.mark.parametrize("line", [
    "予算総額は4億円で、見学者は延べ2万を数えた。",
    "補助金は800万円、参加者はのべ1万5千に上った。",
    "歳入は80億円で、町の人口はだいたい4万です。",
    "事業費は2億円、人口、約6万の本町では十分な額です。",
    "予算は据え置き、人口は3万の増となった。",  # a change of a count, said of its noun
])
def test_a_figure_said_of_people_before_it_is_no_money(line):
    assert bare(line) == []


# the noun after its `の` is counted: residents, households, firms
@pytest.mark.parametrize("line", [
    "事業費1,500万円の説明会に約4万の町民が訪れた。",
    "補助金は300万円、対象は県内の2万3千の農家です。",
    "基金から5000万円を取り崩し、3万の世帯に配る。",
    "予算の使い道を十二万の県民に問う。",
])
def test_a_figure_said_of_the_noun_after_it_is_no_money(line):
    assert bare(line) == []


# money in the figure's own clause: a money noun after `の`, a change in a money sentence, a work, a balance
@pytest.mark.parametrize("line, figure", [
    ("経常収支は2,500万の黒字となった。", "2,500万"),
    ("単年度収支は1億2千万の赤字でございます。", "1億2千万"),
    ("歳出は前年度に比べ八十四億の増となった。", "八十四億"),
    ("別途、4億8,000万の県の交付金が見込まれております。", "4億8,000万"),
    ("国は総額1兆2000億の事業を進める。", "1兆2000億"),
    ("予算は、前年度より3億の減でございます。", "3億"),
])
def test_money_in_the_figures_own_clause_stays_money(line, figure):
    assert figure in bare(line)


def test_a_lists_heading_names_what_its_figures_are():
    # a heading that holds a money word but names its figures as visitors: no amounts
    assert bare("令和6年度 予算資料 施設別の入館者数", "本館  8万", "分館  2万5000") == []
    # near miss: a heading naming bids or prices keeps its list's money
    assert bare("以下、落札金額", "C建設  3億4000万", "D組  2億9800万") == ["3億4000万", "2億9800万"]


def test_a_sentence_begun_above_goes_on_with_people():
    assert bare("本年度の文化振興予算は5,000万円でございまして、", "参加者延べ2万を見込んでおります。") == []
    # near miss: the sentence goes on with the money itself
    assert amounts("本年度の繰越金でありますが、", "八十億で、") == [("八十億", 8_000_000_000)]


# a run of nouns after `Nの` longer than any phrase (a garbled text layer, a line of kanji with no break): the phrase
# is bounded, so Sudachi never gets more than its 49,149 bytes and the line reads without raising
@pytest.mark.parametrize("line", [
    "予算は4億円、3万の" + "県" * 20_000 + "が訪れた。",
    "補助金500万円、2万の" + "農家の" * 8_000 + "世帯に配る。",
    "基金1億円、5万の" + "ア" * 18_000,
])
def test_a_very_long_noun_run_after_its_of_does_not_raise(line):
    assert "円" in " ".join(t for t, _ in amounts(line))
