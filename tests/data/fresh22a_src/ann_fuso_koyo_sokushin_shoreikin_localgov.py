from kinds import amt, dur, trap, traps

DOC = "fuso_koyo_sokushin_shoreikin_localgov"
# 愛知県扶桑町's 雇用促進奨励金 as a LocalGov.jp record: `amount_max_jpy: ¥3,000,000` the maximum (`support`, at_most, min
# null; as 安曇野市's record), `1人当たり15万円` the grant per employee (`support`), `（限度額300万円）` the cap (`support`,
# at_most). `操業開始日の1年前から2年間` (twice): durations 1 year and 2 year. Codes, URLs, `CC BY 4.0` no mentions; fy null.
S = "support"
AM = ("at_most",)
M = [
    trap(amt(8, "¥3,000,000", None, 3000000, role=S, q=AM), "amount_max_jpy", "the grant's maximum per company"),
    dur(11, "1年", 1, "year"),
    dur(11, "2年間", 2, "year"),
    trap(amt(11, "15万円", 150000, role=S), "雇用促進奨励金 1人当たり", "a grant per employee"),
    trap(amt(11, "300万円", None, 3000000, role=S, q=AM), "雇用促進奨励金 限度額", "a cap per company"),
    dur(14, "1年", 1, "year"),
    dur(14, "2年間", 2, "year"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
