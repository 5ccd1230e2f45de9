DOC = "mext_r7_gaisan_shuyo_jiko_p23"
AMOUNTS = [
    (28, "21,433 千円", 21433000, 21433000, "budget", 2025),
    (28, "21,431 千円", 21431000, 21431000, "previous_budget", 2024),
]
ROWS = [dict(line=28, text="21,433 千円", fy=2025, role="budget", budget_yen=21433000, previous_budget_yen=21431000,
             program="司書教諭講習の実施", ministry="文部科学省",
             why="(2) heading on line 26 owns the X（Y） pair on line 28; page title 04-2 令和7年度予算概算要求主要事項 (line 7) and 出典情報 令和7年度文部科学省 概算要求 (line 10): the request for FY2025 (role budget, as a 予算案), bracketed figure the FY2024 budget")]
NOT_ROWS = []
