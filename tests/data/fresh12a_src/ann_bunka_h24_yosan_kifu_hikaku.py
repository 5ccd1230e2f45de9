from kinds import amt, cnt, date, fyr, pct

DOC = "bunka_h24_yosan_kifu_hikaku"
# A 文化庁 slide for the council's discussion of culture funding, `文化予算と寄附額(諸外国との比較)`, stored as one
# line: an international comparison of culture budgets `国家予算に占める文化予算の割合(2012年)` with each budget in
# brackets (`1.06% (4,474億円)` …) and of donations `()内は寄附額` (`0.14% (2,900億円)` …), then the exchange rates
# used (`1ドル=81円` …) and notes. The budgets: Japan's `0.11% (1,032億円)` (文化庁's budget of FY2012: budget, fy 2012,
# a row; the chart's labels are flattened apart from their bars, the pairing of `0.11%` with 日本 follows the order of
# the note list and the size of 文化庁's budget; arguable) and the other countries' (`other`: figures of other
# countries, traps; fy 2012 from the chart's title `(2012年)`, except 806億円 fy 2011: the note `※アメリカ・イギリスの予算は
# 2011年度` and note 2's `0.03%` tie it to アメリカ; 1,349億円 keeps 2012, arguable). The donations (`other`, fy null: no
# year names them) and the exchange rates (`81円` …, `0. 073円` written with a space; `other`, fy null) are traps.
# `(平成23年12月28日財務省告示第417号より)`: a notice's date and number, no mention (GUIDE: years inside notice numbers).
# `3つの機関` a count; `①` … `③`, `1.` … `5.` no mentions; `0.03%程度` a percent with approx.
O, B = "other", "budget"
M = [
    date(1, "2012年", "2012"),
    pct(1, "2.0%", 2.0), fyr(1, "2011年度", 2011), pct(1, "1.5%", 1.5),
    pct(1, "1.06%", 1.06), amt(1, "4,474億円", 447400000000, role=O, fy=2012),
    pct(1, "0.87%", 0.87), amt(1, "1,418億円", 141800000000, role=O, fy=2012),
    pct(1, "1.0%", 1.0), pct(1, "0.5%", 0.5),
    pct(1, "0.03%", 0.03), amt(1, "806億円", 80600000000, role=O, fy=2011),
    pct(1, "0.39%", 0.39), amt(1, "1,349億円", 134900000000, role=O, fy=2012),
    pct(1, "0.20%", 0.20), amt(1, "1,686億円", 168600000000, role=O, fy=2012),
    pct(1, "0.11%", 0.11), amt(1, "1,032億円", 103200000000, role=B, fy=2012),
    pct(1, "0.0%", 0.0), pct(1, "0.0%", 0.0),
    pct(1, "0.14%", 0.14), amt(1, "2,900億円", 290000000000, role=O),
    pct(1, "0.5%", 0.5), pct(1, "1.0%", 1.0),
    pct(1, "0.22%", 0.22), amt(1, "6,100億円", 610000000000, role=O),
    pct(1, "0.13%", 0.13), amt(1, "6,300億円", 630000000000, role=O),
    pct(1, "0.73%", 0.73), amt(1, "1兆6,300億円", 1630000000000, role=O),
    pct(1, "1.5%", 1.5), pct(1, "1.67%", 1.67), amt(1, "20兆4,000億円", 20400000000000, role=O),
    pct(1, "2.0%", 2.0),
    amt(1, "81円", 81, role=O), amt(1, "129円", 129, role=O), amt(1, "112円", 112, role=O), amt(1, "0. 073円", 0.073, role=O),
    cnt(1, "3つ", 3, "つ"),
    pct(1, "0.03%", 0.03, q=("approx",)),
]
ROWS = [
    dict(line=1, text="1,032億円", budget_yen=103200000000, fy=2012, program="文化庁予算", aliases=["文化予算", "日本の文化予算"],
         role=B, ministry="文化庁",
         why="Japan's culture budget in brackets after its share `0.11% (1,032億円)` under `国家予算に占める文化予算の割合(2012年)`: "
             "the agency's own budget of the year (the pairing with 日本 read from the chart's order; arguable)"),
]
FC = "another country's culture budget (a figure of another country), not this issuer's programme"
DN = "the donations of a country (a statistic), not a budget"
RT = "an exchange rate used to convert the other countries' budgets, not a budget"
NOT_ROWS = [
    dict(line=1, text="4,474億円", value_yen=447400000000, fy=2012, mention_role=O, what="文化予算 (1.06%)", reason=FC),
    dict(line=1, text="1,418億円", value_yen=141800000000, fy=2012, mention_role=O, what="文化予算 (0.87%)", reason=FC),
    dict(line=1, text="806億円", value_yen=80600000000, fy=2011, mention_role=O, what="文化予算 (0.03%, アメリカ)", reason=FC),
    dict(line=1, text="1,349億円", value_yen=134900000000, fy=2012, mention_role=O, what="文化予算 (0.39%)", reason=FC),
    dict(line=1, text="1,686億円", value_yen=168600000000, fy=2012, mention_role=O, what="文化予算 (0.20%)", reason=FC),
    dict(line=1, text="2,900億円", value_yen=290000000000, fy=None, mention_role=O, what="寄附額 (0.14%)", reason=DN),
    dict(line=1, text="6,100億円", value_yen=610000000000, fy=None, mention_role=O, what="寄附額 (0.22%)", reason=DN),
    dict(line=1, text="6,300億円", value_yen=630000000000, fy=None, mention_role=O, what="寄附額 (0.13%)", reason=DN),
    dict(line=1, text="1兆6,300億円", value_yen=1630000000000, fy=None, mention_role=O, what="寄附額 (0.73%)", reason=DN),
    dict(line=1, text="20兆4,000億円", value_yen=20400000000000, fy=None, mention_role=O, what="寄附額 (1.67%)", reason=DN),
    dict(line=1, text="81円", value_yen=81, fy=None, mention_role=O, what="1ドル=81円", reason=RT),
    dict(line=1, text="129円", value_yen=129, fy=None, mention_role=O, what="1ポンド=129円", reason=RT),
    dict(line=1, text="112円", value_yen=112, fy=None, mention_role=O, what="1ユーロ=112円", reason=RT),
    dict(line=1, text="0. 073円", value_yen=0.073, fy=None, mention_role=O, what="1ウォン=0. 073円", reason=RT),
]
