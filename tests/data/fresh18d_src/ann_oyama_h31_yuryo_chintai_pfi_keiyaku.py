from kinds import amt, date, dur, trap, traps

DOC = "oyama_h31_yuryo_chintai_pfi_keiyaku"
# 静岡県小山町's page on the contract of its 落合地域優良賃貸住宅整備事業 (PFI), published under PFI法第15条第3項.
# `契約金額 1,048,283,223円(消費税及び地方消費税の額を含む)`: the contract price over 30 years, `other`, fy null, a trap
# (fresh14c, fresh5a: contract figures). `平成31年3月19日(議決日)から平成62年(2050年)6月30日まで`: two points; the end is
# one date written twice (era and Gregorian together, GUIDE), `平成62年` counted on as the page writes it (2050).
# `30年間` a duration. `平成11年法律第117号`, `第15条第3項`, `第55条`, `(1)`, `(2)`, addresses (`54番1`, `109番地の1`): no
# mentions. The page's navigation line and the contract's clauses are kept as stored.
M = [
    date(3, "平成31年3月19日", "2019-03-19"),
    date(9, "平成31年3月19日", "2019-03-19"), date(9, "平成62年(2050年)6月30日", "2050-06-30"),
    dur(11, "30年間", 30, "year"),
    trap(amt(13, "1,048,283,223円", 1048283223, role="other"), "小山町落合地域優良賃貸住宅整備事業 契約金額 (税込)",
         "the price of a 30-year PFI contract, not a budget"),
    date(16, "平成31年3月6日", "2019-03-06"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
