from kinds import amt, date, fyr, trap, traps

DOC = "manabou_2024_kyuto_shoene"
# A builder's explanation (manabou.homeskun.com) of 経済産業省's 給湯省エネ2024事業 (one programme), its grant per water
# heater. No programme budget on the page: every amount `support`, per null (`/台` is no GUIDE per), traps, no row.
# fy 2023 on every grant: line 2's `令和5年度補正予算に盛り込まれた…事業` heads the terms (fresh23a: a `平成27年度…補助金`
# label gives its year to the terms under it; fresh24d's 蟹江町). `最大20万円` at_most, min null; the table's `基本額:8万円/台`
# and `A要件:10万円/台`, `B要件:12万円/台`, `…:13万円/台` plain values (no cap word next to them). `令和5年11月2日以降`
# 2023-11-02..null at_least. Names with `2024` (`給湯省エネ2024事業`, `住宅省エネ2024キャンペーン`), `CO2`, `A要件`, `B要件`
# are no mentions.
SU, FY = "support", 2023
M = [
    fyr(2, "令和5年度", FY),
    trap(amt(3, "20万円", None, 200000, role=SU, fy=FY, q=("at_most",)), "最大20万円の補助", "a cap per water heater"),
    date(5, "令和5年11月2日", "2023-11-02", None, q=("at_least",)),
] + [trap(amt(12, t, v, role=SU, fy=FY), w, "a grant per water heater") for t, v, w in (
    ("8万円", 80000, "エコキュート 基本額"), ("10万円", 100000, "エコキュート A要件"),
    ("12万円", 120000, "エコキュート B要件"), ("13万円", 130000, "エコキュート AおよびB要件"))]
ROWS: list = []
NOT_ROWS = traps(M)
