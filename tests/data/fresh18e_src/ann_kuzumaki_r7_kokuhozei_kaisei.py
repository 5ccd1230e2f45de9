from kinds import amt, date, fyr, pct, trap, traps

DOC = "kuzumaki_r7_kokuhozei_kaisei"
# 岩手県葛巻町's page on its 国民健康保険税率 revised from 令和7年度: the table `区分 現行 改正後 増減` by part (医療保険分,
# 後期高齢者支援金分, 介護分 and their sum) with 所得割 / 資産割 rates and 均等割 / 平等割 amounts. The amounts are what a
# member or household pays (a tax rate in yen), and the 増減 column their change: `other` (fresh12b: premiums a resident
# pays `other`), per null (no `年額` written), fy null (the column headers `現行` / `改正後` name no year; NEW, arguable: a
# reader could give 改正後 2025 from `令和7年度から`, and 現行 2024), traps. Rates in `%` are percents; the 増減 of rates in
# `pt` (`1.8pt`, `△2.8pt`) no mentions (points: an earlier set's `1.0ポイント`; arguable: an older call read `%pt` as
# percent, +8). `令和6年度12月会議` a fiscal year 2024 and a month 2024-12 (December of that fiscal year). `北緯40度`, ages
# (`40歳以上65歳未満`), note marks `※1` no mentions.
O = "other"


def o(line: int, text: str, v: int, what: str, change: bool = False) -> dict:
    why = "the change of a tax amount per member or household, not a budget" if change else \
        "a tax amount per member or household (国保税 均等割 / 平等割), not a budget"
    return trap(amt(line, text, v, role=O), what, why)


def row(line: int, name: str, a: tuple[str, int], b: tuple[str, int], c: tuple[str, int]) -> list[dict]:
    return [o(line, a[0], a[1], f"{name} 現行"), o(line, b[0], b[1], f"{name} 改正後"),
            o(line, c[0], c[1], f"{name} 増減", change=True)]


M = [
    date(3, "2025年04月15日", "2025-04-15"),
    fyr(4, "令和7年度", 2025),
    fyr(6, "平成20年度", 2008),
    fyr(7, "令和6年度", 2024), date(7, "12月", "2024-12"), fyr(7, "令和7年度", 2025),
    pct(10, "5.0%", 5.0), pct(10, "6.8%", 6.8),
    pct(11, "25.0%", 25.0), pct(11, "22.2%", 22.2),
    *row(12, "医療保険分 均等割", ("17,000円", 17000), ("18,000円", 18000), ("1,000円", 1000)),
    *row(13, "医療保険分 平等割", ("24,000円", 24000), ("24,800円", 24800), ("800円", 800)),
    pct(14, "1.7%", 1.7), pct(14, "3.1%", 3.1),
    pct(15, "9.5%", 9.5), pct(15, "9.7%", 9.7),
    *row(16, "後期高齢者支援金分 均等割", ("5,600円", 5600), ("7,700円", 7700), ("2,100円", 2100)),
    *row(17, "後期高齢者支援金分 平等割", ("7,800円", 7800), ("10,600円", 10600), ("2,800円", 2800)),
    pct(20, "1.5%", 1.5), pct(20, "2.4%", 2.4),
    pct(21, "10.0%", 10.0), pct(21, "10.0%", 10.0),
    *row(22, "介護分 均等割", ("8,000円", 8000), ("9,000円", 9000), ("1,000円", 1000)),
    *row(23, "介護分 平等割", ("7,000円", 7000), ("9,100円", 9100), ("2,100円", 2100)),
    pct(24, "8.2%", 8.2), pct(24, "12.3%", 12.3),
    pct(25, "44.5%", 44.5), pct(25, "41.9%", 41.9),
    *row(26, "合計 均等割", ("30,600円", 30600), ("34,700円", 34700), ("4,100円", 4100)),
    *row(27, "合計 平等割", ("38,800円", 38800), ("44,500円", 44500), ("5,700円", 5700)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
