from kinds import amt, cnt, date, fyr

DOC = "atsuma_r5_rinji_hosei"
# 北海道厚真町, the 令和5年第4回厚真町議会臨時会 (a session named by its year: a date 2023; `第4回` an ordinal) and its
# `3件の補正予算` (a count), told by a machine-written council report. All FY2023 (line 2's 令和5年度; line 9's
# 公共下水道事業 sits under it). Each account's addition is supplementary and its total after budget, all traps: the
# 一般会計 (`総合計は…`), the 簡易水道事業特別会計 and the 公共下水道事業. No row: the programmes are named without figures.
# `補助率の二段階設定` is a description (no count).
S, B, FY = "supplementary_budget", "budget", 2023
M = [
    date(1, "令和5年", "2023"), cnt(1, "3件", 3, "件"),
    fyr(2, "令和5年度", FY),
    amt(3, "1,490万円", 14900000, role=S, fy=FY), amt(3, "96億7,912万8,000円", 9679128000, role=B, fy=FY),
    fyr(6, "令和5年度", FY),
    amt(7, "1,214万9,000円", 12149000, role=S, fy=FY), amt(7, "7億8,214万9,000円", 782149000, role=B, fy=FY),
    amt(9, "800万円", 8000000, role=S, fy=FY), amt(9, "2億7,320万円", 273200000, role=B, fy=FY),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=3, text="1,490万円", value_yen=14900000, fy=FY, mention_role=S, what="一般会計補正の追加額", reason="supplementary total"),
    dict(line=3, text="96億7,912万8,000円", value_yen=9679128000, fy=FY, mention_role=B, what="一般会計の総合計 (補正後)",
         reason="account total after a supplementary"),
    dict(line=7, text="1,214万9,000円", value_yen=12149000, fy=FY, mention_role=S, what="簡易水道事業特別会計の追加額",
         reason="supplementary total of an account"),
    dict(line=7, text="7億8,214万9,000円", value_yen=782149000, fy=FY, mention_role=B, what="簡易水道事業特別会計の総額 (補正後)",
         reason="account total after a supplementary"),
    dict(line=9, text="800万円", value_yen=8000000, fy=FY, mention_role=S, what="公共下水道事業の追加額",
         reason="supplementary total of an account"),
    dict(line=9, text="2億7,320万円", value_yen=273200000, fy=FY, mention_role=B, what="公共下水道事業の総額 (補正後)",
         reason="account total after a supplementary"),
]
