from kinds import amt, cnt, date, pct, rank, trap, traps

DOC = "wakayama_h22_seiji_shikin_kohyo"
# 和歌山新報's report of 和歌山県選挙管理委員会 publishing the 平成22年分 政治資金収支報告書: totals, parties' income, items
# of income and expense with their changes (`8・1%`: the paper's `・` decimal point, 8.1). Every amount is a political
# body's money of 2010 (平成22年分, calendar-year accounts): `other`, fy 2010, a trap. `平成22年分` a date 2010 (a
# calendar year, not a 年度); `21年`, `22年` era-less: no mentions; `29日` a date 2011 (calls28: the reports' publication year);
# `前年比1・5減` (points, no unit) and `3倍以上` (a multiple) no mentions; `5位`, `2位` ranks.
O, Y = "other", 2010


def T(r: dict) -> dict:
    return trap(r, "a political body's settled income / expense (政治資金収支報告)",
                "political funds of the report's year, no programme's budget")


M = [
    date(2, "29日", "2011"),  # calls28: the 平成22年分 reports are published in 2011
    pct(1, "8.1%", 8.1),
    date(2, "平成22年分", "2010"),
    T(amt(2, "18億9877万円", 1898770000, role=O, fy=Y)), pct(2, "8・1%", 8.1),
    T(amt(2, "13億1690万円", 1316900000, role=O, fy=Y)), pct(2, "6・7%", 6.7),
    cnt(3, "727団体", 727, "団体"), cnt(3, "674団体", 674, "団体"), pct(3, "92・7%", 92.7), cnt(3, "2団体", 2, "団体"),
    T(amt(4, "10億8491万円", 1084910000, role=O, fy=Y)), pct(4, "1・3%", 1.3),
    T(amt(4, "1億123万円", 101230000, role=O, fy=Y)),
    T(amt(4, "5億290万円", 502900000, role=O, fy=Y)), pct(4, "0・2%", 0.2),
    T(amt(4, "3億3668万円", 336680000, role=O, fy=Y)), pct(4, "1・7%", 1.7),
    T(amt(4, "1億4798万円", 147980000, role=O, fy=Y)), pct(4, "6・1%", 6.1),
    T(amt(4, "8421万円", 84210000, role=O, fy=Y)), pct(4, "2・6%", 2.6),
    T(amt(4, "1312万円", 13120000, role=O, fy=Y)), pct(4, "12・4%", 12.4),
    T(amt(4, "8億1090万円", 810900000, role=O, fy=Y)), pct(4, "5・3%", 5.3),
    T(amt(4, "4876万円", 48760000, role=O, fy=Y)), pct(4, "71・5%", 71.5),
    T(amt(4, "1620万円", 16200000, role=O, fy=Y)), pct(4, "71・2%", 71.2),
    T(amt(4, "8億1386万円", 813860000, role=O, fy=Y)),
    T(amt(4, "5億599万円", 505990000, role=O, fy=Y)),
    rank(4, "5位", 5), rank(4, "2位", 2),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
