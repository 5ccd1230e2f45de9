from kinds import amt

DOC = "jaif_nra_gaisan_kiseii"
# 日本原子力産業協会's news (2014-09-04) on 原子力規制委員会's `来年度概算要求`: no year is written, so fy is null
# on every amount (GUIDE); rows carry fy_alt [2015] (the request of September 2014 is for FY2015). The requested
# figures are budget; `(前年度当初予算額 N)` and `(同 N)` previous_budget (fy null). The phone number is no mention.
B, P = "budget", "previous_budget"
M = [
    amt(3, "10億5400万円", 1054000000),
    amt(3, "9億1000万円", 910000000, role=P),
    amt(3, "7億5000万円", 750000000),
    amt(3, "2億3300万円", 233000000, role=P),
    amt(5, "236億6900万円", 23669000000),
    amt(5, "13億1700万円", 1317000000),
]
W = "figure of 原子力規制委員会's 来年度概算要求 (no year written; fy_alt from the report's date)"
ROWS = [
    dict(line=3, text="10億5400万円", budget_yen=1054000000, previous_budget_yen=910000000, fy=None, fy_alt=[2015],
         program="発電炉シビアアクシデント安全設計審査規制高度化研究事業", aliases=[], role=B, why=W),
    dict(line=3, text="7億5000万円", budget_yen=750000000, previous_budget_yen=233000000, fy=None, fy_alt=[2015],
         program="燃料デブリの臨界管理に係る評価手法の整備", aliases=[], role=B, why=W),
    dict(line=5, text="236億6900万円", budget_yen=23669000000, fy=None, fy_alt=[2015],
         program="原子力発電施設等緊急時安全対策交付金", aliases=[], role=B, why=W),
    dict(line=5, text="13億1700万円", budget_yen=1317000000, fy=None, fy_alt=[2015],
         program="立地自治体等の原子力施設のモニタリングの体制整備", aliases=["モニタリング体制整備費用"], role=B,
         why=W + " (新規)"),
]
NOT_ROWS = [
    dict(line=3, text="9億1000万円", value_yen=910000000, fy=None, mention_role=P, what="前年度当初予算額",
         reason="previous year's figure (fills previous_budget_yen)"),
    dict(line=3, text="2億3300万円", value_yen=233000000, fy=None, mention_role=P, what="(同 N) 前年度当初予算額",
         reason="previous year's figure (fills previous_budget_yen)"),
]
