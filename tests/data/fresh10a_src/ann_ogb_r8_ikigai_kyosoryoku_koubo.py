from kinds import amt, fyr

DOC = "ogb_r8_ikigai_kyosoryoku_koubo"
# 内閣府 沖縄総合事務局's call for the EXECUTING BODY (補助事業者(執行団体)) of its 令和8年度 沖縄域外競争力強化促進事業費補助金,
# FY2026 (four fiscal_year mentions: the title line, the heading, the lead, `令和8年度予算の成立が前提`). The only figures
# are the body's cap `補助上限額 533,219千円(予定)` and its indirect-grant part `(うち間接補助事業は450,000千円以` (the
# stored text is cut inside `以内`). Both are `support` FY2026 and traps: a cap on one recipient's grant (GUIDE: a 上限
# header makes a cap, at_most, min null), although the one executing body's cap is in effect the programme's money
# (NEW, arguable: a reader could list 533,219千円 as the programme's budget; `(予定)` is no qualifier of the GUIDE). The
# part `うち…450,000千円` keeps no qualifier (the `以` of `以内` is cut; `うち` is not `の内数`; arguable). Rates `2/3以内`,
# `定額(10/10)`, the list numbers `1.` `Ⅰ.` `Ⅱ.` are no mentions.
SU, FY = "support", 2026
M = [
    fyr(1, "令和8年度", FY), fyr(2, "令和8年度", FY), fyr(3, "令和8年度", FY), fyr(4, "令和8年度", FY),
    amt(17, "533,219千円", None, 533219000, role=SU, fy=FY, q=("at_most",)),
    amt(18, "450,000千円", 450000000, role=SU, fy=FY),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=17, text="533,219千円", value_yen=533219000, fy=FY, mention_role=SU, what="執行団体への補助上限額 (予定)",
         reason="a cap on the one executing body's grant (support), though in effect the programme's money"),
    dict(line=18, text="450,000千円", value_yen=450000000, fy=FY, mention_role=SU, what="うち間接補助事業分",
         reason="a part of the executing body's cap (support)"),
]
