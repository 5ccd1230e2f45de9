from kinds import amt, dur, fyr, trap, traps

DOC = "ishikawa_kanagawa_h30_olypara_kanren_yosan"
# 石川裕 (神奈川県議会議員)'s site: his questions in a committee of 神奈川県議会 (平成30年度: `平成30年度、今年度`) and the
# answers of 神奈川県's スポーツ局. The オリンピック・パラリンピック関連予算 of four fiscal years, each figure after the year written
# before it (fresh3 / fresh15a: `令和3年度7097億円…` takes the year before it): `budget`, rows of 神奈川県; the four years'
# sum `この4箇年合計で25億6,299万円` (`budget`, fy null: a sum over years, a trap); the ラグビーワールドカップ担当's `今年度の予算額…
# 約2億9,000万円` (`budget`, fy 2018 from `平成30年度、今年度` of the same exchange: 今年度 is no mention but fixes the year;
# approx; a row). `平成27年度から平成30年度まで` two fiscal years (GUIDE: `XからYまで` two points); `4箇年` a duration of
# 4 years; `平成31年度予算` a fiscal year.
B = "budget"
M = [
    fyr(2, "平成27年度", 2015), fyr(2, "平成30年度", 2018),
    fyr(2, "平成27年度", 2015), amt(2, "7,400万円", 74000000, role=B, fy=2015),
    fyr(2, "平成28年度", 2016), amt(2, "5億946万円", 509460000, role=B, fy=2016),
    fyr(2, "平成29年度", 2017), amt(2, "5億1,891万円", 518910000, role=B, fy=2017),
    fyr(2, "平成30年度", 2018), amt(2, "14億6,362万円", 1463620000, role=B, fy=2018),
    dur(2, "4箇年", 4, "year"),
    trap(amt(2, "25億6,299万円", 2562990000, role=B, fy=None), "オリンピック・パラリンピック関連予算 4箇年合計",
         "a sum over four fiscal years, not a year's budget"),
    amt(4, "2億9,000万円", 290000000, role=B, fy=2018, q=("approx",)),
    fyr(5, "平成31年度", 2019),
]
MIN = "神奈川県"
P = "オリンピック・パラリンピック関連予算"


def _row(text: str, yen: int, fy: int, why: str, program: str = P, line: int = 2) -> dict:
    return dict(line=line, text=text, budget_yen=yen, fy=fy, program=program, role=B, ministry=MIN, why=why)


ROWS = [
    _row("7,400万円", 74000000, 2015, "`平成27年度7,400万円`: the programme's budget of 平成27年度"),
    _row("5億946万円", 509460000, 2016, "`平成28年度は5億946万円`"),
    _row("5億1,891万円", 518910000, 2017, "`平成29年度は5億1,891万円`"),
    _row("14億6,362万円", 1463620000, 2018, "`平成30年度、今年度ですが、14億6,362万円`"),
    _row("2億9,000万円", 290000000, 2018, "the ラグビーワールドカップ担当's `今年度の予算額…約2億9,000万円` (今年度 = 平成30年度)",
         program="ラグビーワールドカップ関連予算", line=4),
]
NOT_ROWS = traps(M)
