from kinds import amt, cnt, fyr

DOC = "iwaki_h26_tosho_point"
# いわき市 平成26年度 当初予算のポイント: the PDF's text layer stored as ONE line (spaces inside the figures as
# stored: `631 億 3,795 万 5 千円`). The two themes' totals and their split by account are budget FY2014 (traps:
# groups of accounts, not programmes). The ⑶ table: targets (`30 億円以上`, `…以下`, for the ends of FY2015 and
# FY2020 per its note: fy null) and the FY2014 year-end estimates (fund and bond balances, per citizen): other.
# `4 年目` is an ordinal of time (no mention); `3 点` is a count.
B, O, FY = "budget", "other", 2014
M = [
    fyr(1, "平成26年度", FY),
    fyr(1, "平成 26 年度", FY),
    cnt(1, "3 点", 3, "点"),
    amt(1, "631 億 3,795 万 5 千円", 63137955000, role=B, fy=FY),
    amt(1, "416 億 5,438 万 2 千円", 41654382000, role=B, fy=FY),
    amt(1, "172 億 9,057 万 8 千円", 17290578000, role=B, fy=FY),
    amt(1, "41 億 9,299 万 5 千円", 4192995000, role=B, fy=FY),
    amt(1, "172 億 5,279 万 9 千円", 17252799000, role=B, fy=FY),
    amt(1, "172 億 5,279 万 9 千円", 17252799000, role=B, fy=FY),
    fyr(1, "平成 26 年度", FY),
    amt(1, "30 億円", 3000000000, None, role=O, q=("at_least",)),
    amt(1, "74 億円", 7400000000, role=O, fy=FY, q=("approx",)),
    amt(1, "970 億 9,576 万円", None, 97095760000, role=O, q=("at_most",)),
    amt(1, "725 億 6,305 万 6 千円", 72563056000, role=O, fy=FY),
    amt(1, "28 万 4 千円", None, 284000, role=O, q=("at_most",)),
    amt(1, "22 万 3 千円", 223000, role=O, fy=FY),
    fyr(1, "平成 27 年度", 2015),
    fyr(1, "平成 32 年度", 2020),
]
ROWS: list[dict] = []
_G = "a theme's total or its share by account (一般会計/特別会計/企業会計), not a programme"
NOT_ROWS = [
    *[dict(line=1, text=t, value_yen=v, fy=FY, mention_role=B, what=w, reason=_G) for t, v, w in [
        ("631 億 3,795 万 5 千円", 63137955000, "⑴ 復興に対応した予算"), ("416 億 5,438 万 2 千円", 41654382000, "⑴ 一般会計"),
        ("172 億 9,057 万 8 千円", 17290578000, "⑴ 特別会計"), ("41 億 9,299 万 5 千円", 4192995000, "⑴ 企業会計"),
        ("172 億 5,279 万 9 千円", 17252799000, "⑵ まちづくりの推進に対応した予算 / 一般会計")]],
    dict(line=1, text="74 億円", value_yen=7400000000, fy=FY, mention_role=O, what="財政調整基金残高 見込",
         reason="fund balance"),
    dict(line=1, text="725 億 6,305 万 6 千円", value_yen=72563056000, fy=FY, mention_role=O, what="市債残高 見込",
         reason="debt balance"),
]
