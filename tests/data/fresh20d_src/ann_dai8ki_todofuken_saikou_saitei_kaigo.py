from kinds import amt, cnt, fyr, pct, trap, traps

DOC = "dai8ki_todofuken_saikou_saitei_kaigo"
# A care-trade paper's survey (via kaigo-kyuujin.com) of the 第8期 premiums by prefecture, with the highest and lowest
# insurers: 北海道音威子府村 (`3300円`, raised by `300円`) and 東京都青ヶ島村 (`9800円`, up `1200円`; its yearly 総給付費
# `約2000万円`, all facility services). Premiums `other`, fy null; per `month` for the 第7期 average `基準月額は平均5869円`
# (its 月額) and, arguable, for the insurers' figures in the table's caption series (the lead names 基準月額 for the whole
# survey: NEW); the levels are traps. `年間の総給付費約2000万円` a village's yearly benefit spending, `other`, per `year`,
# approx, fy null, a trap (a result, not an appropriation). `2021年度~23年度` one fiscal-year range (its second end
# era-less but joined by `~`). `21年1月時点`, `19年に` two-digit years: no dates. Counts: `42都道府県`, people (`699人`,
# `12人`, `6人`, `168人`, `37人`); percents `+6.4%`, `31.2%`, `8.2%`, `20%程度` (approx). Not mentions: `第8期`, `第7期`,
# `1号被保険者`.
O = "other"
PREM = "a standard premium (基準額) or their average, a charge residents pay, no appropriation"
M = [
    cnt(1, "42都道府県", 42, "都道府県"),
    trap(amt(1, "5869円", 5869, role=O, per="month"), "第7期 基準月額 平均", PREM),
    pct(1, "+6.4%", 6.4),
    fyr(2, "2021年度~23年度", 2021, 2023),
    trap(amt(3, "3300円", 3300, role=O, per="month"), "音威子府村 基準額 (最低)", PREM),
    cnt(4, "699人", 699, "人"), pct(4, "31.2%", 31.2), pct(4, "8.2%", 8.2), cnt(4, "12人", 12, "人"), cnt(4, "6人", 6, "人"),
    amt(6, "300円", 300, role=O, per="month"),
    trap(amt(7, "9800円", 9800, role=O, per="month"), "青ヶ島村 基準額 (最高)", PREM),
    cnt(8, "168人", 168, "人"), cnt(8, "37人", 37, "人"),
    amt(8, "1200円", 1200, role=O, per="month"),
    trap(amt(8, "2000万円", 20000000, role=O, per="year", q=("approx",)), "青ヶ島村 年間の総給付費",
         "a village's yearly care benefit spending, a result, no appropriation"),
    pct(9, "20%", 20, q=("approx",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
