from kinds import amt, cnt, date, trap, traps

DOC = "boj_matsumoto_sanadamaru_keizai_koka"
# 日本銀行松本支店's 特別調査 on the economic effect in 長野県 of the 大河ドラマ『真田丸』 (マイナビニュース). Every amount is an
# estimate (total effect, 直接効果, 1次 / 2次波及効果, 観光消費増加額 and its breakdown by item) or a past drama's effect
# (`風林火山` 2007年): role `other`, fy null (no fiscal year is named). The total `約200億円` and the past drama's `109億円` are
# traps. `6月6日` takes 2016 (the page's item date 2016-06-07; the text names no year of its own: arguable).
# `2001年~2014年` one date range; `14本中11事例` two counts; `前年比の7倍` a multiplier (no kind).
O = "other"
M = [
    date(1, "6月6日", "2016-06-06"),
    trap(amt(1, "200億円", 20000000000, role=O, q=("approx",)), "真田丸 放映に伴う経済効果 (総額)",
         "an estimated economic effect, not a budget"),
    amt(3, "126億円", 12600000000, role=O, q=("approx",)),
    date(4, "2001年~2014年", "2001", "2014"),
    cnt(4, "14本", 14, "本"),
    cnt(4, "11事例", 11, "事例"),
    amt(5, "161億円", 16100000000, role=O, q=("approx",)),
    amt(5, "126億円", 12600000000, role=O, q=("approx",)),
    amt(5, "45億円", 4500000000, role=O, q=("approx",)),
    amt(5, "30億円", 3000000000, role=O, q=("approx",)),
    amt(6, "53億円", 5300000000, role=O, q=("approx",)),
    amt(6, "45億円", 4500000000, role=O, q=("approx",)),
    amt(6, "30億円", 3000000000, role=O, q=("approx",)),
    amt(6, "21億円", 2100000000, role=O, q=("approx",)),
    amt(6, "12億円", 1200000000, role=O, q=("approx",)),
    cnt(7, "113万人", 1130000, "人", q=("approx",)),
    cnt(7, "36万人", 360000, "人", q=("approx",)),
    cnt(7, "77万人", 770000, "人", q=("approx",)),
    date(9, "2007年", "2007"),
    trap(amt(9, "109億円", 10900000000, role=O), "風林火山 (2007年) の経済効果", "a past drama's estimated effect"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
