from kinds import amt, cnt, date, fyr

DOC = "fmbc_h26hosei_fcv_juyo_sosyutsu"
# 次世代自動車振興センター's 平成26年度補正予算 programme as fmbc.jp reprints its call. The title names the budget
# (FY2014 supplementary) but no figure of it. The call window `平成27年2月27日(金)~平成27年12月28日(月)` is one date
# range (GUIDE: `2024年4月23日（火）～24日（水）`). The four figures under `補助金額(1事業年度当たりの補助上限額)` are caps
# per business year: support, at_most, min null, per year (`1事業年度当たり` read as `／年`, as fresh6b's `/年度`), fy
# 2014 (the title's label; NEW, arguable: the caps run for several business years of one FY2014 programme). `1箇所` and
# `2箇所以上` are counts of か所 (GUIDE: 箇所 → か所), the second at_least. `3分の2` a rate.
SU, FY = "support", 2014
M = [
    fyr(1, "平成26年度", FY),
    date(7, "平成27年2月27日(金)~平成27年12月28日", "2015-02-27", "2015-12-28"),
    amt(9, "22,000,000円", None, 22000000, role=SU, fy=FY, q=("at_most",), per="year"),
    amt(10, "22,000,000円", None, 22000000, role=SU, fy=FY, q=("at_most",), per="year"),
    cnt(11, "1箇所", 1, "か所"),
    amt(11, "22,000,000円", None, 22000000, role=SU, fy=FY, q=("at_most",), per="year"),
    cnt(12, "2箇所", 2, "か所", hi=None, q=("at_least",)),
    amt(12, "26,000,000円", None, 26000000, role=SU, fy=FY, q=("at_most",), per="year"),
]
ROWS: list[dict] = []
_W = {9: "オンサイト方式", 10: "オフサイト方式", 11: "移動式(運用場所が1箇所)", 12: "移動式(運用場所が2箇所以上)"}
NOT_ROWS = [dict(line=ln, text="26,000,000円" if ln == 12 else "22,000,000円",
                 value_yen=26000000 if ln == 12 else 22000000, fy=FY, mention_role=SU,
                 what=f"{w} 1事業年度当たりの補助上限額", reason="a cap per business and year (support)")
            for ln, w in _W.items()]
