from kinds import amt, trap, traps

DOC = "fukuoka_city_suido_ryokin"
# 福岡市水道局's tariff: 基本料金 by meter size (`13mm | 1,700円` …) and 従量料金 `(1m3につき)` by use and band (`17円`,
# `120円` …), `一時用 | 973円`, and the formulas' unit prices and fixed sums (`×155円+340円`): every figure a fee, `other`
# (fresh12b かすみがうら市's facility fees), per null (the GUIDE's per has no m3 and the page names no billing period for
# the basic charge), fy null (no year on the page), traps (a fee is never a row: fresh12b, fresh10a). Not mentions:
# `1.08` (a multiplier), meter sizes (`13mm`, bare `20`, `25` … in the size column), volumes in m3, band ordinals
# `第1段` …, `1円未満の端数は切り捨て` (a rounding unit: fresh6c), `(1m3につき)` (a rate marker).
O = "other"
BASE = ("基本料金 by meter size", "a fee charged to users, not a budget")
VOL = ("従量料金 per m3 in a band", "a fee charged to users, not a budget")
FORM = ("a unit price or fixed sum inside the tariff's formula", "a fee charged to users, not a budget")


def f(line: int, text: str, v: int, what: tuple[str, str]) -> dict:
    return trap(amt(line, text, v, role=O), *what)


M = [
    f(7, "1,700円", 1700, BASE), f(8, "2,660円", 2660, BASE), f(9, "6,220円", 6220, BASE), f(10, "21,840円", 21840, BASE),
    f(11, "42,200円", 42200, BASE), f(12, "119,400円", 119400, BASE), f(13, "258,400円", 258400, BASE),
    f(14, "638,000円", 638000, BASE), f(15, "1,022,000円", 1022000, BASE), f(16, "1,892,000円", 1892000, BASE),
    f(22, "17円", 17, VOL), f(23, "120円", 120, VOL), f(24, "155円", 155, VOL), f(25, "243円", 243, VOL),
    f(26, "284円", 284, VOL), f(27, "335円", 335, VOL), f(28, "387円", 387, VOL),
    f(29, "17円", 17, VOL), f(30, "175円", 175, VOL), f(31, "243円", 243, VOL), f(32, "335円", 335, VOL),
    f(33, "416円", 416, VOL), f(34, "497円", 497, VOL), f(35, "542円", 542, VOL),
    f(36, "17円", 17, VOL), f(37, "35円", 35, VOL), f(38, "44円", 44, VOL), f(39, "973円", 973, VOL),
    f(44, "17円", 17, FORM), f(44, "120円", 120, FORM),
    f(45, "155円", 155, FORM), f(45, "340円", 340, FORM), f(45, "155円", 155, FORM), f(45, "2,400円", 2400, FORM),
    f(46, "243円", 243, FORM), f(46, "3,440円", 3440, FORM), f(46, "243円", 243, FORM), f(46, "5,500円", 5500, FORM),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
