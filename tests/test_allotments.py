"""Issue 21 (fresh17a's news report of a grant's first allocation): a figure an allotting verb gives (`配分`, `割り当て`)
is a grant allotted to its recipients, support, where a grant is what is allotted: the figure's sentence names one, or
the paragraph right before names one and gives a figure of it. Near misses: a budget's allocation names no grant
(a city's works, a ministry's measures, a supplementary's help: their own reading), a grant named in the paragraph
before without giving anything, and a noun's compound (`配分額`). Paraphrases of other issuers (context/allotments.py)."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text

ALLOTTED = [
    # the grant named in the figure's own sentence: its object, the whole allotted, a passive
    (("【長野】県内5市に3億円 地域交通補助金", "国土交通省は、松本市の「デマンド交通実証事業」に8,200万円の補助金を配分した。"),
     "8,200万円", "support"),
    (("デジタル田園都市国家構想交付金 第2次配分",
      "内閣府は同交付金の第2次分として全国の412事業に約98億7000万円の配分を決めた。このうち県内には4市に2億1000万円が配分される。"),
     "98億7000万円", "support"),
    (("デジタル田園都市国家構想交付金 第2次配分",
      "内閣府は同交付金の第2次分として全国の412事業に約98億7000万円の配分を決めた。このうち県内には4市に2億1000万円が配分される。"),
     "2億1000万円", "support"),
    (("文化振興助成金の配分", "財団は、市民オーケストラの定期公演に350万円の助成金を割り当てた。"), "350万円", "support"),
    # the paragraph before names the grant and gives a figure of it: the next recipient's share
    (("【新潟】2市に1億円 拠点整備交付金", "長岡市の「道の駅改修事業」には6,400万円の交付が決定した。市は同交付金で施設を改修する。",
      "また、十日町市の「空き家再生事業」には3,600万円を配分。市は移住者向け住宅に改修する。"), "3,600万円", "support"),
    # the breakdown right after a grant allotted or given: each part is a grant
    (("県文化振興財団は、今年度の芸術活動助成金のうち、第2期分の約2,400万円の配分先を決めた。内訳は、市民劇団の公演(4件)の"
      "880万円や伝統芸能の継承事業(3件)の650万円など。",), "650万円", "support"),
    (("市は商店街の空き店舗対策として、8団体に補助金計1,200万円を交付した。その内訳は、改装費の700万円と家賃の500万円。",),
     "700万円", "support"),
    # a headline: the recipients, the figure, the grant's name closing it
    (("【長野】県内5市に3億円 地域交通補助金", "国土交通省は地域交通の実証事業を支援する。"), "3億円", "support"),
    (("〈北海道〉道内12町村に8億4000万円　地方創生拠点整備交付金",), "8億4000万円", "support"),
]

NEAR_MISSES = [
    # headlines of a budget, or a grant's name not closing the line
    (("【東京】都、新庁舎整備に5億円 補正予算",), "5億円", "supplementary_budget"),
    (("【大阪】府内3市に2億円 交付金の返還求める",), "2億円", "other"),
    # a budget's allocation: no grant named, the city's works and a ministry's measures keep their budget
    (("令和7年度 上下水道事業会計予算", "管路更新事業に42億1000万円、浄水場設備更新事業に18億5000万円を配分する。"),
     "18億5000万円", "budget"),
    (("令和7年度当初予算案のポイント", "観光施策には前年度比1.5倍の310億円が配分される予定です。"), "310億円", "budget"),
    # the paragraph before names a grant without giving a figure of it: no allotment of that grant
    (("町の財政のあらまし", "町は国の交付金の動向を注視している。", "道路補修には3,000万円を配分する計画だ。"), "3,000万円", "other"),
    (("町の財政のあらまし", "町は国の交付金の動向を注視している。道路補修には3,000万円を配分する計画だ。"), "3,000万円", "other"),
    # a breakdown after a budget's sentence (a budget's parts, its own reading), or after a grant named without a figure given
    (("令和7年度 北浜町当初予算", "町は一般会計に道路関係費として5億円を計上した。内訳は、舗装補修の3億円と橋梁点検の2億円。"),
     "3億円", "other"),
    (("町の財政のあらまし", "国の交付金は今年度も減る見通しだ。内訳は、人件費の3億円と物件費の2億円。"), "3億円", "other"),
    # a noun's compound: the allotment's amount word read elsewhere, not a verb here
    (("町の財政のあらまし", "町は国の交付金の動向を注視している。", "地区ごとの1,000万円の配分額は議会で審議される。"),
     "1,000万円", "other"),
]


@pytest.mark.parametrize("lines, figure, role", ALLOTTED + NEAR_MISSES)
def test_an_allotted_grant_reads_support(lines: tuple[str, ...], figure: str, role: str) -> None:
    got = amounts_by_text(*lines)
    assert got[figure].role == role


#: fresh14b's shape: recipients' shares listed before the sum a giving verb gives (`…、B大 548億円など、90法人に総額1兆円
#: 交付`): each share is a grant to its recipient; near misses: the sum put in a budget (`計上`), and shares with no giving
SHARES = [
    (("令和7年度 県地域振興交付金", "北町 3,200万円、南村 1,850万円など、県内14市町村に総額4億2000万円を交付した。"),
     "1,850万円", "support"),
    (("学術研究助成の配分", "A大学 12億円、B大学 9億5000万円、C研究所 4億円等、計38機関に合計60億円を助成。"), "12億円", "support"),
    (("令和7年度 県地域振興交付金", "北町 3,200万円、南村 1,850万円など、県内14市町村に総額4億2000万円を計上した。"), "1,850万円", "other"),
    (("令和7年度 市の主な事業", "道路補修 3億円、公園整備 1億円などの事業費を含め、総額8億円を計上した。"), "1億円", "other"),
]


@pytest.mark.parametrize("lines, figure, role", SHARES)
def test_shares_before_the_sum_given(lines: tuple[str, ...], figure: str, role: str) -> None:
    assert amounts_by_text(*lines)[figure].role == role


#: fresh19c's shape: a view by recipient (`政党別で見ると、…`, `大学別では、…`) opening the line after a sentence that allots or
#: gives a grant it names: each part is a grant to its recipient; near misses: a view after a sentence that reports the
#: grant spent (no giving), a view after a budget's sentence (no grant), a view after a grant received as revenue
VIEWS = [
    (("総務省 各政党への政党交付金の額を発表", "政党交付金は政党助成法に基づき、総額320億円余りが所属議員数などを基に配分される。",
      "政党別で見ると、自民党が170億4900万円、民主党が76億6800万円となった。"), "76億6800万円", "support"),
    (("総務省 各政党への政党交付金の額を発表", "政党交付金は政党助成法に基づき、総額320億円余りが所属議員数などを基に配分される。",
      "政党別で見ると、自民党が170億4900万円、民主党が76億6800万円となった。"), "320億円", "support"),
    (("国立大学法人運営費交付金の配分", "文部科学省は、国立大学に運営費交付金1兆945億円を交付した。",
      "大学別では、東京大が804億円、京都大が548億円だった。"), "548億円", "support"),
    (("県文化振興助成金",
      "財団は今年度の文化振興助成金として、45団体に計2,400万円を交付した。分野別にみると、音楽が900万円、演劇が650万円。"),
     "650万円", "support"),
    # near misses
    (("政党交付金 使い切らず", "各党が使った政党交付金の総額は231億円だった。", "政党別では、自民党が111億8700万円で最も多い。"),
     "111億8700万円", "other"),
    (("令和7年度 当初予算案", "市は一般会計に総額520億円を計上した。", "分野別に見ると、民生費が190億円、土木費が60億円。"),
     "60億円", "other"),
    (("町の財政", "町の歳入のうち、国の交付金は12億円となった。", "費目別に見ると、人件費が5億円、物件費が4億円。"), "4億円", "other"),
]


@pytest.mark.parametrize("lines, figure, role", VIEWS)
def test_a_view_by_recipient_after_a_grant_allotted(lines: tuple[str, ...], figure: str, role: str) -> None:
    assert amounts_by_text(*lines)[figure].role == role
