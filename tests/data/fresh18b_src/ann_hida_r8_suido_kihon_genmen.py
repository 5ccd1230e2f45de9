from kinds import amt, date, dur, fyr, trap, traps

DOC = "hida_r8_suido_kihon_genmen"
# 岐阜県飛騨市's 水道課 page (2026-02-03): the water base fee waived for three months as a price-relief measure (物価高騰対応
# 重点支援地方創生臨時交付金). `3か月間` in the breadcrumb, the title and the text, `3か月分` (three months' worth of the fee) and
# `1か月後` durations; `令和8年4・5・6月分` one date span 2026-04..2026-06 (a list of consecutive months read as the span it
# names; NEW, arguable: a reader could write three points). The base fee by meter size `1,100円` … `13,200円` under
# `(月/税込み)`: the relief one customer gets a month, `support`, per null (the header's `月` is not next to the cells:
# GUIDE's header rule; arguable: per month), fy null, traps (fresh's grant sizes per household; fresh10a's per-unit grant).
# The excess charges NOT waived `176円/m3`, `209円/m3`, `35円/m3`: tariff rates, `other`, traps (text the money, `/m3` a
# physical unit). `水道料金が0円` the resulting bill, `other`, a trap. `令和8年度当初予算` a fiscal year (no amount).
# `10m3`, `11m3~20m3`, `13・20mm` … physical units; list marks `1.` `2.`: no mentions.
S, O = "support", "other"
SZ = "the base fee waived for one customer a month by meter size (a relief size), not a budget row"
RT = "a tariff rate per m3 that is not waived, not a budget row"
M = [
    dur(2, "3か月間", 3, "month"), dur(3, "3か月間", 3, "month"),
    date(4, "2026年2月3日", "2026-02-03"),
    dur(6, "3か月間", 3, "month"),
    dur(13, "3か月分", 3, "month"),
    date(15, "令和8年4・5・6月", "2026-04", "2026-06"), dur(15, "1か月後", 1, "month"),
    trap(amt(20, "0円", 0, role=O), "使用水量10m3以下の場合の水道料金", "a resulting bill, not a budget row"),
    trap(amt(22, "1,100円", 1100, role=S), "一般用 13・20mm 基本料金 (減免額, 月)", SZ),
    trap(amt(23, "1,573円", 1573, role=S), "25mm 基本料金 (減免額, 月)", SZ),
    trap(amt(24, "2,684円", 2684, role=S), "30mm 基本料金 (減免額, 月)", SZ),
    trap(amt(25, "2,992円", 2992, role=S), "40mm 基本料金 (減免額, 月)", SZ),
    trap(amt(26, "6,952円", 6952, role=S), "50mm 基本料金 (減免額, 月)", SZ),
    trap(amt(27, "9,064円", 9064, role=S), "65mm 基本料金 (減免額, 月)", SZ),
    trap(amt(28, "10,956円", 10956, role=S), "75mm 基本料金 (減免額, 月)", SZ),
    trap(amt(29, "12,133円", 12133, role=S), "100mm 基本料金 (減免額, 月)", SZ),
    trap(amt(30, "13,200円", 13200, role=S), "公衆浴場 基本料金 (減免額, 月)", SZ),
    trap(amt(32, "176円", 176, role=O), "一般用 11m3~20m3 超過料金 (減免対象外)", RT),
    trap(amt(33, "209円", 209, role=O), "一般用 21m3~ 超過料金 (減免対象外)", RT),
    trap(amt(34, "35円", 35, role=O), "公衆浴場 超過料金 (減免対象外)", RT),
    fyr(36, "令和8年度", 2026),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
