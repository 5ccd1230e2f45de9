from kinds import amt, date, fyr

DOC = "saga_chubu_kouiki_r6_7gatsu_gian"
# 佐賀中部広域連合 (a 広域連合 of 佐賀市 and its neighbours): its 7月定例会's bills (令和6年7月30日提出). Three accounts'
# supplementaries, each `補正額約N万円で、補正後の予算総額は、約N億N万円`: the additions are supplementary_budget, the totals
# after them budget, all `approx` (約), all traps (a supplementary's total and an account total, per account: fresh8b's
# 周南市, 厚真町). No 年度 is written for them: fy 2024 from the date of an in-year supplementary (a July 2024 session;
# fresh's call), arguable (`令和5年度決算に伴う` names the settled year the supplementary follows, not its own). `7月定例会`
# a session named by its month: a date 2024-07 (fresh2). `令和5年度` (twice) fiscal years; bill numbers (`第17号` …
# `第23号議案`, `(第1号)`) no mentions.
S, B, FY, A = "supplementary_budget", "budget", 2024, ("approx",)
M = [
    date(1, "7月", "2024-07"), date(2, "令和6年7月30日", "2024-07-30"),
    fyr(4, "令和5年度", 2023), fyr(6, "令和5年度", 2023),
    amt(7, "4,034万円", 40340000, role=S, fy=FY, q=A), amt(7, "16億1,698万円", 1616980000, role=B, fy=FY, q=A),
    amt(9, "12億5,818万円", 1258180000, role=S, fy=FY, q=A), amt(9, "338億8,019万円", 33880190000, role=B, fy=FY, q=A),
    amt(11, "1億3,934万円", 139340000, role=S, fy=FY, q=A), amt(11, "54億14万円", 5400140000, role=B, fy=FY, q=A),
]
ROWS: list[dict] = []
_ACC = {7: "一般会計", 9: "介護保険特別会計", 11: "消防特別会計"}
NOT_ROWS = [dict(line=r["line"], text=r["text"], value_yen=r["min"], fy=FY, mention_role=r["role"],
                 what=f"{_ACC[r['line']]}補正予算(第1号)の" + ("補正額" if r["role"] == S else "補正後の予算総額"),
                 reason="a supplementary's total" if r["role"] == S else "an account total after the supplementary")
            for r in M if r["kind"] == "amount"]
