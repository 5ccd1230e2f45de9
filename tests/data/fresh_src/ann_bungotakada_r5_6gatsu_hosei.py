from kinds import amt, date

DOC = "bungotakada_r5_6gatsu_hosei"
# 令和5年第2回市議会定例会 (line 7), a June session: the 6月補正 of FY2023 (a June supplementary belongs to the
# fiscal year that began that April). Items are supplementary money; 補正後の予算総額 is the budget as it stands;
# the 歳入/歳出 lines break the supplementary down by source and by function (other); grant sizes are support.
S, O, B, SP, FY = "supplementary_budget", "other", "budget", "support", 2023
M = [
    date(7, "令和5年", "2023"),
    amt(10, "6億7,620万7,000円", 676207000, role=S, fy=FY),
    amt(10, "179億737万8,000円", 17907378000, role=B, fy=FY),
    amt(13, "2億2,260万9,000円", 222609000, role=O, fy=FY),
    amt(14, "6,825万円", 68250000, role=O, fy=FY),
    amt(15, "2億9,440万円", 294400000, role=O, fy=FY),
    amt(16, "5,264万8,000円", 52648000, role=O, fy=FY),
    amt(17, "3,830万円", 38300000, role=O, fy=FY),
    amt(20, "1,351万6,000円", 13516000, role=O, fy=FY),
    amt(21, "4億8,232万5,000円", 482325000, role=O, fy=FY),
    amt(22, "1億2,475万円", 124750000, role=O, fy=FY),
    amt(23, "4,312万円", 43120000, role=O, fy=FY),
    amt(24, "1,249万6,000円", 12496000, role=O, fy=FY),
    amt(27, "3億5,059万2千円", 350592000, role=S, fy=FY),
    amt(28, "3万円", 30000, role=SP, fy=FY),
    amt(28, "3万円", 30000, role=SP, fy=FY),
    amt(30, "1億2,816万7千円", 128167000, role=S, fy=FY),
    amt(31, "5万円", 50000, role=SP, fy=FY),
    date(31, "平成17年4月2日", "2005-04-02", None, q=("at_least",)),
    amt(31, "5万円", 50000, role=SP, fy=FY),
    amt(33, "1億650万円", 106500000, role=S, fy=FY),
    amt(36, "356万6千円", 3566000, role=S, fy=FY),
    amt(37, "500円", 500, role=O, fy=FY),
    amt(37, "500円", 500, role=O, fy=FY),
    amt(37, "2,000円", 2000, role=SP, fy=FY),
]
W = "`▽item(詳細は…)amount` under ■主な事業内容 of the 6月補正 (a supplementary of 令和5年, line 7)"
R = dict(fy=FY, role=S, why=W, note="fy from the session year: the deck says 令和5年 (a June session), not 令和5年度")
ROWS = [
    dict(line=27, text="3億5,059万2千円", budget_yen=350592000, program="物価高騰緊急支援金事業費", **R),
    dict(line=30, text="1億2,816万7千円", budget_yen=128167000, program="子育て世帯生活支援特別給付金事業費(拡大分)",
         aliases=["子育て世帯生活支援特別給付金事業費"], **R),
    dict(line=33, text="1億650万円", budget_yen=106500000, program="地域消費喚起プレミアム商品券事業費", **R),
    dict(line=36, text="356万6千円", budget_yen=3566000, program="敬老会事業費", **R),
]
_B = "breakdown of the supplementary by revenue source or by expenditure function (款), not a programme"
NOT_ROWS = [
    dict(line=10, text="6億7,620万7,000円", value_yen=676207000, fy=FY, mention_role=S, what="■補正額",
         reason="total of the whole supplementary"),
    dict(line=10, text="179億737万8,000円", value_yen=17907378000, fy=FY, mention_role=B, what="補正後の予算総額",
         reason="general-account total after the supplementary"),
    *[dict(line=ln, text=t, value_yen=v, fy=FY, mention_role=O, what=w, reason=_B) for ln, t, v, w in [
        (13, "2億2,260万9,000円", 222609000, "国庫支出金 (歳入)"), (14, "6,825万円", 68250000, "県支出金 (歳入)"),
        (15, "2億9,440万円", 294400000, "繰入金 (歳入)"), (16, "5,264万8,000円", 52648000, "繰越金 (歳入)"),
        (17, "3,830万円", 38300000, "市債 (歳入)"), (20, "1,351万6,000円", 13516000, "総務費 (歳出)"),
        (21, "4億8,232万5,000円", 482325000, "民生費 (歳出)"), (22, "1億2,475万円", 124750000, "商工費 (歳出)"),
        (23, "4,312万円", 43120000, "土木費 (歳出)"), (24, "1,249万6,000円", 12496000, "教育費 (歳出)")]],
    dict(line=28, text="3万円", value_yen=30000, fy=FY, mention_role=SP, what="全ての世帯に3万円",
         reason="grant size per household"),
    dict(line=31, text="5万円", value_yen=50000, fy=FY, mention_role=SP, what="子ども1人当たり5万円",
         reason="grant size per child"),
    dict(line=37, text="2,000円", value_yen=2000, fy=FY, mention_role=SP, what="1人当たりの単価を2,000円に改定",
         reason="unit subsidy per person"),
    dict(line=37, text="500円", value_yen=500, fy=FY, mention_role=O, what="単価を500円増額",
         reason="increase of a per-person unit"),
]
