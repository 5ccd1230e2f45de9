from kinds import cnt, date, dur, pct

DOC = "iiyama_2020_kyoryo_shuzen_keikaku"
# 飯山市's page on its 橋梁長寿命化修繕計画: the bridges of its roads (`2020年3月現在225橋`) and those 50 years old or more
# in 20 years (`187橋`, `80%以上`). No money. `50年以上` a duration with `at_least` (50..null), `80%以上` a percent with
# `at_least` (GUIDE `30%以上`); `20年後` a duration; `2020年3月` a date. `橋長2m` a length, no kind.
M = [
    date(2, "2020年3月", "2020-03"), cnt(2, "225橋", 225, "橋"),
    dur(3, "20年", 20, "year"), dur(3, "50年", 50, "year", hi=None, q=("at_least",)), cnt(3, "187橋", 187, "橋"),
    pct(3, "80%", 80, None, q=("at_least",)),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
