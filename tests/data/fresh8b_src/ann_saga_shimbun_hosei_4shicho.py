from kinds import amt, cnt, date, pct

DOC = "saga_shimbun_hosei_4shicho"
# 佐賀新聞's round-up of the 6月 supplementaries of 佐賀市, 小城市 and 多久市 (the fourth, 白石町, cut by the length limit).
# The text writes NO year (`本年度`, `昨年`): fy null on every amount, rows `fy_alt: [2018]` (inferred from
# `明治維新150年記念事業`, 1868 + 150; arguable). Days take that year: `1日`, `8日` (佐賀市, 小城市), `5月31日`, `4日`
# (多久市) → June 2018 but 5月31日; `10月27日` 2018-10-27; `7月8日` 2018-07-08; `昨年12月` 2017-12 (anchor word out of
# text). Each city's `補正額` is supplementary, `補正後の総額` budget (traps); `前年同期比N・N%増/減` percents (`・` the
# decimal point; 減 positive, the word carries the direction). The programmes after `主な事業は` are supplementary
# rows; `補正後の本年度委託費は1985万円` is one item's budget after the supplementary: budget, a trap (fresh: totals after
# a supplementary). `明治維新150年記念事業` is a name (its `150年` no duration); `「八戸天祐線」` a name. Counts: bills
# and reports (`12議案`, `8件`, `11件`, `4件`, `9議案`, `9件`), `3路線`, `22棟`, `2棟分`.
S, B = "supplementary_budget", "budget"
M = [
    date(2, "1日", "2018-06-01"), date(2, "8日", "2018-06-08"),
    amt(2, "4億3583万4千円", 435834000, role=S), pct(2, "0・3%", 0.3), amt(2, "945億7167万4千円", 94571674000, role=B),
    amt(3, "2億9224万円", 292240000, role=S), amt(3, "5280万円", 52800000, role=S), amt(3, "3294万円", 32940000, role=S),
    cnt(4, "12議案", 12, "議案"), cnt(4, "8件", 8, "件"),
    date(6, "1日", "2018-06-01"), date(6, "8日", "2018-06-08"), cnt(6, "11件", 11, "件"), cnt(6, "4件", 4, "件"),
    amt(6, "1453万円", 14530000, role=S), pct(6, "2・0%", 2.0), amt(6, "216億2661万円", 21626610000, role=B),
    amt(7, "326万円", 3260000, role=S), date(7, "10月27日", "2018-10-27"), amt(7, "40万円", 400000, role=S),
    date(9, "5月31日", "2018-05-31"), date(9, "4日", "2018-06-04"), cnt(9, "9議案", 9, "議案"), cnt(9, "9件", 9, "件"),
    amt(9, "1830万円", 18300000, role=S), pct(9, "2・4%", 2.4), amt(9, "126億3927万円", 12639270000, role=B),
    amt(10, "296万円", 2960000, role=S), cnt(10, "3路線", 3, "路線"), amt(10, "324万円", 3240000, role=S),
    date(11, "12月", "2017-12"), cnt(11, "22棟", 22, "棟"), cnt(11, "2棟分", 2, "棟"), date(11, "7月8日", "2018-07-08"),
    amt(11, "1985万円", 19850000, role=B),
]
R = dict(fy=None, fy_alt=[2018], role=S)
ROWS = [
    dict(line=3, text="2億9224万円", budget_yen=292240000, program="都市計画道路「八戸天祐線」などの整備経費",
         why="佐賀市's 主な事業 (`…に N円`) of its 6月補正; no year written", note="issuer 佐賀市", **R),
    dict(line=3, text="5280万円", budget_yen=52800000, program="久保田保健センターの土地を購入する費用",
         why="佐賀市's 主な事業 of its 6月補正; no year written", note="issuer 佐賀市", **R),
    dict(line=3, text="3294万円", budget_yen=32940000, program="暗きょ排水管を更新する土地改良区に対する補助",
         why="佐賀市's 主な事業 of its 6月補正 (an appropriation for a grant, no size per recipient); no year written",
         note="issuer 佐賀市", **R),
    dict(line=7, text="326万円", budget_yen=3260000, program="特別支援教室の増加に伴う小学校の施設改修",
         why="小城市's 主な事業 of its 6月補正; no year written", note="issuer 小城市", **R),
    dict(line=7, text="40万円", budget_yen=400000, program="明治維新150年記念事業",
         why="小城市's 主な事業 of its 6月補正; no year written", note="issuer 小城市", **R),
    dict(line=10, text="296万円", budget_yen=2960000, program="「特定空き家」に認定した住宅の解体費など",
         why="多久市's 主な事業 of its 6月補正; no year written", note="issuer 多久市", aliases=["特定空き家の解体費"], **R),
    dict(line=10, text="324万円", budget_yen=3240000, program="コミュニティーバスのルート変更に伴う業務委託費",
         why="多久市's 主な事業 of its 6月補正; no year written", note="issuer 多久市", **R),
]
NOT_ROWS = [
    dict(line=2, text="4億3583万4千円", value_yen=435834000, fy=None, mention_role=S, what="佐賀市 補正額", reason="supplementary total"),
    dict(line=2, text="945億7167万4千円", value_yen=94571674000, fy=None, mention_role=B, what="佐賀市 補正後の総額",
         reason="account total after a supplementary"),
    dict(line=6, text="1453万円", value_yen=14530000, fy=None, mention_role=S, what="小城市 補正額", reason="supplementary total"),
    dict(line=6, text="216億2661万円", value_yen=21626610000, fy=None, mention_role=B, what="小城市 補正後の総額",
         reason="account total after a supplementary"),
    dict(line=9, text="1830万円", value_yen=18300000, fy=None, mention_role=S, what="多久市 補正額", reason="supplementary total"),
    dict(line=9, text="126億3927万円", value_yen=12639270000, fy=None, mention_role=B, what="多久市 補正後の総額",
         reason="account total after a supplementary"),
    dict(line=11, text="1985万円", value_yen=19850000, fy=None, mention_role=B, what="補正後の本年度委託費 (コミュニティーバス)",
         reason="an item's budget after a supplementary (not the supplementary's figure)"),
]
