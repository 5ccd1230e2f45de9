from kinds import amt, fyr, pct

DOC = "kagoshima_pref_r7_yosan"
# 鹿児島県 (its site, 県の予算規模・歳入予算 page): 令和7年度 当初予算の規模. The 一般会計 and 特別会計 totals are budget
# FY2025 (account totals: traps); their increases against the previous initial budget other FY2025 (traps).
# `8,527億34百万円` = 852,700,000,000 + 34,000,000 (億 and 百万 add up). Shares `N.Nパーセント` are percents. No row.
B, O, FY = "budget", "other", 2025
M = [
    fyr(2, "令和7年度", FY),
    amt(2, "8,527億34百万円", 852734000000, role=B, fy=FY), amt(2, "4,109億56百万円", 410956000000, role=B, fy=FY),
    amt(2, "122億24百万円", 12224000000, role=O, fy=FY), pct(2, "1.5パーセント", 1.5),
    amt(2, "156億10百万円", 15610000000, role=O, fy=FY), pct(2, "3.9パーセント", 3.9),
    fyr(3, "令和7年度", FY),
    pct(3, "33.3パーセント", 33.3), pct(3, "19.7パーセント", 19.7), pct(3, "17.9パーセント", 17.9), pct(3, "9.6パーセント", 9.6),
    pct(4, "36.8パーセント", 36.8), pct(4, "63.2パーセント", 63.2),
]
ROWS: list[dict] = []
_W = {
    (2, "8,527億34百万円"): ("一般会計 当初予算の規模", "account total"),
    (2, "4,109億56百万円"): ("特別会計 当初予算の規模", "special accounts' total"),
    (2, "122億24百万円"): ("一般会計の前年度当初比増", "change of a total"),
    (2, "156億10百万円"): ("特別会計の前年度当初比増", "change of a total"),
}
NOT_ROWS = [dict(line=ln, text=t, value_yen=next(r["min"] for r in M if r["line"] == ln and r["text"] == t), fy=FY,
                 mention_role=next(r["role"] for r in M if r["line"] == ln and r["text"] == t), what=w, reason=why)
            for (ln, t), (w, why) in _W.items()]
