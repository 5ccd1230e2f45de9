from kinds import amt, date, trap, traps

DOC = "ako_r6_zaidan_keikaku_chiholog"
# 兵庫県赤穂市議会 令和6年第1回定例会 (第2日 2月22日), chiholog.net's search page for 「受託事業費」: an officer reports a
# body's plan to the assembly (a 公益財団法人 that manages the city's facilities; its name is cut off): the plan's
# `事業活動収入合計…4億3,874万2,000円` (the plan's revenue total: budget since the blind audit, as fresh13d's
# 燕市観光協会 `収入` and 村観光協会 `収入 合計`; a trap), the spending by 事業 `①事業費支出…5,498万円`,
# `②…施設管理受託事業費支出…3億5,808万2,000円`, `③…管理費支出…2,559万9,000円` (each 事業's own figure of the plan:
# rows, fresh13d's call; the running account 管理費 a row as fresh13d's 燕市観光協会運営費), `事業活動支出合計…4億3,866万
# 1,000円` (the body's whole spending: a trap, fresh13d call 1), `収支差額はプラス8万1,000円` (other, a trap); line 3
# repeats the hit (ambiguous rows, fresh10b). Line 4 is the settled year: `経常費用…合計4億848万6,058円`, `当期経常額は
# 3万8,747円の増`, `経常外増減の部はゼロ円`, `一般正味財産期末残高…361万6,826円`, `指定正味財産期末残高…1億230万円`
# (settled figures and balances: other, traps, fresh11a / fresh13d). No fiscal year is written with the figures: fy null;
# the rows carry fy_alt [2024, 2023] (a plan reported in February of 2024: the coming year's or the running one's, not
# written). NEW, arguable: a body's plan reported in the minutes is taken in the shape (the minutes are the page);
# `ゼロ円` is an amount 0 (a written zero with its unit, as fresh13d's `基本財産 0千円`). `令和 6年第1回定例会` a date
# 2024 (session named by its year), `2月22日` a date; `第2日`, `1の`, `①`, `(2)` no mentions.
B, O = "budget", "other"
SETTLED = "a settled figure or balance of the body's year (fresh11a, fresh13d)"
M = [date(1, "2024-02-22", "2024-02-22"), date(1, "令和 6年", "2024"), date(1, "2月22日", "2024-02-22")]
for ln in (2, 3):
    M += [
        trap(amt(ln, "4億3,874万2,000円", 438742000), "事業活動収入合計",
             "the body's whole revenue of the plan, a total (budget as fresh13d's 収入 合計)"),
        amt(ln, "5,498万円", 54980000),
        amt(ln, "3億5,808万2,000円", 358082000),
        amt(ln, "2,559万9,000円", 25599000),
        trap(amt(ln, "4億3,866万1,000円", 438661000), "事業活動支出合計", "the body's whole spending, a total (fresh13d call 1)"),
        trap(amt(ln, "8万1,000円", 81000, role=O), "収支差額", "a balance of revenue and spending"),
    ]
M += [
    trap(amt(4, "4億848万6,058円", 408486058, role=O), "経常費用 合計 (決算)", SETTLED),
    trap(amt(4, "3万8,747円", 38747, role=O), "当期経常増減額", SETTLED),
    trap(amt(4, "ゼロ円", 0, role=O), "経常外増減", SETTLED),
    trap(amt(4, "361万6,826円", 3616826, role=O), "一般正味財産期末残高", SETTLED),
    trap(amt(4, "1億230万円", 102300000, role=O), "指定正味財産期末残高", SETTLED),
]
MIN = "赤穂市の公益財団法人 (施設管理受託; 名は抜粋外)"
FA = [2024, 2023]
ROWS = []
for ln in (2, 3):
    amb = {"ambiguous": True} if ln == 3 else {}
    why = "the same hit repeated by the search page (fresh10b)" if ln == 3 else None
    ROWS += [
        dict(line=ln, text="5,498万円", budget_yen=54980000, fy=None, fy_alt=FA, program="事業費 (公益目的事業)", role=B,
             ministry=MIN, why=why or "`①事業費支出として5,498万円を…予定`: the plan's 事業 figure", **amb),
        dict(line=ln, text="3億5,808万2,000円", budget_yen=358082000, fy=None, fy_alt=FA, program="施設管理受託事業",
             role=B, ministry=MIN, why=why or "`②の施設管理受託事業費支出として3億5,808万2,000円`: the plan's 事業 figure", **amb),
        dict(line=ln, text="2,559万9,000円", budget_yen=25599000, fy=None, fy_alt=FA, program="管理費 (法人運営)", role=B,
             ministry=MIN, why=why or "`③の管理費支出として2,559万9,000円`: the body's running account", **amb),
    ]
NOT_ROWS = traps(M)
