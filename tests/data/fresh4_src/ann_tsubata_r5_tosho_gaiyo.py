from kinds import amt, cnt, date, fyr, pct

DOC = "tsubata_r5_tosho_gaiyo"
# 津幡町 令和5年度 当初予算の概要 (title): the 一般会計 total and the 特別会計 total are budget FY2023, their 前年度比
# increases other; `4月開館` takes the budget year (2023-04); `令和5年2月末人口37,439人`: a date (末 dropped) and a
# count; the consumption-tax history gives two dates and two rates. Headings whose charts are not in the text
# carry no figure. No programme figure: no rows.
B, O, FY = "budget", "other", 2023
M = [
    fyr(1, "令和5年度", FY),
    fyr(9, "令和5年度", FY),
    amt(9, "9億6百万円", 906000000, role=O, fy=FY),
    pct(9, "6.6%", 6.6),
    amt(9, "145億4千1百万円", 14541000000, fy=FY),
    date(13, "4月", "2023-04"),
    date(27, "令和5年2月", "2023-02"),
    cnt(27, "37,439人", 37439, "人"),
    date(35, "平成26年4月", "2014-04"),
    pct(35, "8%", 8),
    date(35, "令和元年10月", "2019-10"),
    pct(35, "10%", 10),
    amt(39, "3億124万円", 301240000, role=O, fy=FY),
    pct(39, "4.7%", 4.7),
    amt(39, "67億6,722万円", 6767220000, fy=FY),
]
ROWS = []
NOT_ROWS = [
    dict(line=9, text="9億6百万円", value_yen=906000000, fy=FY, mention_role=O, what="一般会計 前年度比 増",
         reason="change of the total"),
    dict(line=9, text="145億4千1百万円", value_yen=14541000000, fy=FY, mention_role=B, what="一般会計予算 総額",
         reason="account total"),
    dict(line=39, text="3億124万円", value_yen=301240000, fy=FY, mention_role=O, what="特別会計 前年度比 増",
         reason="change of the total"),
    dict(line=39, text="67億6,722万円", value_yen=6767220000, fy=FY, mention_role=B, what="特別会計の当初予算総額",
         reason="total of the special accounts"),
]
