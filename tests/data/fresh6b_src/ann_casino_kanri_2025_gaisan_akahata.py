from kinds import amt, cnt, date, fyr

DOC = "casino_kanri_2025_gaisan_akahata"
# しんぶん赤旗 (2024-09-05) on カジノ管理委員会's 2025年度概算要求: every requested figure is of FY2025. The total
# `40・8億円` is budget (a trap); `N億円増` changes other; `人件費等 23・1億円` a split by kind of expense (other, as
# fresh4's 物件費/人件費); `カジノ事業者の監督体制の整備 5・7億円` a programme (the row); `デジタル庁一括計上予算として
# 6・2億円` budget (an appropriation held in another agency's budget, fresh4's call), a trap. `20年1月の発足時の予算
# 28・1億円` is a past year's budget (budget, fy null: the era-less `20年` fixes no fiscal year), a trap. Middle dots
# are decimal points (`3・8億円` = 3.8億円). Era-less `20年1月`, `18年7月`, `24年ごろ` are no dates (GUIDE). Counts:
# `170人` (twice), `5人`, `100人`, `3カ所`, `1カ所` (→ か所).
B, O, FY = "budget", "other", 2025
M = [
    date(1, "2024年9月5日", "2024-09-05"),
    amt(2, "3.8億円", 380000000, role=O, fy=FY),
    cnt(3, "170人", 170, "人"),
    fyr(4, "2025年度", FY), date(4, "8月30日", "2024-08-30"),
    amt(5, "3・8億円", 380000000, role=O, fy=FY), amt(5, "40・8億円", 4080000000, fy=FY),
    amt(5, "0・7億円", 70000000, role=O, fy=FY), amt(5, "23・1億円", 2310000000, role=O, fy=FY),
    amt(5, "2・2億円", 220000000, role=O, fy=FY), amt(5, "5・7億円", 570000000, fy=FY),
    amt(5, "0・8億円", 80000000, role=O, fy=FY), amt(5, "6・2億円", 620000000, fy=FY),
    cnt(6, "5人", 5, "人"), cnt(6, "170人", 170, "人"),
    amt(7, "28・1億円", 2810000000), cnt(7, "100人", 100, "人"),
    cnt(8, "3カ所", 3, "か所"),
    cnt(9, "1カ所", 1, "か所"),
]
ROWS = [
    dict(line=5, text="5・7億円", budget_yen=570000000, fy=FY, program="カジノ事業者の監督体制の整備", role=B,
         why="a measure with its own figure in カジノ管理委員会's 2025年度概算要求 (lead-in)"),
]
_W = {
    (2, "3.8億円"): ("予算の増額 (headline)", "change", O, FY),
    (5, "3・8億円"): ("前年度からの増", "change", O, FY),
    (5, "40・8億円"): ("概算要求の総額", "agency total", B, FY),
    (5, "0・7億円"): ("人件費等の増", "change", O, FY),
    (5, "23・1億円"): ("人件費等", "split by kind of expense", O, FY),
    (5, "2・2億円"): ("監督体制の整備の増", "change", O, FY),
    (5, "0・8億円"): ("デジタル庁一括計上予算の増", "change", O, FY),
    (5, "6・2億円"): ("デジタル庁一括計上予算", "appropriation held in another agency's budget (systems)", B, FY),
    (7, "28・1億円"): ("発足時の予算", "a past year's agency total", B, None),
}
NOT_ROWS = [dict(line=ln, text=t, value_yen=next(r["min"] for r in M if r["line"] == ln and r["text"] == t), fy=fy,
                 mention_role=role, what=w, reason=why) for (ln, t), (w, why, role, fy) in _W.items()]
