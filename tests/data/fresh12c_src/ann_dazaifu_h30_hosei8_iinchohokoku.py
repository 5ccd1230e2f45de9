from kinds import amt, cnt, date, fyr

DOC = "dazaifu_h30_hosei8_iinchohokoku"
# 福岡県太宰府市議会 総務文教常任委員会's chair reports the committee's review of its part of 議案第28号 平成30年度太宰府市
# 一般会計補正予算(第8号) (平成31年 第1回(3月)定例会). Under the supplementary's title every item figure is
# supplementary_budget FY2018 (GUIDE: a supplementary's title labels its items): `文化財施設災害復旧費170万円の財源更正` is a
# programme's figure whose funding the supplementary changes (its size unchanged): an AMBIGUOUS row (NEW, arguable: a
# 財源更正 adds no money). `一般財源170万円` names the item's former FUNDING (its 一般財源 part): other (blind audit: a
# funding source, as fresh2's 新潟県 and 田布施町 一般財源 and fresh9b's 一般財源ベース; the annotator read it as a repeat
# of the row's figure, supplementary_budget). It has no trap record of its own (traps and rows are keyed by line and
# text, and the row holds `170万円` on this line), so it is listed FIRST on line 5: the (line, text) key then resolves
# to the row's mention (the last one listed). `災害復旧債は、合わせて2億600万円` (a bond revenue) and
# `財政調整資金繰入金、1億8510万9千円` (a fund drawdown as revenue) are other (revenues and funding sources), traps; the
# 地方債補正's `起債限度額は、1億3220万円` is a bond ceiling: other, at_most, min null, fy 2018 (the year's bond limit;
# arguable: null), a trap; `財政調整基金残高は25億9849万9235円` a fund balance (other, fy 2018), a trap. `平成31年` and `(3月)`:
# the session named by its year and by its month, two dates (2019, 2019-03); `昨年7月` 2018-07; `3月の補正財源` names the
# 3月補正 (a budget's name: no date, fresh); `2本` a count; `11款1項1目`, `21款1項7目`, `18款1項1目` budget codes.
S, O, FY = "supplementary_budget", "other", 2018
M = [
    date(1, "平成31年", "2019"), date(1, "3月", "2019-03"),
    fyr(3, "平成30年度", FY),
    amt(5, "170万円", 1700000, role=O, fy=FY), date(5, "7月", "2018-07"), amt(5, "170万円", 1700000, role=S, fy=FY),
    amt(6, "2億600万円", 206000000, role=O, fy=FY), amt(6, "1億3220万円", None, 132200000, role=O, fy=FY, q=("at_most",)),
    amt(7, "1億8510万9千円", 185109000, role=O, fy=FY), amt(7, "25億9849万9235円", 2598499235, role=O, fy=FY),
    cnt(8, "2本", 2, "本"),
]
ROWS = [dict(line=5, text="170万円", budget_yen=1700000, fy=FY, role=S, ambiguous=True, program="文化財施設災害復旧費",
             aliases=["水城跡の災害復旧"],
             why="`11款1項1目:文化財施設災害復旧費170万円の財源更正` under 平成30年度…一般会計補正予算(第8号)",
             note="a 財源更正: the supplementary changes the item's funding (一般財源 to 市債), not its size;"
                  " `一般財源170万円` on the same line is its former funding (other)")]
NOT_ROWS = [
    dict(line=6, text="2億600万円", value_yen=206000000, fy=FY, mention_role=O, what="歳入 災害復旧債",
         reason="a revenue (bond)"),
    dict(line=6, text="1億3220万円", value_yen=132200000, fy=FY, mention_role=O, what="地方債補正の起債限度額",
         reason="a bond ceiling, not an appropriation"),
    dict(line=7, text="1億8510万9千円", value_yen=185109000, fy=FY, mention_role=O, what="歳入 財政調整資金繰入金",
         reason="a revenue (a fund drawdown)"),
    dict(line=7, text="25億9849万9235円", value_yen=2598499235, fy=FY, mention_role=O, what="充当後の財政調整基金残高",
         reason="a fund balance"),
]
