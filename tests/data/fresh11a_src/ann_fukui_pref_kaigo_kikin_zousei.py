from kinds import amt, date, fyr

DOC = "fukui_pref_kaigo_kikin_zousei"
# 福井県's page of its 地域医療介護総合確保基金 (介護分): the fund's funding by year (`造成`, lines 20-26), each with its
# national share `(うち国費分 N円)`. A fund's yearly funding is money put into the fund, settled: `other`, fy the year
# written on the line or above it (平成28年度's two parts, 通常分 and 経済対策分, on the lines under it), traps (NEW,
# arguable: a reader could read a fund's yearly funding as the programme's budget of the year, a row; the earlier
# sets read fund deposits as settled (`other`) unless they are items of a budget). The national shares are parts
# (`うち` is not `の内数`: no qualifier), `other`, traps. The plans `●平成26年度福井県計画` … `●令和元年度福井県計画` are
# fiscal years (a plan's year, not a quoted title; NEW, arguable). `2025年を目途に` a date (no qualifier: 目途 is none
# of the GUIDE's); `2018年3月29日` the update date; `75歳以上` an age; `ページID 033973`, list marks: no mentions.
# `令和 元年度` keeps the stored space.
O = "other"
M = [
    date(2, "2018年3月29日", "2018-03-29"), date(4, "2025年", "2025"),
    fyr(13, "平成26年度", 2014), fyr(14, "平成27年度", 2015), fyr(15, "平成28年度", 2016), fyr(16, "平成29年度", 2017),
    fyr(17, "平成30年度", 2018), fyr(18, "令和元年度", 2019),
    fyr(20, "平成27年度", 2015), amt(20, "808,268,000円", 808268000, role=O, fy=2015),
    amt(20, "538,845,000円", 538845000, role=O, fy=2015),
    fyr(21, "平成28年度", 2016),
    amt(22, "1,140,068,000円", 1140068000, role=O, fy=2016), amt(22, "760,045,000円", 760045000, role=O, fy=2016),
    amt(23, "723,301,000円", 723301000, role=O, fy=2016), amt(23, "482,201,000円", 482201000, role=O, fy=2016),
    fyr(24, "平成29年度", 2017), amt(24, "452,521,000円", 452521000, role=O, fy=2017),
    amt(24, "301,680,000円", 301680000, role=O, fy=2017),
    fyr(25, "平成30年度", 2018), amt(25, "65,400,000円", 65400000, role=O, fy=2018),
    amt(25, "43,600,000円", 43600000, role=O, fy=2018),
    fyr(26, "令和 元年度", 2019), amt(26, "362,783,000円", 362783000, role=O, fy=2019),
    amt(26, "241,855,000円", 241855000, role=O, fy=2019),
]
ROWS: list[dict] = []
W = {20: "平成27年度 造成", 22: "平成28年度 造成 通常分", 23: "平成28年度 造成 経済対策分", 24: "平成29年度 造成",
     25: "平成30年度 造成", 26: "令和元年度 造成"}
NOT_ROWS = []
for r in [x for x in M if x["kind"] == "amount"]:
    first = not any(n["line"] == r["line"] for n in NOT_ROWS)
    NOT_ROWS.append(dict(line=r["line"], text=r["text"], value_yen=r["min"], fy=r["fy"], mention_role=O,
                         what=W[r["line"]] + ("" if first else " うち国費分"),
                         reason="money put into the fund (a settled deposit), not a budget" if first else
                         "the national share of the fund's funding (a part of a deposit)"))
