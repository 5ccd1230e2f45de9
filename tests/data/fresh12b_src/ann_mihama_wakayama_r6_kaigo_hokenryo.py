from kinds import amt, date, dur, fyr, trap, traps

DOC = "mihama_wakayama_r6_kaigo_hokenryo"
# 和歌山県美浜町's 介護保険料 table for 令和6年度から令和8年度まで: each `保険料(年額)` cell is what a resident of that band
# PAYS a year: `other` (a charge on residents, as a fee; the GUIDE's `other`), per `year` (the header's `(年額)` reaches its
# cells; NEW, arguable), fy null (the figure holds for each of three fiscal years: a span, as totals over years keep fy
# null; arguable: 2024). The income bands are conditions on the payer: `other`, per null, fy null (as fresh10a's
# `年商10億円未満`): `80万円以下` (at_most), `120万円を超える` (at_least), `120万円未満` (at_most), and the closed bands
# `80万円を超え120万円以下`, `120万円以上210万円未満` read as ONE range each, no qualifier (GUIDE's closed range; as earlier
# `1千万円以上5億円`). All traps. `平成12年4月` a date; `3年毎` a duration of 3 years (the period of revision, NEW,
# arguable); `令和6年度から令和8年度まで` two fiscal-year points (GUIDE `XからYまで`); `3年間` a duration. The rates
# `基準額×0.285` and the band names `第1段階` are no mentions.
O = "other"
t = trap


PREM = "a yearly premium a resident pays (other), no budget"
LIM = "an income band of the payer (other), no budget"


def prem(line: int, text: str, value: int, band: str) -> dict:
    return t(amt(line, text, value, role=O, per="year"), f"介護保険料(年額) {band}", PREM)


def lim(line: int, text: str, lo: int | None, hi: int | None, band: str, q: tuple[str, ...] = ()) -> dict:
    return t(amt(line, text, lo, hi, role=O, q=q), f"{band} 課税年金収入額と合計所得金額の合計 / 前年の合計所得金額", LIM)


M = [
    date(2, "平成12年4月", "2000-04"), dur(2, "3年", 3, "year"),
    fyr(3, "令和6年度", 2024), fyr(3, "令和8年度", 2026), dur(3, "3年間", 3, "year"),
    prem(6, "20,520円", 20520, "第1段階"),
    lim(7, "80万円", None, 800000, "第1段階", ("at_most",)),
    prem(8, "34,920円", 34920, "第2段階"),
    lim(8, "80万円を超え120万円", 800000, 1200000, "第2段階"),
    prem(9, "49,320円", 49320, "第3段階"),
    lim(9, "120万円", 1200000, None, "第3段階", ("at_least",)),
    prem(10, "64,800円", 64800, "第4段階"),
    lim(10, "80万円", None, 800000, "第4段階", ("at_most",)),
    prem(11, "72,000円", 72000, "第5段階(基準額)"),
    lim(11, "80万円", 800000, None, "第5段階", ("at_least",)),
    prem(12, "86,400円", 86400, "第6段階"),
    lim(12, "120万円", None, 1200000, "第6段階", ("at_most",)),
    prem(13, "93,600円", 93600, "第7段階"),
    lim(13, "120万円以上210万円", 1200000, 2100000, "第7段階"),
    prem(14, "108,000円", 108000, "第8段階"),
    lim(14, "210万円以上320万円", 2100000, 3200000, "第8段階"),
    prem(15, "122,400円", 122400, "第9段階"),
    lim(15, "320万円以上420万円", 3200000, 4200000, "第9段階"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
