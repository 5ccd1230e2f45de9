from kinds import amt, date, dur, fyr, pct

DOC = "mhlw_h22_hpv_kofukin_gaiyo_vdocuments"
# 厚生労働省's one-programme sheet `子宮頸がん等ワクチン接種緊急促進臨時特例交付金(仮称) <概要>` (趣旨 / 事業概要 /
# 所要額, a 補正予算 fund; the transcript site's summary line, then the sheet's spaced text). `補正予算において必要な
# 経費を措置する … 約1,085億円(国費) 所要額`: the programme's own figure, supplementary_budget, approx; NO year is
# written for it (fy null, the row `fy_alt: [2010]`: the 平成22年度 supplementary, the fund of 平成22年度~23年度).
# `国1/2、市町村1/2` fractions (負担割合): no mention; `公費カバー率9割` a percent; `平成23年度末まで` a fiscal year with
# an open start (GUIDE: `2027年度末までに` → null..2027); `平成22年度~23年度` one range; `2カ年` a duration; `10月6日`
# dated 2010 (the 部会's 意見書 before the 平成22年度 supplementary). `参考資料3`, `b型`, `(仮称)` no mentions.
S = "supplementary_budget"
M = [
    pct(1, "9割", 90), fyr(1, "平成23年度", None, hi=2011, q=("at_most",)), fyr(1, "平成22年度~23年度", 2010, hi=2011),
    dur(1, "2カ年", 2, "year"), date(1, "10月6日", "2010-10-06"),
    amt(1, "1,085億円", 108500000000, role=S, q=("approx",)),
]
ROWS = [
    dict(line=1, text="1,085億円", budget_yen=108500000000, fy=None, fy_alt=[2010],
         program="子宮頸がん等ワクチン接種緊急促進臨時特例交付金(仮称)", aliases=["子宮頸がん等ワクチン接種緊急促進臨時特例交付金"],
         role=S, why="the sheet's 所要額 of its one programme, put in the 補正予算 (no year written)"),
]
NOT_ROWS: list = []
