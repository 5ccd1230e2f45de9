from kinds import amt, cnt, dur, fyr, trap, traps

DOC = "tottori_h19_tokua_mai"
# 鳥取県's budget-database sheet, 平成19年度, とっとり米「特Aランク」取得支援事業, 課長調整2 stage: only an ADJUSTMENT
# (`事業費調整要求額207千円`, its 課長査定 `計上額:207千円`) is written with a unit; the programme's own figures (既査定額
# `1,094`, after adjustment `1,301`) are bare cells under `(単位:千円)`: no mentions, so NO row (fresh26b: no row from a
# bare cell; the adjustment is a part, as tottori_h19_seisan_shinko). `トータルコスト要求額` `other`. The formula lines as
# in seisan_shinko (`月額 130千円` and `15千円×12月` per month, `12月` durations).
O, FY = "other", 2007


def o(line: int, text: str, v: int, per: str | None = None) -> dict:
    return amt(line, text, v, role=O, fy=FY, per=per)


M = [
    fyr(1, "平成19年度", FY),
    trap(o(5, "11,963千円", 11963000), "トータルコスト要求額", "a cost measure adding staff cost"),
    trap(o(6, "207千円", 207000), "事業費調整要求額", "an adjustment adding a part to the programme"),
    trap(o(7, "207千円", 207000), "調整の課長査定 計上額", "the assessed adjustment, a part of the programme"),
    fyr(10, "平成19年度", FY), cnt(11, "1名", 1, "名"), cnt(12, "0.10人役", 0.10, "人役"),
    trap(o(13, "2,063千円", 2063000), "非常勤1人の年額", "a unit cost in the formula"),
    o(13, "207千円", 207000),
    o(14, "1,805千円", 1805000), o(14, "130千円", 130000, per="month"), dur(14, "12月", 12, "month"),
    o(14, "1,560千円", 1560000), o(14, "31千円", 31000), o(14, "34千円", 34000), o(14, "65千円", 65000),
    o(14, "15千円", 15000, per="month"), dur(14, "12月", 12, "month"), o(14, "180千円", 180000),
    o(14, "258千円", 258000), o(14, "1,805千円", 1805000),
]
ROWS: list = []
NOT_ROWS = traps(M)
