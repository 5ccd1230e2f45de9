from kinds import amt, date, fyr, trap, traps

DOC = "norin_s43_yosan_bunkakai_kokalog"
# kokalog.net's search page for 「建設省所管経費」: five hits of the same opening of 農林省's explanation of its 昭和四十三年度
# budget (参議院 予算委員会第三分科会, 1968-04-11): `農林省所管合計額は六千二十二億円` (a ministry's total: budget FY1968, a
# trap, fresh12d), `農林関係予算の合計額は六千五百四十二億円` (a field's total over five ministries: a trap), `昭和四十二年度
# の補正後予算と比較しますと三百六十三億円の増加` (a change: other, fy 1968, a trap) and, on line 5,
# `昭和四十二年度補正後予算六千百七十九億円` (the previous year's total after its supplementary: previous_budget FY1967, a
# trap). No programme's own figure is in the stored text: no rows. Line 6 is cut by the length limit after the first
# figure. Each repeat is annotated where it stands (the page repeats hits of different sittings).
B, O, P = "budget", "other", "previous_budget"
M = [date(1, "1968-04-11", "1968-04-11")]
for ln in (2, 3, 4, 5):
    M += [
        fyr(ln, "昭和四十三年度", 1968),
        trap(amt(ln, "六千二十二億円", 602200000000, fy=1968), "農林省所管合計額", "a ministry's total (fresh12d)"),
        trap(amt(ln, "六千五百四十二億円", 654200000000, fy=1968), "農林関係予算の合計額 (五省庁)",
             "a field's total over ministries (fresh12d)"),
        fyr(ln, "昭和四十二年度", 1967),
    ]
    if ln == 5:
        M.append(trap(amt(ln, "六千百七十九億円", 617900000000, role=P, fy=1967), "昭和四十二年度補正後予算 (農林関係)",
                      "the previous year's field total"))
    M.append(trap(amt(ln, "三百六十三億円", 36300000000, role=O, fy=1968), "前年度補正後予算との比較 増加",
                  "a change against the year before (fresh10b)"))
M += [
    fyr(6, "昭和四十三年度", 1968),
    trap(amt(6, "六千二十二億円", 602200000000, fy=1968), "農林省所管合計額 (cut)", "a ministry's total (fresh12d)"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
