from kinds import amt, dur, fyr, trap, traps

DOC = "fukagawa_r4_kyodo_hojo"
# 深川市's page of its 協働のまちづくり事業補助金: the grants it paid in 令和4年度 (`令和4年度に補助した事業`), each body's
# `補助額`: `support` FY2022, traps (grants paid to one recipient: fresh13a, fresh11c); then the scheme's terms: caps
# `N万円を限度に` per year of a project (`限度` read as `上限`: fresh8a 国立市): `support`, at_most, min null, fy null (the
# scheme's standing terms, no year), traps. `2年以上継続して` durations 2..null, at_least (twice); `6年を限度` a
# duration null..6, at_most. `1年目`, `2,3年目`, `4年目以降` ordinals of time (GUIDE: `13回目`), no mentions; the
# fractions `2分の1`, `3分の1` no mentions; `音江第4町内会`, `3丁目` names. The list numbers `1.` `2.` `3.` no mentions.
S, FY = "support", 2022
G = "a grant paid to one recipient, not a programme's budget"
CAP = "a cap per project and year of the scheme, not a budget"
M = [
    dur(3, "2年", 2, "year", None, q=("at_least",)),
    fyr(4, "令和4年度", FY),
    trap(amt(6, "4万6千円", 46000, role=S, fy=FY), "音江第4町内会 補助額", G),
    trap(amt(8, "1万5千円", 15000, role=S, fy=FY), "深川フラワーマスターの会 補助額", G),
    trap(amt(10, "10万円", 100000, role=S, fy=FY), "3丁目「ふれあいサロン」 補助額", G),
    dur(15, "2年", 2, "year", None, q=("at_least",)),
    trap(amt(18, "10万円", None, 100000, role=S, q=("at_most",)), "1年目の限度額", CAP),
    trap(amt(19, "10万円", None, 100000, role=S, q=("at_most",)), "2,3年目の限度額", CAP),
    trap(amt(20, "5万円", None, 50000, role=S, q=("at_most",)), "4年目以降の限度額", CAP),
    dur(22, "6年", None, "year", 6, q=("at_most",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
