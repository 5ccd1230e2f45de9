from kinds import amt, date, fyr, pct

DOC = "ncnews_2023_caa_gaisan"
# 消費者庁's 2023年度 概算要求 as 消費者ネット・ニュース (nc-news) reports it, with its stored spaces (`8月 30 日`,
# `146.4 億円`): budget FY2023. The general-account total (`146.4億円` headline, `146.4 億円`) traps; `(117.3 億円)`,
# `(前年度 17.5 億円)`, `(30.3 億円)` previous_budget FY2022 (the latter two carried as rows' previous_budget_yen);
# `前年度の要求額 28.5 億円` the previous year's REQUEST, `budget` FY2022, a trap (as suikei's `前年度要求額`, NEW);
# `9.1 億円を増額` other; `消費者庁単独の枠は 19 億円程度` the size of a request frame (`other`, approx), `46.5 億円を重点
# 政策推進枠で要求` a sum requested under the frame (`budget`, a trap). The two 交付金 are rows; the sub-headline's
# `増額要求30億円` (misnamed `地方交付税`) an ambiguous row restating line 4's 交付金. `裁量的経費を9割までに抑え` a percent
# null..90, at_most (GUIDE `まで`); `削減分の3倍まで` a ratio (no mention).
B, P, FY = "budget", "previous_budget", 2023
M = [
    fyr(1, "2023年度", FY),
    pct(2, "24.8%", 24.8), amt(2, "146.4億円", 14640000000, fy=FY),
    amt(3, "30億円", 3000000000, fy=FY),
    date(4, "8月 30 日", "2022-08-30"), fyr(4, "2023 年度", FY), amt(4, "146.4 億円", 14640000000, fy=FY),
    amt(4, "117.3 億円", 11730000000, role=P, fy=2022), pct(4, "24.8%", 24.8),
    amt(4, "30 億円", 3000000000, fy=FY), amt(4, "17.5 億円", 1750000000, role=P, fy=2022),
    amt(4, "28.5 億円", 2850000000, fy=2022), amt(4, "39.4 億円", 3940000000, fy=FY),
    amt(4, "30.3 億円", 3030000000, role=P, fy=2022), amt(4, "9.1 億円", 910000000, role="other", fy=FY),
    pct(4, "9割", None, 90, q=("at_most",)), amt(4, "19 億円", 1900000000, role="other", fy=FY, q=("approx",)),
    amt(4, "46.5 億円", 4650000000, fy=FY),
]
ROWS = [
    dict(line=4, text="30 億円", budget_yen=3000000000, previous_budget_yen=1750000000, fy=FY, program="地方消費者行政強化交付金",
         role=B, ministry="消費者庁", why="a 交付金 with its requested figure and `(前年度 N 億円)`"),
    dict(line=4, text="39.4 億円", budget_yen=3940000000, previous_budget_yen=3030000000, fy=FY,
         program="国民生活センターの運営費交付金", aliases=["国民生活センター運営費交付金"], role=B, ministry="消費者庁",
         why="a 交付金 with its requested figure and its previous year in brackets"),
    dict(line=3, text="30億円", budget_yen=3000000000, fy=FY, program="地方交付税", aliases=["地方消費者行政強化交付金"], role=B,
         ministry="消費者庁", ambiguous=True, why="the sub-headline restates line 4's 交付金 (under a wrong name)",
         note="duplicate of line 4's row"),
]
NOT_ROWS = [
    dict(line=2, text="146.4億円", value_yen=14640000000, fy=FY, mention_role=B, what="概算要求 (headline)",
         reason="the agency's request total"),
    dict(line=4, text="146.4 億円", value_yen=14640000000, fy=FY, mention_role=B, what="一般会計",
         reason="the agency's request total (general account)"),
    dict(line=4, text="117.3 億円", value_yen=11730000000, fy=2022, mention_role=P, what="前年度",
         reason="the agency's previous-year total"),
    dict(line=4, text="17.5 億円", value_yen=1750000000, fy=2022, mention_role=P, what="前年度 (交付金)",
         reason="the previous year's figure of a row (its previous_budget_yen)"),
    dict(line=4, text="28.5 億円", value_yen=2850000000, fy=2022, mention_role=B, what="前年度の要求額",
         reason="the previous year's request for the 交付金"),
    dict(line=4, text="30.3 億円", value_yen=3030000000, fy=2022, mention_role=P, what="(30.3 億円)",
         reason="the previous year's figure of a row (its previous_budget_yen)"),
    dict(line=4, text="9.1 億円", value_yen=910000000, fy=FY, mention_role="other", what="増額要求", reason="an increase"),
    dict(line=4, text="19 億円", value_yen=1900000000, fy=FY, mention_role="other", what="消費者庁単独の枠",
         reason="the size of a request frame, not a programme"),
    dict(line=4, text="46.5 億円", value_yen=4650000000, fy=FY, mention_role=B, what="重点政策推進枠で要求",
         reason="a sum over programmes requested under a frame"),
]
