from kinds import amt, cnt, pct, trap, traps

DOC = "yamadakaikei_2026_shoryokuka_ippan"
# A tax office's page (yamadakaikei-go.jp, 2026-01) on 中小企業庁's 中小企業省力化投資補助事業 (一般型) (one programme's
# terms). No budget and no year on the page: every amount a cap per company under `補助上限額 従業員あたり ※カッコ内は
# 大幅賃上げを行う場合` → support, at_most, min null (GUIDE's 上限 header), the bracketed ones caps with a pay rise (the
# header says so, not previous years), fy null, traps, no row. The table's employee bands: `5人以下` null..5 at_most,
# `6〜20人`, `21〜50人`, `51〜100人` ranges, `101人以上` at_least. `+4.0%以上` at_least; `3.5%(…+1.5%)以上` 3.5 at_least
# and `1.5%` with no qualifier (a part of the formula, not a threshold; contrast keieisha's `3.0%(一部5.0%)以上`, two
# thresholds). Fractions `1/2`, `2/3`, rate markers `1人当たり`, `①②③`, the table's chrome `||` lines: no mentions.
SU = "support"


def cap(line: int, text: str, v: int, what: str) -> dict:
    return trap(amt(line, text, None, v, role=SU, q=("at_most",)), "補助上限額 " + what, "a cap per company")


M = [
    cnt(13, "5人", None, "人", 5, q=("at_most",)),
    cap(13, "750万円", 7500000, "5人以下"), cap(13, "1,000万円", 10000000, "5人以下 (大幅賃上げ)"),
    cnt(14, "6〜20人", 6, "人", 20),
    cap(14, "1,500万円", 15000000, "6〜20人"), cap(14, "2,000万円", 20000000, "6〜20人 (大幅賃上げ)"),
    cnt(16, "21〜50人", 21, "人", 50),
    cap(16, "3,000万円", 30000000, "21〜50人"), cap(16, "4,000万円", 40000000, "21〜50人 (大幅賃上げ)"),
    cnt(17, "51〜100人", 51, "人", 100),
    cap(17, "5,000万円", 50000000, "51〜100人"), cap(17, "6,500万円", 65000000, "51〜100人 (大幅賃上げ)"),
    cnt(19, "101人", 101, "人", None, q=("at_least",)),
    cap(19, "8,000万円", 80000000, "101人以上"), cap(19, "1億円", 100000000, "101人以上 (大幅賃上げ)"),
    pct(22, "4.0%", 4.0, None, q=("at_least",)), pct(22, "3.5%", 3.5, None, q=("at_least",)), pct(22, "1.5%", 1.5),
]
ROWS: list = []
NOT_ROWS = traps(M)
