from kinds import amt, cnt, date, fyr, trap, traps

DOC = "shimosuwa_r4_rinzai_shokan_kikin_chiholog"
# chiholog's search page for 臨時財政対策債償還基金費 in 長野県's assemblies: 下諏訪町's 6月定例会 of 2022 (令和3年度's
# 普通交付税 re-computed with two new items; the 特別交付税 budgeted at `1億7,000万円` and received `1億8,110万3,000円`,
# `1,110万3,000円` more; the passage stored twice), a passage on the 減債積立金 put up by `13号補正` (`4億4,700万円余`) and
# then cut in full because the 臨時財政対策債 could be borrowed net of the 償還基金費, and a question in 飯田市's assembly.
# The 特別交付税 figures are a REVENUE's budget, its settled amount and the difference: `other`, fy 2021, traps (earlier
# sets' revenue lines). The 減債積立金 of the 13号補正 is an appropriation of a supplementary (`supplementary_budget`,
# `余` at_least), fy null (its passage writes no year; fy_alt 2021 from the page's other passages): an AMBIGUOUS row (a
# deposit into the debt-reduction fund is an account's transfer rather than a programme, and it was cut in full).
# `3月交付分` the March round of 令和3年度 (2022-03, the later months of a fiscal year take the next calendar year); `二つの
# 項目` a count; `13号補正` a budget's label (no mention); the stamp `2022-06-09`, `令和 4年 6月` and `06月09日` dates.
O = "other"
REV = "the 特別交付税 (a revenue) budgeted, received or its difference, not a programme's budget"
M = [
    date(1, "2022-06-09", "2022-06-09"), date(1, "令和 4年 6月", "2022-06"), date(1, "06月09日", "2022-06-09"),
]
for ln in (2, 3):
    M += [
        fyr(ln, "令和3年度", 2021), cnt(ln, "二つ", 2, "つ"), date(ln, "3月", "2022-03"),
        trap(amt(ln, "1億7,000万円", 170000000, role=O, fy=2021), "特別交付税 (当初予算計上額)", REV),
        trap(amt(ln, "1,110万3,000円", 11103000, role=O, fy=2021), "特別交付税 (増額)", REV),
        trap(amt(ln, "1億8,110万3,000円", 181103000, role=O, fy=2021), "特別交付税 (確定額)", REV),
    ]
M += [
    amt(4, "4億4,700万円", 447000000, None, role="supplementary_budget", q=("at_least",)),
    fyr(5, "令和3年度", 2021),
]
ROWS = [
    dict(line=4, text="4億4,700万円", budget_yen=447000000, fy=None, fy_alt=[2021], role="supplementary_budget",
         program="減債積立金 (臨時財政対策債償還基金費を財源とする積立)", ambiguous=True,
         note="put up by the 13号補正 and cut in full by the next supplementary; a fund deposit, not a programme for some readers",
         why="the appropriation the 13号補正 made for the 減債基金 deposit (`13号補正で計上した4億4,700万円余`)"),
]
NOT_ROWS = traps(M)
