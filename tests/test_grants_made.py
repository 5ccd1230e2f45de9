"""Issue 21: a grant or a contribution MADE to a named recipient is `support` (GUIDE: per-project grants; fresh15a/b READMEs),
read from its shape: a giving verb in the figure's own clause (`拠出`, `贈与`, `供与`, `採択`), a grant's amount word
(`交付決定額`, `供与額`), a row of a list under a heading of grants made (`…交付決定一覧`, `助成実績`, `交付状況`, `配分結果`);
and not a loan (`円借款`), a budget list's line, a grant outline's cap (support as before, with its per) or money received.
Paraphrases of other issuers, not the gold's lines (context/award_lists.py, grant_frame.py, roles.json)."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text

#: (deck lines, figure, role): grants made, each issuer's own wording
GRANTS_MADE = [
    # a prefecture's list of grants decided, its sum too
    (("令和5年度 地域振興補助金交付決定一覧", "○○まちづくり協議会 1,250,000円", "△△商店会 800,000円", "合計 2,050,000円"),
     "800,000円", "support"),
    (("令和5年度 地域振興補助金交付決定一覧", "○○まちづくり協議会 1,250,000円", "△△商店会 800,000円", "合計 2,050,000円"),
     "2,050,000円", "support"),
    # a foundation's results, one cell a line under its header
    (("2023年度 研究助成実績", "助成区分", "件数", "金額", "若手研究助成", "42件", "63,000千円"), "63,000千円", "support"),
    # a city's grants paid, a table under its heading
    (("補助金等の交付状況", "自治会活動補助 | 市自治会連合会 | 3,600,000円"), "3,600,000円", "support"),
    # a lottery's allocation by recipient
    (("競技力向上助成 配分結果", "県体育協会", "5,000,000円", "市陸上競技協会", "1,200,000円"), "1,200,000円", "support"),
    # a community chest's or a fund's allocations: `配分結果` / `配分先` name grants given, no grant's word beside them
    (("令和6年度 歳末たすけあい運動 配分結果", "配分内訳 | 金額 | 割合 |", "---|---|---|",
      "地区社会福祉協議会の事業に | 12,340,000円 | 55.0% |", "福祉施設の整備に | 3,200,000円 | 14.3% |"), "3,200,000円", "support"),
    (("2025年度 配分結果のお知らせ", "子ども食堂の運営に 450,000円", "高齢者サロンの活動に 280,000円"), "280,000円", "support"),
    (("令和5年度 配分先一覧", "・○○町子ども会 150,000円", "・△△老人クラブ 90,000円"), "90,000円", "support"),
    # a foundation's list of recipients, and a table of grants decided under its column's heading
    (("公益財団法人○○財団 2024年度 助成先一覧", "・△△大学 研究室 1,000,000円", "・□□NPO 500,000円"), "500,000円", "support"),
    (("| 交付先 | 事業名 | 交付決定額 |", "| ○○市 | 地域公共交通確保維持補助金 | 12,000,000円 |", "| 合計 | | 20,500,000円 |"),
     "20,500,000円", "support"),
    # a yearly table of the totals awarded, bare years as row labels
    (("研究開発補助事業 採択総額の推移", "2019 820,000,000円", "2020 910,500,000円"), "910,500,000円", "support"),
    # 外務省's grant aid notice: the grant's amount word, its change of cap
    (("ラオスに対する無償資金協力に関する書簡の交換", "(1)小学校建設計画(供与額8億円)"), "8億円", "support"),
    (("無償資金協力「上水道整備計画」について", "資材価格の高騰により、供与限度額を12.5億円に変更した。"), "12.5億円", "support"),
    (("無償資金協力「橋梁架け替え計画」について", "資金不足のため、今般3.2億円の追加贈与を行った。"), "3.2億円", "support"),
    # a contribution: the yen in brackets after the dollars, then the giving verb
    (("国際機関への貢献", "日本は基金に対して 500 万ドル (約 7 億円) を拠出した。"), "7 億円", "support"),
    # a total of grants made, stated as a topic, more than the figure
    (("競技団体への助成", "今年度の全体の助成額は15億円超で、前年を上回った。"), "15億円", "support"),
    # an award, passive
    (("補助事業の交付式", "今年度は計120件、3億5千万円が採択された。"), "3億5千万円", "support"),
]

#: near misses that keep their reading
NEAR_MISSES = [
    # a budget list's grant programme: the year's budget, not a grant made
    (("令和6年度当初予算の概要", "○ 地域振興補助金 2,000,000円"), "2,000,000円", "budget"),
    # a budget label between the award heading and the line: the budget's list
    (("補助金交付決定一覧", "令和6年度予算", "○ 商店街振興補助金 3,000千円"), "3,000千円", "budget"),
    # an allocation of the budget itself, or of a revenue received: no grants given
    (("令和6年度 予算の配分結果", "・道路維持 | 3,000万円"), "3,000万円", "budget"),
    (("令和5年度 地方交付税の配分先", "・○○市 12億円"), "12億円", "other"),
    # the receipts above the allocations: money the chest received is no grant
    (("令和6年度 運動結果報告", "収入内訳 | 金額 |", "一般募金 | 40,210,000円 |", "配分結果",
      "地区社会福祉協議会の事業に | 30,000,000円 |"), "40,210,000円", "other"),
    # a loan agreement, capped: other
    (("円借款の調印", "国際協力機構は、中小企業支援のため、総額120億円を限度とする円借款貸付契約に調印した。"), "120億円", "other"),
    # a digest's loans: the loan named on the line above the caps
    (("日本 ケニアの産業支援に円借款", "日本政府は、ケニアに2件の円借款を供与する。",
      "供与限度額は①港湾整備計画に85億円②道路改良計画に40億円。"), "85億円", "other"),
    # beside an award list, a sentence that puts money into a budget, and a statistic row: their own reading
    (("令和5年度 助成実績", "スポーツ団体助成 120,000千円", "来年度は、助成事業費として5億円を計上した。"), "5億円", "budget"),
    (("令和5年度 助成実績", "スポーツ団体助成 120,000千円", "競技団体の売上高 3億円"), "3億円", "other"),
    # a threshold of the applicant, not a total given
    (("研究助成の募集", "研究費受入額が1,000万円以上の機関は対象外です。"), "1,000万円", "other"),
    # beside a list of grants, money paid to the Treasury or a comparison
    (("令和5年度 助成実績", "スポーツ団体助成 120,000千円", "地域クラブ助成 80,000千円", "このほか、約30億円を国庫に納付した。"),
     "30億円", "other"),
    (("令和5年度 助成実績", "スポーツ団体助成 120,000千円", "地域クラブ助成 80,000千円", "NPOへの助成は1億円を下回る結果となった。"),
     "1億円", "other"),
    # a row's note under the grant's size is the grant's addition, not a sentence beside the list
    (("太陽光発電設備設置費補助金", "補助額:4万円", "※蓄電池併設で2万円を加算"), "2万円", "support"),
    # money received is no support given
    (("寄附の状況", "令和5年度は、合計12件で85万円の寄附をいただきました。"), "85万円", "other"),
    (("研究拠点の基金", "研究所は米国の財団からの15億円の寄附により基金を造成した。"), "15億円", "other"),
    (("町の財政のあらまし", "本町は、国から3億円の交付を受けた。"), "3億円", "other"),
]




#: the reviewer's findings on the rules above (fixg20): each with its variants and the near miss that keeps its grant
BOUNDS = [
    # an award heading covers its own section: the body's own accounts or its officers' pay after its list are other
    (("2024年度 地域文化助成実績（一般財団法人きたかぜ基金）", "・北浜太鼓保存会 25万円", "・港町歴史研究会 10万円",
      "基金の収支", "・寄附金収入 300万円", "・事務費 45万円"), "45万円", "other"),
    (("2024年度 地域文化助成実績（一般財団法人きたかぜ基金）", "・北浜太鼓保存会 25万円", "・港町歴史研究会 10万円",
      "基金の収支", "・寄附金収入 300万円"), "10万円", "support"),
    (("令和4年度 スポーツ振興助成 交付実績", "・少年サッカー連盟 50万円", "職員給与", "事務局長 月額 280,000円"),
     "280,000円", "other"),
    # near miss: a name over its figure, a table's row after row, stays under its heading
    (("助成実績累計額（県別）", "青森県", "3億2,000万円", "秋田県", "2億1,000万円"), "2億1,000万円", "support"),
    # near miss: a lower-level sub-heading (【…】) after a row stays in the award list
    (("令和5年度 助成実績", "【福祉部門】", "・ひまわり会 20万円", "【環境部門】", "・川をきれいにする会 15万円"),
     "15万円", "support"),
    # a city's revenue received under a heading that names 交付税: no award list
    (("普通交付税の交付状況（南川町）", "普通交付税 12億5,000万円", "特別交付税 9,000万円"), "9,000万円", "other"),
    (("令和6年度 地方譲与税・交付税の交付状況", "・地方交付税 30億円"), "30億円", "other"),
    # near miss: grants decided (交付決定) under a heading without revenue words stay support
    (("令和6年度 商店街活性化補助金 交付状況", "・東通り商店会 60万円"), "60万円", "support"),
    # money the issuer received, passive: named as what it came as, or banked after
    (("令和6年度 決算の概要（北山村）", "国の物価高騰対応交付金として2,500万円が交付され、全額を基金に積み立てた。"), "2,500万円", "other"),
    (("令和6年度 決算の概要（北山村）", "県からは、観光振興補助金として450万円が交付された。"), "450万円", "other"),
    (("令和6年度 決算の概要（北山村）", "特別交付税6億円が交付され、歳入の3割を占めた。"), "6億円", "other"),
    # near miss: a passive award decided for its recipients stays support
    (("研究開発助成の採択結果", "今年度は計38件、2億4,000万円が採択された。"), "2億4,000万円", "support"),
    # a sentence adding to a grant (加算, 上乗せ) is the grant's addition
    (("令和7年度 省エネ家電購入補助金のご案内", "補助額：購入額の2分の1（上限3万円）", "子育て世帯には1万円を加算します。"),
     "1万円", "support"),
    (("令和7年度 空き家改修補助金 交付決定一覧", "・A邸 40万円", "・B邸 35万円", "※B邸には耐震改修として10万円を上乗せしました。"),
     "10万円", "support"),
]

#: a 交付金 the state pays the issuer, decided, under the issuer's heading by project: its revenue, no award list; near
#: misses: the same 交付金 with its recipients named (a prefecture's or a ministry's list), a 補助金 decided
RECEIVED_GRANTS = [
    (("社会資本整備総合交付金の交付決定状況", "道路整備 3,000万円", "公園整備 1,200万円"), "1,200万円", "other"),
    (("令和6年度 地方創生推進交付金 交付決定額", "・観光DX推進事業 4,500千円"), "4,500千円", "other"),
    (("デジタル田園都市国家構想交付金の交付状況（東浜市）", "| 窓口オンライン化 | 18,000千円 |"), "18,000千円", "other"),
    (("令和6年度 地域福祉交付金 交付先一覧", "・西町自治会 30万円", "・東町自治会 25万円"), "25万円", "support"),
    (("過疎対策交付金の市町村別交付決定額", "北川村 2,400万円", "南山町 1,800万円"), "1,800万円", "support"),
    (("令和6年度 地域振興補助金 交付決定状況", "・北町商店会 50万円"), "50万円", "support"),
]


@pytest.mark.parametrize("lines, figure, role", GRANTS_MADE + NEAR_MISSES + BOUNDS + RECEIVED_GRANTS)
def test_a_grant_made_reads_support(lines: tuple[str, ...], figure: str, role: str) -> None:
    assert amounts_by_text(*lines)[figure].role == role


def test_a_grant_outlines_cap_keeps_its_per() -> None:
    """A grant outline's cap per project stays a support with its per, the award heading rule aside."""
    m = amounts_by_text("地域づくり助成金の概要", "補助上限 100万円/件")["100万円"]
    assert (m.role, m.per, m.qualifiers) == ("support", "project", ["at_most"])
