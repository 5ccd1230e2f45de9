from kinds import amt, cnt, date, fyr, trap, traps

DOC = "vietnam_emb_2015_enshakan_kokan_kobun"
# 在ベトナム日本国大使館's notice (PDF text on expydoc.com): the exchange of notes on 2015年度対ベトナム円借款(4件). The
# title `2015年度対ベトナム円借款` labels every loan figure: fy 2015 (GUIDE: a title's year is the amounts' label). The loans'
# figures (the total `総額95` / `1億6,700万円` broken over two lines: text the part on line 8, value the whole; the four
# loans `(3` / `00億円)`, `322億8,700万` / `円)`, `228億` / `8,000万円`, `(100億円)`) are loans, not grants or budgets:
# `other` (fresh8a: a loan programme's volume `other`), traps. `今年度の円借款供与が過去最高の約` / `3000億円` (the year's
# expected loans to the country: `other`, approx (約 ends the line before), fy 2015 (今年度 of the 2015年度 notes)) and the
# ambassador's `952億円` (the total rounded) `other`, traps. `1月15日(金)` is 2016-01-15 (a Friday; January of FY2015:
# NEW, arguable, the deck names no calendar year); `14時30分` a clock time; `(1)`…`(4)`, `1.`…`3.`, `(III)`, `(VI)`,
# `第三期`, `第六期` names and list numbers; `4件` counts.
O = "other"
R_LOAN = "a yen loan's amount agreed in the exchange of notes: a loan to a country, not a budget"
M = [
    fyr(1, "2015年度", 2015), cnt(1, "4件", 4, "件"),
    fyr(3, "2015年度", 2015), cnt(3, "4件", 4, "件"),
    date(6, "1月15日", "2016-01-15"),
    fyr(8, "2015年度", 2015), cnt(8, "4件", 4, "件"),
    trap(amt(8, "95", 95167000000, role=O, fy=2015), "2015年度対ベトナム円借款 4件 総額",
         "the total of the year's four loans in the notes: loans, not a budget"),
    trap(amt(11, "3", 30000000000, role=O, fy=2015), "南北高速道路建設計画(ダナン-クアンガイ間)(第三期)", R_LOAN),
    trap(amt(14, "322億8,700万", 32287000000, role=O, fy=2015), "ラックフェン国際港建設計画(港湾)(第三期)", R_LOAN),
    trap(amt(17, "228億", 22880000000, role=O, fy=2015), "ラックフェン国際港建設計画(道路・橋梁)(第三期)", R_LOAN),
    trap(amt(20, "100億円", 10000000000, role=O, fy=2015), "気候変動対策支援プログラム(第六期)", R_LOAN),
    trap(amt(24, "3000億円", 300000000000, role=O, fy=2015, q=("approx",)), "今年度の円借款供与 約3000億円",
         "the year's expected loans to the country (a minister's thanks): a total of loans, not a budget"),
    cnt(32, "4件", 4, "件"),
    trap(amt(33, "952億円", 95200000000, role=O, fy=2015), "計4件 総額952億円 (大使挨拶)",
         "the ambassador's rounding of the four loans' total: loans, not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
