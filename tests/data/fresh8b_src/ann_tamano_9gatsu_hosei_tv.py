from kinds import amt, cnt, date, pct

DOC = "tamano_9gatsu_hosei_tv"
# 岡山県玉野市's 9月補正予算案 (cable TV news). The text writes NO year (`今年度`, `前の年度`): fy null on every amount,
# rows `fy_alt: [2015]` (inferred: `台風11号` and `マイナンバー導入` point to 2015; arguable, 2014 is possible). The
# days take that inferred year: `27日` (the announcement, `きょう`) 2015-08-27, `来月3日` 2015-09-03 (the anchor word out
# of text). 補正額 supplementary, 補正後の総額 budget (traps); `8割` a percent (80); the deposit into 財政調整基金
# `積立金3億5000万円` supplementary, an ambiguous row (fresh3: a deposit is an expense of the year); the fund's
# `今年度末残高見込み` a balance (other, trap); the grant for a 市民農園 `補助金40万円を予算化` is the supplementary's
# appropriation (a row, fresh6c's 二本松市 事業補助金), not a grant size per recipient; `50区画` a count; `2204㎡` an area
# and `およそ2倍`, `2分の1`, `台風11号` no mentions.
S, B = "supplementary_budget", "budget"
M = [
    date(1, "27日", "2015-08-27"),
    amt(2, "4億1842万円", 418420000, role=S), amt(2, "246億2651万円", 24626510000, role=B),
    pct(2, "8割", 80), amt(2, "3億5000万円", 350000000, role=S), amt(2, "9億4000万円", 940000000, role="other"),
    amt(2, "40万円", 400000, role=S), cnt(2, "50区画", 50, "区画"), amt(2, "1000万円", 10000000, role=S),
    amt(2, "3930万円", 39300000, role=S), amt(2, "852万円", 8520000, role=S), date(2, "3日", "2015-09-03"),
]
W = "a work of the 9月補正予算案 with its own figure (line 1); the text writes no year"
R = dict(fy=None, fy_alt=[2015], role=S)
ROWS = [
    dict(line=2, text="3億5000万円", budget_yen=350000000, program="財政調整基金の積立金", ambiguous=True,
         why=W + "; a deposit into a fund", note="fund deposits are ambiguous rows (fresh3, fresh4)", **R),
    dict(line=2, text="40万円", budget_yen=400000, program="市民農園を山田地区に整備するための補助金", why=W, **R),
    dict(line=2, text="1000万円", budget_yen=10000000, program="イノシシ被害対策(柵の設置や草刈り)", why=W,
         aliases=["イノシシ被害対策"], **R),
    dict(line=2, text="3930万円", budget_yen=39300000, program="台風11号などの災害復旧工事", why=W, aliases=["災害復旧工事"], **R),
    dict(line=2, text="852万円", budget_yen=8520000, program="マイナンバー導入に関する経費", why=W, **R),
]
NOT_ROWS = [
    dict(line=2, text="4億1842万円", value_yen=418420000, fy=None, mention_role=S, what="一般会計の補正額", reason="supplementary total"),
    dict(line=2, text="246億2651万円", value_yen=24626510000, fy=None, mention_role=B, what="補正後の総額",
         reason="account total after a supplementary"),
    dict(line=2, text="9億4000万円", value_yen=940000000, fy=None, mention_role="other", what="財政調整基金の今年度末残高見込み",
         reason="fund balance"),
]
