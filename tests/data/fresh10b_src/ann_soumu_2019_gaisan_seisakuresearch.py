from kinds import amt, cnt, fyr, pct

DOC = "soumu_2019_gaisan_seisakuresearch"
# 総務省's 2019年度 概算要求 as a policy-research blog summarises it. A request is the budget of the requested year
# (budget FY2019). The government-wide `概算要求総額は102兆円台後半` (`N兆円台` read as
# N兆..N兆9999億9999万9999円 as fresh7a's `7000億円台`, `後半` dropped as in `1990年代後半`; blind audit: was
# N..N+1兆円), the ministry's 政策的経費 total `4,043億円+事項要求`, its change
# `594億円増` (other) and the 優先課題推進枠 `473億円` (a request frame, no programme) are traps; `新規事業に約215億円`
# sums the new programmes listed before it (an ambiguous row: a theme of a request, fresh4); `参議院選挙には571億円`
# is a row (`来年度` = the requested 2019年度). `5本の柱21項目` counts; `17.2%` a percent; `Society5.0`, `5G`,
# `Ipv6` names.
B, O, FY = "budget", "other", 2019
M = [
    fyr(1, "2019年度", FY), amt(1, "102兆円", 102000000000000, 102999999999999, fy=FY),
    fyr(2, "2019年度", FY), cnt(2, "5本", 5, "本"), cnt(2, "21項目", 21, "項目"),
    amt(2, "4,043億円", 404300000000, fy=FY), pct(2, "17.2%", 17.2), amt(2, "594億円", 59400000000, role=O, fy=FY),
    amt(2, "473億円", 47300000000, fy=FY), amt(2, "215億円", 21500000000, fy=FY, q=("approx",)),
    amt(2, "571億円", 57100000000, fy=FY),
]
ROWS = [
    dict(line=2, text="571億円", budget_yen=57100000000, fy=FY, program="参議院選挙", role=B,
         why="`name には N円を盛込んだ` in 総務省's 2019年度 概算要求 (a request: budget of the requested year)"),
    dict(line=2, text="215億円", budget_yen=21500000000, fy=FY, program="新規事業", role=B, ambiguous=True,
         why="`…などの新規事業に約N円` in 総務省's 2019年度 概算要求",
         note="the sum of the new programmes named before it (a theme of a request, fresh4)"),
]
NOT_ROWS = [
    dict(line=1, text="102兆円", value_yen=102000000000000, fy=FY, mention_role=B, what="概算要求総額 (全省庁)",
         reason="the government-wide request total (background)"),
    dict(line=2, text="4,043億円", value_yen=404300000000, fy=FY, mention_role=B, what="政策的経費の概算要求額",
         reason="the ministry's total of a class of expense"),
    dict(line=2, text="594億円", value_yen=59400000000, fy=FY, mention_role=O, what="前年比増", reason="change"),
    dict(line=2, text="473億円", value_yen=47300000000, fy=FY, mention_role=B, what="優先課題推進枠",
         reason="a request frame's total, no programme"),
]
