from kinds import amt, date, dur, trap, traps

DOC = "abiko_h28_sogo_keikaku_soan_blog"
# A 我孫子市 council member's blog (kai-toshimitsu.com, 2016-02-18) on the city's draft 公共施設等総合(管理)計画: the
# renewal cost over 40 years (`800.6億円`) and its yearly average (`年間にならすと平均20億円`: per year, fresh13b's
# `年あたり`). Both `other`, fy null (a span), traps. `平成41年頃から`: a date 2029 with `approx` (`頃` read as GUIDE's
# `2010年前後`, arguable; `から` a point: GUIDE), 平成 counted on past its end (the plan was written in 平成28). `40年間` a
# duration; `12倍` a ratio (the next post's title) no kind.
O = "other"
M = [
    dur(1, "40年間", 40, "year"),
    trap(amt(1, "800.6億円", 80060000000, role=O), "40年間の更新費用 (総務省の試算ソフト)",
         "a renewal-cost estimate over 40 years (公共施設等総合計画 素案), no budget"),
    trap(amt(1, "20億円", 2000000000, role=O, per="year"), "40年間の更新費用 年間平均",
         "a yearly average of a renewal-cost estimate, no budget"),
    date(1, "平成41年", "2029", q=("approx",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
