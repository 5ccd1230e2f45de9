from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "minato_h9_zaisei_kozo_kaikaku_adeac"
# 東京都港区's history (its 区史 on adeac.jp, page 83 of 407) of its 財政構造改革指針 of 平成九年一月: cut the general-revenue
# spending by `四〇億円、三九億円、三八億円` in 平成九、一〇、一一年度 to close the shortfall, and cut about 400 staff in ten
# years (421 reached, 360 more in the second round). Kanji numerals throughout (GUIDE: kanji numerals count; `一一` is 11,
# `四〇` 40). The three planned cuts are `other` (a reform's savings: fresh13b), each with its year (fy 1997, 1998, 1999:
# the years written in the same order before them), traps. `平成九、一〇、一一年度`: one fiscal-year mention `平成九`
# (1997); the era-less `一〇` and `一一年度` of the list no mentions but setting the cuts' fy (audit: fresh11b/fresh13b's
# era-less years, only a range's second end taking the first end's era; as this set's 上三川町 `23年度は` and 枚方市
# `12年`); `平成九年度から一一年度まで` two points, the second taking the first's era (fresh13b's audit); `同一一年度` a fiscal
# year (`同` = the same era, written).
# `平成九年一月` a date; `三年間`, `一〇年間` durations; `約四〇〇人`, `四二一人`, `三六〇人` counts; `83 ~ 83 / 407ページ`
# page numbers; `第二次` an ordinal.
O = "other"
R = "a reform's planned cut of a year's spending, not a budget"
M = [
    date(3, "平成九年一月", "1997-01"), fyr(3, "平成九年度", 1997), fyr(3, "一一年度", 1999), dur(3, "三年間", 3, "year"),
    fyr(4, "平成九", 1997),
    trap(amt(4, "四〇億円", 4000000000, role=O, fy=1997), "財政構造改革 平成9年度 一般財源等充当経費の削減", R),
    trap(amt(4, "三九億円", 3900000000, role=O, fy=1998), "財政構造改革 平成10年度 一般財源等充当経費の削減", R),
    trap(amt(4, "三八億円", 3800000000, role=O, fy=1999), "財政構造改革 平成11年度 一般財源等充当経費の削減", R),
    fyr(4, "一一年度", 1999),
    dur(4, "一〇年間", 10, "year"), cnt(4, "四〇〇人", 400, "人", q=("approx",)), cnt(4, "四二一人", 421, "人"),
    cnt(4, "三六〇人", 360, "人"),
]
ROWS: list = []
NOT_ROWS = traps(M)
