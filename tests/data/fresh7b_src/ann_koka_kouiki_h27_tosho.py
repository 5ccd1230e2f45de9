from kinds import amt, fyr, pct

DOC = "koka_kouiki_h27_tosho"
# 甲賀広域行政組合 (滋賀県; its 平成27年度 一般会計 当初予算説明書, p.1): a 一部事務組合's initial budget. Title
# `平成 27 年度`: every amount FY2015. Figures are written with spaces inside (`33 億 4,079 万 5 千円`) and some run over
# a line break (`3 億 9,042` / `万 3 千円`, `12 億 25 万` / `円`): text is the part on the starting line, the value the
# whole figure's (GUIDE). The total is the one budget trap; its change `1 億 2,200 万 6 千円` other; revenues by 款
# (負担金, 使用料及び手数料, 国庫支出金), their changes and the bonds (衛生債, 消防債) other; the expenditure by
# function (消防費, 衛生費, 公債費, 総務費) other (fresh's split by function). No row (no programme has its figure).
# The ten-year column `H18年度` … `H27年度` holds fiscal years (era abbreviations in a column, GUIDE), its cells and
# the 款 cells under `(単位:千円)` are bare numbers (no mention). `(103.79%)`, `(102.34%)` percents (growth ratios).
B, O, FY = "budget", "other", 2015
M = [
    fyr(2, "平成 27 年度", FY), fyr(2, "2015 年度", FY),
    fyr(5, "平成 27 年度", FY),
    fyr(6, "平成 27 年度", FY), amt(6, "33 億 4,079 万 5 千円", 3340795000, role=B, fy=FY),
    amt(7, "1 億 2,200 万 6 千円", 122006000, role=O, fy=FY), pct(7, "103.79%", 103.79),
    *[fyr(9 + i, f"H{18 + i}年度", 2006 + i) for i in range(10)],
    amt(29, "27 億 8,118 万 7 千円", 2781187000, role=O, fy=FY),
    pct(30, "83.25%", 83.25), amt(30, "3 億 9,042", 390423000, role=O, fy=FY),
    pct(31, "11.69%", 11.69),
    amt(32, "6,359 万 8 千円", 63598000, role=O, fy=FY), pct(32, "102.34%", 102.34),
    amt(33, "1,162 万円", 11620000, role=O, fy=FY),
    amt(34, "249 万 6 千円", 2496000, role=O, fy=FY),
    amt(35, "660 万円", 6600000, role=O, fy=FY),
    amt(36, "4,760 万円", 47600000, role=O, fy=FY), amt(36, "110 万円", 1100000, role=O, fy=FY),
    amt(36, "8,030 万円", 80300000, role=O, fy=FY),
    amt(37, "5,640 万円", 56400000, role=O, fy=FY),
    amt(54, "16 億 8,128 万 8 千円", 1681288000, role=O, fy=FY),
    pct(55, "50.32%", 50.32), amt(55, "12 億 25 万", 1200250000, role=O, fy=FY),
    pct(56, "35.93%", 35.93), amt(56, "3 億 5,606 万 5 千円", 356065000, role=O, fy=FY),
    pct(57, "10.66%", 10.66), amt(57, "9,901 万 4 千円", 99014000, role=O, fy=FY), pct(57, "2.96%", 2.96),
]
_W = {
    (6, "33 億 4,079 万 5 千円"): ("一般会計当初予算 総額", "account total"),
    (7, "1 億 2,200 万 6 千円"): ("前年度当初予算と比較して増額", "change"),
    (29, "27 億 8,118 万 7 千円"): ("構成市からの負担金", "revenue"),
    (30, "3 億 9,042"): ("使用料及び手数料", "revenue"),
    (32, "6,359 万 8 千円"): ("負担金 増", "change of a revenue"),
    (33, "1,162 万円"): ("国庫支出金", "revenue"),
    (34, "249 万 6 千円"): ("手数料 減", "change of a revenue"),
    (35, "660 万円"): ("県支出金 減", "change of a revenue"),
    (36, "4,760 万円"): ("衛生債", "revenue (bonds)"),
    (36, "110 万円"): ("衛生債 減", "change"),
    (36, "8,030 万円"): ("消防債", "revenue (bonds)"),
    (37, "5,640 万円"): ("消防債 増", "change"),
    (54, "16 億 8,128 万 8 千円"): ("消防費", "split by function"),
    (55, "12 億 25 万"): ("衛生費", "split by function"),
    (56, "3 億 5,606 万 5 千円"): ("公債費", "split by function"),
    (57, "9,901 万 4 千円"): ("総務費", "split by function"),
}
ROWS: list = []
NOT_ROWS = [dict(line=ln, text=t, value_yen=next(r["min"] for r in M if r["line"] == ln and r["text"] == t), fy=FY,
                 mention_role=next(r["role"] for r in M if r["line"] == ln and r["text"] == t), what=w, reason=why)
            for (ln, t), (w, why) in _W.items()]
