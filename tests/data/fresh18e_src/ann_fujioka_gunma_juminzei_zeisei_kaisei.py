from kinds import amt, date, pct, trap, traps

DOC = "fujioka_gunma_juminzei_zeisei_kaisei"
# 群馬県藤岡市's page on the 個人住民税 changes (給与所得控除 and 公的年金等控除 cut by 10万円): the bands of income and the
# deduction before and after the reform, flattened (a band's two ends often on two lines). Every amount is a band's end,
# a deduction, a deduction's cap or a term of a deduction's formula: `other`, per null, fy null (the page names no year
# for the reform: `改正前` / `改正後`), traps (fresh12b's income bands `other`). Bands: `以下` / `未満` at_most, `超` /
# `を超える` at_least (GUIDE); a closed band on ONE line (`130万円以上410万円未満`) one range, text without `未満`, no
# qualifier (fresh12b's `120万円以上210万円`); a band whose two ends stand on TWO lines (`162万5千円超` / `180万円以下`)
# two mentions, each with its own qualifier (NEW: each line holds a whole figure with its unit; a reader could join them).
# `上限額` caps (`195万円`, `195万5千円`) at_most, min null. A formula's rate is a percent and its added or subtracted
# yen an amount (`収入金額×40%-10万円` → 40 percent and 10万円; NEW: the rate is written with %, no fraction). The cut
# last line `330万` (no 円 stored) no mention; ages (`65歳未満`), `別表第5` no mentions.
O = "other"
BAND = "an income band's end (給与等 / 公的年金等の収入金額), not a budget"
DED = "a deduction (控除額) or a term of its formula, not a budget"


def b(line: int, text: str, lo: int | None, hi: int | None, what: str, q: tuple[str, ...] = ()) -> dict:
    return trap(amt(line, text, lo, hi, role=O, q=q), what, BAND)


def d(line: int, text: str, v: int, what: str) -> dict:
    return trap(amt(line, text, v, role=O), what, DED)


def le(line: int, text: str, v: int, what: str) -> dict:
    return b(line, text, None, v, what, ("at_most",))


def gt(line: int, text: str, v: int, what: str) -> dict:
    return b(line, text, v, None, what, ("at_least",))


def cap(line: int, text: str, v: int, what: str) -> dict:
    return trap(amt(line, text, None, v, role=O, q=("at_most",)), what, "a cap of a deduction, not a budget")


def formula(line: int, rate: float, pre: tuple[str, int], post: tuple[str, int], band: str) -> list[dict]:
    r = f"{rate:g}%"
    return [pct(line, r, rate), pct(line, r, rate), d(line, pre[0], pre[1], f"{band} 控除額(改正前) 加算額"),
            d(line, post[0], post[1], f"{band} 控除額(改正後) 加算・減算額")]


M = [
    date(2, "2021年12月01日", "2021-12-01"),
    d(4, "10万円", 100000, "給与所得控除額 一律引下げ"),
    b(5, "850万円", 8500000, 8500000, "給与所得控除が適用される給与等収入金額 (上限)"),
    cap(5, "195万円", 1950000, "給与所得控除の上限額"),
    le(8, "162万5千円", 1625000, "給与 第1段"), d(8, "65万円", 650000, "給与 第1段 改正前"),
    d(8, "55万円", 550000, "給与 第1段 改正後"),
    gt(9, "162万5千円", 1625000, "給与 第2段 下端"), le(10, "180万円", 1800000, "給与 第2段 上端"),
    pct(11, "40%", 40), pct(11, "40%", 40), d(11, "10万円", 100000, "給与 第2段 改正後 減算額"),
    gt(12, "180万円", 1800000, "給与 第3段 下端"), le(13, "360万円", 3600000, "給与 第3段 上端"),
    *formula(14, 30, ("18万円", 180000), ("8万円", 80000), "給与 第3段"),
    gt(15, "360万円", 3600000, "給与 第4段 下端"), le(16, "660万円", 6600000, "給与 第4段 上端"),
    *formula(17, 20, ("54万円", 540000), ("44万円", 440000), "給与 第4段"),
    gt(18, "660万円", 6600000, "給与 第5段 下端"), le(19, "850万円", 8500000, "給与 第5段 上端"),
    *formula(20, 10, ("120万円", 1200000), ("110万円", 1100000), "給与 第5段"),
    gt(21, "850万円", 8500000, "給与 第6段 下端"), le(22, "1,000万円", 10000000, "給与 第6段 上端"),
    d(23, "195万円", 1950000, "給与 第6段 控除額"),
    gt(24, "1,000万円", 10000000, "給与 第7段"), d(24, "220万円", 2200000, "給与 第7段 控除額"),
    le(25, "660万円", 6600000, "給与等の収入金額 (別表第5による範囲)"),
    d(27, "10万円", 100000, "公的年金等控除額 一律引下げ"),
    gt(28, "1,000万円", 10000000, "公的年金等以外の所得金額"), d(28, "10万円", 100000, "さらなる引下げ"),
    gt(28, "2,000万円", 20000000, "公的年金等以外の所得金額"), d(28, "20万円", 200000, "さらなる引下げ"),
    gt(29, "1,000万円", 10000000, "公的年金等の収入金額"), cap(29, "195万5千円", 1955000, "公的年金等控除の上限額"),
    le(32, "130万円", 1300000, "年金 65歳未満 第1段"), d(32, "70万円", 700000, "年金 第1段 改正前"),
    d(32, "60万円", 600000, "年金 第1段 改正後"),
    b(33, "130万円以上410万円", 1300000, 4100000, "年金 第2段"),
    *formula(34, 25, ("37万5千円", 375000), ("27万5千円", 275000), "年金 第2段"),
    b(35, "410万円以上770万円", 4100000, 7700000, "年金 第3段"),
    *formula(35, 15, ("78万5千円", 785000), ("68万5千円", 685000), "年金 第3段"),
    b(36, "770万円以上1,000万円", 7700000, 10000000, "年金 第4段"),
    *formula(36, 5, ("155万5千円", 1555000), ("145万5千円", 1455000), "年金 第4段"),
    gt(37, "1,000万円", 10000000, "年金 第5段"), d(37, "195万5千円", 1955000, "年金 第5段 控除額"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
