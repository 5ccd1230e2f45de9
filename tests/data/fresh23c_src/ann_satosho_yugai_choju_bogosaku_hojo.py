from kinds import amt, date, dur, pct, trap, traps

DOC = "satosho_yugai_choju_bogosaku_hojo"
# 岡山県里庄町's page on its 有害鳥獣被害防止防護柵 grant. `50,000円を上限` the cap (`support`, at_most, min null). The
# rounding rule `1,000円未満の端数は切り捨てる` is no mention (audit: fresh13c's and fresh19c's rounding units, `1円未満の
# 端数`, `100万円未満は切り捨て`). The unit prices `250` / `125` / `100` are bare cells under the header `(円)`: no
# mentions (earlier sets: a header unit does not make a bare cell a mention). `50メートル以上` a length (no mention);
# `1か所あたり` a rate marker; `5年間` a duration; `30パーセント以上` a percent at_least; the update date `2019年4月8日`;
# `8時30分から17時15分` clock times; list numbers `1`…`3`; `2分の1以内` a fraction.
S = "support"
AM = ("at_most",)
M = [
    date(2, "2019年4月8日", "2019-04-08"),
    dur(9, "5年間", 5, "year"),
    trap(amt(11, "50,000円", None, 50000, role=S, q=AM), "防護柵設置補助 上限", "a grant's cap per applicant"),
    pct(24, "30パーセント", 30, None, q=("at_least",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
