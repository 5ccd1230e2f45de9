"""A figure under a budget scope with no label on its line takes its role from what it is (issue 21,
context/owned_figures.py): a programme's own figure is the scope's money, a list's next item shares the kind of the one
before it, what a supplementary adds is the supplementary; a quantity of the world stays `other`. Each rule in several
issuers' wording, with the lines that look alike and must not change."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


def roles(*texts: str) -> dict[str, tuple[str | None, int | None]]:
    return {t: (m.role, m.fy) for t, m in amounts_by_text(*texts).items()}


#: a budget news page: a lead sentence naming the year's budget (the scope), then the items
_LEAD = "政府は22日、2026年度予算案を閣議決定した。農林水産省予算は2兆2700億円となった。"
_REQUEST = "経済産業省が公表した2027年度予算の概算要求額は、前年度比12%増の1兆4000億円となった。"


@pytest.mark.parametrize("lead, line, figures", [
    # a programme's name, ending as one, as the subject or the target of its figure
    (_LEAD, "主な内訳は、スマート農業の実証事業費が12億5千万円、農地の集約化に向けた整備費が8億円。", ["12億5千万円", "8億円"]),
    (_LEAD, "農業者年金基金の運営費交付金は41億円。", ["41億円"]),
    (_LEAD, "水田の畑地化推進事業に750億円を振り向けるほか、輸出拠点整備事業には120億円を割いた。", ["750億円", "120億円"]),
    # a quoted title names a measure, whatever words it holds
    (_REQUEST, "重点項目別では、「GX投資の加速」に3200億円、「半導体・デジタル産業の強化」に4800億円となっている。",
     ["3200億円", "4800億円"]),
    (_REQUEST, "最も多いのが「中小企業対策費」の1138億円で、次いで「エネルギー対策関係経費」の940億円です。",
     ["1138億円", "940億円"]),
    (_REQUEST, "「地域の脱炭素化支援」に最大の560億円を投入する。", ["560億円"]),
    # a field of the budget
    (_LEAD, "このうち食料安全保障分野は1兆1200億円で、前年度当初比3%増となった。", ["1兆1200億円"]),
])
def test_a_programmes_own_figure_is_the_scopes_money(lead, line, figures):
    found = roles(lead, line)
    assert [found[f][0] for f in figures] == ["budget"] * len(figures)


def test_the_next_item_of_a_list_shares_the_kind_of_the_one_before():
    found = roles(_REQUEST, "内訳は、海外展開支援事業が19億円、国際見本市の誘致・開催の促進が2億2千万円、"
                            "産業技術総合研究所運営費交付金が640億円など。")
    assert [found[f][0] for f in ("19億円", "2億2千万円", "640億円")] == ["budget"] * 3


@pytest.mark.parametrize("lead, line, figure, role", [
    (_LEAD, "農産物の輸出市場規模は1兆5000億円に達した。", "1兆5000億円", "other"),  # a quantity of the world
    (_LEAD, "国内の農業総産出額は9兆円。", "9兆円", "other"),
    (_LEAD, "内訳は、人件費が480億円、一般経費が25億円増の1200億円でした。", "480億円", "other"),  # an expense class
    (_LEAD, "台風による農業被害は320億円にのぼる。", "320億円", "other"),  # damage
    (_LEAD, "このうち、かんがい排水事業の総事業費は900億円。", "900億円", "other"),  # a whole project's cost
    (_LEAD, "前年度の整備事業費は80億円だった。", "80億円", "previous_budget"),  # last year's, by the year's rules
    (_LEAD, "スマート農業実証事業により5億円の経済効果を見込む。", "5億円", "other"),  # no programme's figure
    (_LEAD, "担い手育成事業は1経営体あたり300万円を補助する。", "300万円", "support"),  # a grant per unit
    (_REQUEST, "「新しい資本主義」を掲げ、企業の国内投資は100兆円を目標とする。", "100兆円", "other"),
    (_REQUEST, "政策金融による融資事業は2兆円の枠を確保する。", "2兆円", "other"),  # a loan frame
])
def test_a_quantity_of_the_world_under_a_budget_title_stays_what_it_was(lead, line, figure, role):
    assert roles(lead, line)[figure][0] == role


def test_a_list_after_a_change_takes_no_kind():
    found = roles(_LEAD, "前年度より12億円増え、整備事業が8億円。")
    assert found["12億円"][0] == "other"


@pytest.mark.parametrize("line, figure", [
    ("一般会計に3億8500万円を追加計上しました。", "3億8500万円"),
    ("防災ラジオの普及事業では、1,760万円の予算増となった。", "1,760万円"),
    ("この特別会計も、歳入歳出に800万円の追加を行う。", "800万円"),
])
def test_what_a_supplementary_adds_is_the_supplementary(line, figure):
    found = roles("令和7年度6月補正予算の概要", line)
    assert found[figure][0] == "supplementary_budget"


@pytest.mark.parametrize("line, figure, role", [
    ("補正後の予算総額は、632億円となります。", "632億円", "budget"),  # the whole after it
    ("当初予算に計上した1億2000万円の事業費を見直す。", "1億2000万円", "other"),  # the initial budget's
])
def test_a_whole_in_a_supplementary_is_no_addition(line, figure, role):
    assert roles("令和7年度6月補正予算の概要", line)[figure][0] != "supplementary_budget"
