from kinds import amt, date, dur, pct

DOC = "omachi_saga_kokkaku_yosan"
# 佐賀県大町町 当初予算 (佐賀新聞's series `10市10町の〝仕事〟`, a series name: no count): a 骨格予算 before the April
# mayoral election. The text writes no year (`本年度`, `前年度`; `18年度` is era-less and nothing fixes it): fy null
# on every amount, rows `fy_alt: [2018]` (the mayor re-elected unopposed in April 2018). The total is budget (a
# trap); the `▼name【N万円】` programmes are budget (rows); `建設費補助費750万円`, a part of 移住・定住促進関連事業, is
# a row marked ambiguous. `4月に町長選`, `6月議会` take the inferred year (2018-04, 2018-06); `3カ年` a duration;
# `2期目` an ordinal.
B = "budget"
M = [
    amt(3, "37億7800万円", 3778000000),
    date(3, "4月", "2018-04"),
    pct(3, "3・5%", 3.5),
    date(3, "6月", "2018-06"),
    amt(5, "750万円", 7500000),
    pct(7, "2・1%", 2.1),
    amt(13, "700万円", 7000000),
    amt(15, "900万円", 9000000),
    dur(15, "3カ年", 3, "year"),
    amt(17, "812万円", 8120000),
    amt(19, "1235万円", 12350000),
]
W = "`▼name【N万円】` under ■主な事業 of the town's 当初予算"
R = dict(fy=None, fy_alt=[2018], role=B, why=W)
ROWS = [
    dict(line=5, text="750万円", budget_yen=7500000, program="民間の賃貸住宅建設に対する建設費補助費",
         aliases=["民間の賃貸住宅建設費補助"], ambiguous=True, note="part of 移住・定住促進関連事業 (line 19)", **R),
    dict(line=13, text="700万円", budget_yen=7000000, program="宮の浦ため池耐震工事", **R),
    dict(line=15, text="900万円", budget_yen=9000000, program="畑ケ田地区の樋門改修工事", **R),
    dict(line=17, text="812万円", budget_yen=8120000, program="杵東地区衛生処理場組合負担金", **R),
    dict(line=19, text="1235万円", budget_yen=12350000, program="移住・定住促進関連事業", **R),
]
NOT_ROWS = [
    dict(line=3, text="37億7800万円", value_yen=3778000000, fy=None, mention_role=B, what="一般会計当初予算",
         reason="account total"),
]
