"""The lead of a list (context/list_lead.py): the sentence right above a run of items that introduces them
(`…主な内容は次のとおり。`) scopes the items' figures like a label line: its last budget label, else the budget kind it
names with the year its introducing sentence states. Near misses: a lead on the revenue side, a lead that names no
budget, a line that introduces nothing, a heading between the lead and the items."""
from __future__ import annotations

import pytest

from .helpers import text_deck_outline

_NOTICE = ("市議会3月定例会のお知らせ", "令和7年度一般会計予算は450億円(前年度比3.1%増)")


def _figure(texts: tuple[str, ...], text: str) -> tuple[str | None, int | None]:
    mentions, _ = text_deck_outline(texts)
    m = next(m for m in mentions if m.kind == "amount" and m.text == text)
    return m.role, m.fy


@pytest.mark.parametrize("texts, text, expected", [
    # a prefecture's notice: the bill and its year in the lead, the list after `以下のとおり`
    (("県政ニュース", "県は令和7年度2月補正予算案を公表した。主な事業は以下のとおり。", "・河川改修事業 5億円",
      "・県道拡幅事業 3億円"), "3億円", ("supplementary_budget", 2025)),
    # a town's bulletin: the adopted budget, items with a circle
    (("広報", "令和6年度当初予算が成立しました。主な事業は次のとおりです。", "○ 道の駅改修事業 3,200万円"),
     "3,200万円", ("budget", 2024)),
    # a news article: the kind in one sentence, the year in the sentence that introduces the list
    (("地域", "市は新年度予算案を発表した。令和7年度の主な新規事業は次の通り。", "▽給食費無償化事業 1億2000万円"),
     "1億2000万円", ("budget", 2025)),
    # two budgets named: the one named last, nearest the list, is the list's
    (("議会だより", "令和7年度当初予算とともに提出された令和6年度補正予算案は20億円。主な内容は次のとおり。",
      "- 防災無線更新事業 3,000万円"), "3,000万円", ("supplementary_budget", 2024)),
    # a council notice: the lead states the bill's total, the items break it down (its role and year, not the deck's)
    ((*_NOTICE, "あわせて上程される令和6年度一般会計補正予算案は、8億2千万円。主な内容は次のとおり。",
      "- 消防車両更新事業1億2000万円", "- 道路維持補修費9500万円"), "9500万円", ("supplementary_budget", 2024)),
    ((*_NOTICE, "令和6年度補正予算案の額は8億2千万円で、内訳は以下のとおりです。", "・消防車両更新事業 1億2000万円"),
     "1億2000万円", ("supplementary_budget", 2024)),
    # a date with `昨年` in an item is no previous-year label
    ((*_NOTICE, "あわせて上程される令和6年度一般会計補正予算案は、8億2千万円。主な内容は次のとおり。",
      "- 職員の給与改定に伴う昨年4月からの遡及支給として約1300万円"), "1300万円", ("supplementary_budget", 2024)),
    # a lead that states last year's figure beside the year's: the items are the year's budget, not last year's
    (("令和7年度当初予算の概要", "子育て関連予算は10億円(前年度8億円)。主な事業は次のとおり。", "・病児保育の拡充 3,000万円"),
     "3,000万円", ("budget", 2025)),
    (("令和8年度概算要求の概要", "要求額は2,000億円(前年度予算額1,800億円)、主な内容は以下のとおり。", "・研究開発の推進 500億円"),
     "500億円", ("budget", 2026)),
    # near miss: a list after a sentence that announces nothing keeps the deck's scope
    ((*_NOTICE, "あわせて令和6年度一般会計補正予算案8億2千万円も上程されます。", "■主な事業", "- 図書館改修事業9500万円"),
     "9500万円", ("budget", 2025)),
])
def test_the_lead_scopes_its_items(texts: tuple[str, ...], text: str, expected: tuple[str, int]) -> None:
    assert _figure(texts, text) == expected


@pytest.mark.parametrize("texts, text, not_expected", [
    # the revenue side: the items are sources, not budget items
    (("財政課", "令和6年度当初予算の主な歳入は次のとおり。", "・固定資産税 12億円"), "12億円", "budget"),
    (("財政のお知らせ", "歳入の総額は120億円で、主なものは次のとおり。", "・市税 45億円"), "45億円", "budget"),
    # a lead that names no budget: a speech's list of intentions
    (("町長所信", "町長は所信表明で主な取り組みを述べた。主な取り組みは次のとおり。", "・子育て応援事業 500万円"),
     "500万円", "budget"),
    # a line that introduces nothing: the title's kind stays the items' kind
    (("令和6年度当初予算の概要", "なお、国の補正予算を活用した事業もあります。", "・道路改良事業 2億円"), "2億円",
     "supplementary_budget"),
])
def test_near_miss_no_lead(texts: tuple[str, ...], text: str, not_expected: str) -> None:
    assert _figure(texts, text)[0] != not_expected


#: a town's half-year report: no budget in the title, the lead names the supplementaries without a year (the deck's)
_GROUPS = ("町の財政状況をお知らせします。", "■一般会計", "令和6年度の予算現額は58億円となりました。",
           "各補正予算(歳出)の主な内容は次のとおりです。")


@pytest.mark.parametrize("label", ["補正第4号:", "【総務課】", "＜建設部＞", "(1) 防災・減災", "■主な事業"])
def test_a_group_label_under_the_lead(label: str) -> None:
    # the lead, then the first group's label, then its items: the lead introduces every group (the later groups'
    # labels stand among the items already); before, the first label hid the lead and the items kept the page's budget
    texts = (*_GROUPS, label, "・庁舎改修事業費 2,000万円", "補正第5号:", "・防災無線更新事業費 1,034千円")
    assert _figure(texts, "2,000万円") == ("supplementary_budget", 2024)
    assert _figure(texts, "1,034千円") == ("supplementary_budget", 2024)


@pytest.mark.parametrize("label, expected", [
    ("歳入:", "other"),  # the revenue side's label: its items are sources
    ("令和7年度当初予算:", "budget"),  # a label that states its own budget scopes its group itself
])
def test_near_miss_group_label(label: str, expected: str) -> None:
    assert _figure((*_GROUPS, label, "・庁舎改修事業費 2,000万円"), "2,000万円")[0] == expected


def test_near_miss_a_group_label_under_no_lead() -> None:
    # a label under a line that introduces nothing: the page's scope, as before
    texts = (*_GROUPS[:3], "その後、3回にわたり補正がありました。", "補正第4号:", "・庁舎改修事業費 2,000万円")
    assert _figure(texts, "2,000万円") == ("budget", 2024)


#: a lead closing its sentence and the list's items on the same line, parted by marks (`▽`, `◇`): the lead speaks of every
#: item, so the later items take the first one's reading (fresh19c's `各党への交付額は次の通り。自民党…▽立憲民主党…`).
#: Near misses: items with no lead (a sentence's own `▽`), an item with words of its own (`前年度`), a lead of a budget
INLINE = [
    (("政党交付金、3回目の交付", "総務省は政党交付金を10党に交付した。各党への交付額は次の通り。自民党31億7133万円▽立憲民主党19億6575万円"
      "▽公明党5億9008万円"), "5億9008万円", ("support", None)),
    (("市文化振興助成金", "市は文化振興助成金の交付先を決めた。各団体への助成額は以下のとおり。◇市民合唱団45万円◇郷土芸能保存会30万円"),
     "30万円", ("support", None)),
    (("令和8年度 概算要求", "府省別の国土強靱化関連の要求額は次の通り。▽内閣官房2億円▽内閣府295億円▽警察庁448億円"),
     "448億円", ("budget", 2026)),
    # near misses
    (("政党交付金、3回目の交付", "総務省は政党交付金を10党に交付した。自民党の幹部は▽立憲民主党19億6575万円と語った。"),
     "19億6575万円", ("other", None)),
    (("令和8年度 概算要求", "府省別の要求額は次の通り。▽内閣官房2億円▽内閣府の前年度予算額295億円"),
     "295億円", ("previous_budget", 2025)),
]


@pytest.mark.parametrize("texts, text, expected", INLINE)
def test_an_inline_lead_labels_every_item(texts: tuple[str, ...], text: str, expected: tuple[str, int | None]) -> None:
    assert _figure(texts, text) == expected
