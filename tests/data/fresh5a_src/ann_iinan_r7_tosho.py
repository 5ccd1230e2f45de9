from kinds import amt, cnt, date, fyr, pct

DOC = "iinan_r7_tosho"
# 飯南町 (島根県; its 広報, mykoho article 323861/…, 2025), 令和7年度 当初予算の概要 (the title: every figure is of
# FY2025). The 一般会計 total and the all-accounts total are budget FY2025 (traps); the decrease `(5億7千万円)` other.
# The per-citizen and per-household figures (`1人当たり:176万円`, tax `11万円`) are other (fresh4: a per-citizen
# figure), per null. Under `◇収入` the 地方交付税, the bonds to be issued, their decrease and the fund drawdown are
# other (revenues and changes). Under `◇支出` the three works `(N円)` are budget FY2025 (rows); the 公債費 class total
# budget FY2025 (an expenditure class of the budget, as fresh4's 社会保障費 class; a trap), its decrease other.
# `5つの政策分野` is a count of 5 つ; `第3次` an ordinal; `1人当たり`, `1世帯当たり` rate markers (fresh3).
B, O, FY = "budget", "other", 2025
M = [
    fyr(1, "令和7年度", FY),
    pct(2, "7.1%", 7.1), amt(2, "5億7千万円", 570000000, role=O, fy=FY),
    cnt(4, "5つ", 5, "つ"),
    amt(5, "108億7,539万円", 10875390000, role=B, fy=FY), pct(5, "3.7%", 3.7),
    date(6, "令和7年4月1日", "2025-04-01"),
    cnt(7, "4,251人", 4251, "人"),
    cnt(8, "1,939戸", 1939, "戸"),
    amt(9, "176万円", 1760000, role=O, fy=FY), amt(9, "386万円", 3860000, role=O, fy=FY),
    amt(10, "11万円", 110000, role=O, fy=FY), amt(10, "25万円", 250000, role=O, fy=FY),
    amt(11, "74億8,652万円", 7486520000, role=B, fy=FY),
    amt(13, "40億円", 4000000000, role=O, fy=FY), amt(13, "4億5千万円", 450000000, role=O, fy=FY),
    amt(13, "6億5千万円", 650000000, role=O, fy=FY), amt(13, "5億7千万円", 570000000, role=O, fy=FY),
    amt(15, "1億3千万円", 130000000, role=B, fy=FY), amt(15, "1億7千万円", 170000000, role=B, fy=FY),
    amt(15, "7千万円", 70000000, role=B, fy=FY),
    amt(16, "11億8千万円", 1180000000, role=B, fy=FY), amt(16, "3千万円", 30000000, role=O, fy=FY),
]
W = "a large work `name(N円)` under `◇支出` of the 令和7年度 当初予算 (title)"
ROWS = [
    dict(line=15, text="1億3千万円", budget_yen=130000000, fy=FY, program="赤名農村環境改善センターの大規模改修", role=B, why=W),
    dict(line=15, text="1億7千万円", budget_yen=170000000, fy=FY, program="町道改良工事", role=B, why=W),
    dict(line=15, text="7千万円", budget_yen=70000000, fy=FY, program="町営住宅の改修工事", role=B, why=W),
]
_W = {
    (2, "5億7千万円"): ("一般会計の前年度比減少", "change of a total"),
    (5, "108億7,539万円"): ("一般会計・特別会計合わせて", "all-accounts total"),
    (9, "176万円"): ("一般会計の町民1人当たり", "per-citizen figure"),
    (9, "386万円"): ("一般会計の1世帯当たり", "per-household figure"),
    (10, "11万円"): ("町税の1人当たり納税額", "per-citizen revenue"),
    (10, "25万円"): ("町税の1世帯当たり納税額", "per-household revenue"),
    (11, "74億8,652万円"): ("一般会計当初予算", "account total"),
    (13, "40億円"): ("地方交付税", "revenue"),
    (13, "4億5千万円"): ("町債の減少", "revenue change"),
    (13, "6億5千万円"): ("町債の発行", "revenue (bonds)"),
    (13, "5億7千万円"): ("基金の取り崩し", "fund drawdown (revenue)"),
    (16, "11億8千万円"): ("公債費の総額", "expenditure class total"),
    (16, "3千万円"): ("公債費の減少", "change of a class"),
}
NOT_ROWS = [dict(line=ln, text=t, value_yen=next(r["min"] for r in M if r["line"] == ln and r["text"] == t), fy=FY,
                 mention_role=next(r["role"] for r in M if r["line"] == ln and r["text"] == t), what=w, reason=why)
            for (ln, t), (w, why) in _W.items()]
