from kinds import amt, cnt, date, fyr, pct

DOC = "kurume_r5_kessan"
# 福岡県久留米市, its 広報 (令和6年11月1日号) 令和5年度決算報告. A SETTLEMENT: the 一般会計's settled 歳入 / 歳出 (twice,
# once as `総額:N円` headings), the changes from 令和4年度 (approx where `約`), the 差引 and 実質収支, the year-end
# balances of bonds and funds and their changes, and the ten 特別会計's settled totals and 実質収支 are other FY2023
# (the article's 令和5年度; a balance `令和5年度末で221億円` too). All traps; no row. `13回の補正予算` is a count (13
# supplementaries of the year), `全10会計` a count; `令和6年度への繰り越し` a fiscal_year (2024) with no amount of its
# own; `10月18日` the session's last day in the year (2024); phone and fax numbers no mention.
O, FY = "other", 2023
A = ("approx",)
M = [
    fyr(1, "令和5年度", FY), date(1, "10月18日", "2024-10-18"),
    amt(4, "1,507億1,473万円", 150714730000, role=O, fy=FY),
    amt(6, "1,495億7,048万円", 149570480000, role=O, fy=FY),
    fyr(9, "令和5年度", FY), cnt(9, "13回", 13, "回"),
    amt(10, "1507億1473万円", 150714730000, role=O, fy=FY), fyr(10, "令和4年度", 2022),
    amt(10, "41億1026万円", 4110260000, role=O, fy=FY, q=A), pct(10, "2.8%", 2.8),
    amt(10, "1495億7048万円", 149570480000, role=O, fy=FY),
    amt(10, "42億3276万円", 4232760000, role=O, fy=FY, q=A), pct(10, "2.9%", 2.9),
    amt(10, "11億4425万円", 1144250000, role=O, fy=FY), fyr(10, "令和6年度", 2024),
    amt(10, "7億7013万円", 770130000, role=O, fy=FY),
    amt(12, "1273億円", 127300000000, role=O, fy=FY), fyr(12, "令和4年度", 2022),
    amt(12, "40億円", 4000000000, role=O, fy=FY, q=A), fyr(12, "令和5年度", FY),
    amt(12, "221億円", 22100000000, role=O, fy=FY), amt(12, "13億円", 1300000000, role=O, fy=FY, q=A),
    cnt(15, "10会計", 10, "会計"),
    amt(15, "1024億9199万円", 102491990000, role=O, fy=FY), amt(15, "1004億4327万円", 100443270000, role=O, fy=FY),
    amt(15, "20億4272万円", 2042720000, role=O, fy=FY),
]
ROWS: list = []
_W = {"1,507億1,473万円": ("一般会計 歳入総額", "settlement"), "1,495億7,048万円": ("一般会計 歳出総額", "settlement"),
      "1507億1473万円": ("一般会計の歳入", "settlement"), "41億1026万円": ("歳入 令和4年度からの増", "change"),
      "1495億7048万円": ("歳出", "settlement"), "42億3276万円": ("歳出の増", "change"),
      "11億4425万円": ("歳入歳出差引", "settlement: balance"), "7億7013万円": ("実質収支", "settlement: balance"),
      "1273億円": ("市債の残高", "debt balance"), "40億円": ("市債残高の減", "change"), "221億円": ("基金残高 (令和5年度末)", "fund balance"),
      "13億円": ("基金残高の減", "change"), "1024億9199万円": ("特別会計 歳入計", "settlement"),
      "1004億4327万円": ("特別会計 歳出計", "settlement"), "20億4272万円": ("全特別会計の実質収支", "settlement: balance")}
NOT_ROWS = [dict(line=r["line"], text=r["text"], value_yen=r["min"], fy=FY, mention_role=O, what=_W[r["text"]][0],
                 reason=_W[r["text"]][1]) for r in M if r["kind"] == "amount"]
