from kinds import amt, date, pct, trap, traps

DOC = "yokote_h29_ooame_senketsu_senmonshi"
# 秋田建設工業新聞社's item (senmonshi.com, 2017-08-01) on 横手市's 専決処分 of a supplementary for the July 2017 rain. No
# 年度 is written: fy 2017 from the date of an in-year supplementary (fresh's call). Every `△item<N円>` is the
# 専決's programme with its own figure: `supplementary_budget`, a row; the figures in brackets under an item
# (`…補助金(3,870万円…)`, `…査定設計業務の委託(4,000万円)`, `市単独応急復旧経費(2,950万円)`) are parts of a programme:
# AMBIGUOUS rows (fresh8b's 小矢部市 sub-items). The headline's `一般会計4.2億円` is the 専決's total (a trap). The
# eligibility floor `農産物販売額が50万円以上` (`other`, at_least) and the cap `交付限度額10a当たり1.5万円` (`support`,
# at_most, min null: a grant size per area) are traps. Days: `先月22・23日` one date range 2017-07-22..23 (NEW, arguable:
# two days listed with `・`), `同月28日` 2017-07-28, `4日` 2017-08-04, `8月臨時議会` 2017-08 (a session named by its month).
# `50%`, `65%` percents (補助率 written as percent); `1/2以内` a fraction, `30a` / `10a` areas: no mentions.
SB, O, S = "supplementary_budget", "other", "support"
FY = 2017
M = [
    date(5, "2017/08/01", "2017-08-01"),
    trap(amt(6, "4.2億円", 420000000, role=SB, fy=FY), "一般会計 専決処分 補正額 (見出し)", "a supplementary's total"),
    date(7, "22・23日", "2017-07-22", "2017-07-23"), date(7, "28日", "2017-07-28"), date(7, "4日", "2017-08-04"),
    date(7, "8月", "2017-08"),
    amt(8, "4,039万4,000円", 40394000, role=SB, fy=FY),
    amt(10, "200万円", 2000000, role=SB, fy=FY),
    amt(13, "1,200万円", 12000000, role=SB, fy=FY),
    trap(amt(14, "50万円", 500000, None, role=O, fy=FY, q=("at_least",)), "園芸作物復旧対策支援 対象者 農産物販売額 下限",
         "an eligibility floor, not a budget"),
    trap(amt(14, "1.5万円", None, 15000, role=S, fy=FY, q=("at_most",)), "園芸作物復旧対策支援 交付限度額 10a当たり",
         "a grant's cap per area, not a budget"),
    amt(16, "7,870万円", 78700000, role=SB, fy=FY),
    amt(17, "3,870万円", 38700000, role=SB, fy=FY), pct(17, "50%", 50), pct(17, "65%", 65),
    amt(17, "4,000万円", 40000000, role=SB, fy=FY),
    amt(18, "4,500万円", 45000000, role=SB, fy=FY),
    amt(19, "1,550万円", 15500000, role=SB, fy=FY), amt(19, "2,950万円", 29500000, role=SB, fy=FY),
    amt(21, "5,600万円", 56000000, role=SB, fy=FY),
    amt(22, "2,000万円", 20000000, role=SB, fy=FY), amt(22, "3,600万円", 36000000, role=SB, fy=FY),
    amt(23, "6,200万円", 62000000, role=SB, fy=FY),
    amt(24, "3,000万円", 30000000, role=SB, fy=FY), amt(24, "3,200万円", 32000000, role=SB, fy=FY),
    amt(26, "4,804万6,000円", 48046000, role=SB, fy=FY),
    amt(29, "147万2,000円", 1472000, role=SB, fy=FY),
]
MIN = "横手市"
W = "a programme of the 専決処分 (`△name<N円>`)"
P = "a part of the programme above it (fresh8b's sub-items: ambiguous)"


def _row(line: int, text: str, yen: int, program: str, why: str, **kw: object) -> dict:
    return dict(line=line, text=text, budget_yen=yen, fy=FY, program=program, role=SB, ministry=MIN, why=why, **kw)


ROWS = [
    _row(8, "4,039万4,000円", 40394000, "ごみ収集費", W),
    _row(10, "200万円", 2000000, "し尿収集費", W),
    _row(13, "1,200万円", 12000000, "園芸作物復旧対策支援事業費", W + ", its figure on the next line"),
    _row(16, "7,870万円", 78700000, "農地農業用施設災害復旧事業費", W + ", its figure on the next line"),
    _row(17, "3,870万円", 38700000, "国庫補助対象外の小規模な災害復旧事業に対する補助金", P, ambiguous=True),
    _row(17, "4,000万円", 40000000, "農地等災害復旧事業に係る査定設計業務の委託", P, ambiguous=True),
    _row(18, "4,500万円", 45000000, "林道施設災害復旧事業費", W),
    _row(19, "1,550万円", 15500000, "林道施設災害復旧事業査定設計業務の委託", P, ambiguous=True),
    _row(19, "2,950万円", 29500000, "林道施設 市単独応急復旧経費", P, ambiguous=True),
    _row(21, "5,600万円", 56000000, "道路橋りょう災害復旧事業費", W + ", its figure on the next line"),
    _row(22, "2,000万円", 20000000, "道路橋りょう災害復旧事業査定設計業務の委託", P, ambiguous=True),
    _row(22, "3,600万円", 36000000, "道路橋りょう 市単独応急復旧経費", P, ambiguous=True),
    _row(23, "6,200万円", 62000000, "河川災害復旧事業費", W),
    _row(24, "3,000万円", 30000000, "河川災害復旧事業査定設計業務の委託", P, ambiguous=True),
    _row(24, "3,200万円", 32000000, "河川 市単独応急復旧経費", P, ambiguous=True),
    _row(26, "4,804万6,000円", 48046000, "都市計画施設災害復旧事業費", W + ", its figure on the next line"),
    _row(29, "147万2,000円", 1472000, "庁舎・小中学校等応急復旧経費", W + " (the stored text ends after the figure)"),
]
NOT_ROWS = traps(M)
