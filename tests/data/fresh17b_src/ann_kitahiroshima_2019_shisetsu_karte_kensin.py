from kinds import amt, cnt, date, dur, fyr, pct, trap, traps

DOC = "kitahiroshima_2019_shisetsu_karte_kensin"
# 北広島市 (北海道)'s 公共施設カルテ, made for its 個別施設計画, as 北海道建設新聞 reports it on e-kensin.net (2019-10-11): the
# cost of rebuilding all 116 facilities (`254億6630万8000円`, the headline's rounded `255億円`) and of the five dearest
# (`21億800万円` …), and one hall's running cost in FY2017 (`17年度にかかった施設維持・運営費は7994万4000円`). The rebuild
# costs are estimates: `other`, fy null, traps (brief; fresh13b). The running cost is a settled cost of FY2017: `other`,
# fy 2017 (the era-less `17年度` gives its figure's fy though it is no mention: fresh13b, fresh11b), a trap. `2017年度`,
# `1997年度` fiscal years; the two-digit `17年度`, `86年度`, `74年度`, `97年度`, `05年度`, `16年度` no mentions (fresh16a).
# `116施設` (twice), `18分野` counts; `42%` a percent; `今後10年間` a duration; `2019年10月11日` the page's date (`07時00分` a
# clock time, no kind). Floors (`4階`, `2階`, `3階`: earlier sets' floors) and areas (`延べ5270m²`) no mentions.
O = "other"
R = "an estimated cost of rebuilding a facility (公共施設カルテ for the 個別施設計画), no budget"
M = [
    cnt(1, "116施設", 116, "施設"),
    trap(amt(1, "255億円", 25500000000, role=O), "116施設を全て建て替えた場合の費用 (見出し)", R),
    date(2, "2019年10月11日", "2019-10-11"),
    cnt(3, "116施設", 116, "施設"),
    trap(amt(3, "254億6630万8000円", 25466308000, role=O), "116施設を全て建て替えた場合の費用", R),
    cnt(4, "18分野", 18, "分野"),
    fyr(5, "2017年度", 2017),
    trap(amt(6, "21億800万円", 2108000000, role=O), "芸術文化ホール 建て替え費用", R),
    fyr(6, "1997年度", 1997), pct(6, "42%", 42),
    trap(amt(6, "7994万4000円", 79944000, role=O, fy=2017), "芸術文化ホール 17年度の施設維持・運営費",
         "a settled running cost of one facility in one past year, no budget"),
    trap(amt(7, "19億4148万円", 1941480000, role=O), "総合体育館 建て替え費用", R),
    trap(amt(7, "18億5320万円", 1853200000, role=O), "広葉交流センター・旧校舎 建て替え費用", R),
    trap(amt(8, "16億4960万円", 1649600000, role=O), "図書館 建て替え費用", R),
    trap(amt(8, "10億2320万円", 1023200000, role=O), "ふれあい学習センター 建て替え費用", R),
    dur(9, "10年間", 10, "year"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
