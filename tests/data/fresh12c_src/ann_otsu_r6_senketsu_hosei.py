from kinds import amt, date, fyr

DOC = "otsu_r6_senketsu_hosei"
# 滋賀県大津市's notice of a 専決処分 of a supplementary (令和6年10月30日). `一般会計において4,678万4千円の増額となる補正予算`
# is the supplementary's total, and the supplementary holds one purpose only (the 予防接種法 relief payments):
# supplementary_budget FY2024 (the title's 令和6年度), an AMBIGUOUS row as fresh11b's 熊本市 (a supplementary's total
# that is its one programme's figure; arguable: a trap elsewhere). `昭和23年法律第68号`, `第15条第1項` law and article
# numbers; the 更新日 a date.
S, FY = "supplementary_budget", 2024
M = [
    fyr(1, "令和6年度", FY), date(1, "令和6年10月30日", "2024-10-30"),
    fyr(2, "令和6年度", FY), date(2, "令和6年10月30日", "2024-10-30"),
    amt(3, "4,678万4千円", 46784000, role=S, fy=FY), date(3, "令和6年10月30日", "2024-10-30"),
    date(6, "2025年02月17日", "2025-02-17"),
]
ROWS = [dict(line=3, text="4,678万4千円", budget_yen=46784000, fy=FY, role=S, ambiguous=True,
             program="予防接種法による健康被害の救済措置としての給付 (令和6年度専決処分補正予算)",
             aliases=["予防接種健康被害救済給付"],
             why="`健康被害の救済措置としての給付のため、一般会計において4,678万4千円の増額となる補正予算` under the 令和6年度 title",
             note="the supplementary's total equals its one purpose's figure (fresh11b 熊本市)")]
NOT_ROWS: list[dict] = []
