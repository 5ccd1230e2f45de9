from kinds import amt, date, dur, fyr, pct

DOC = "keieisha_2021_saikochiku"
# 経営者コネクト's explanation of 経済産業省・中小企業庁's 事業再構築補助金 (one programme), 2021-01. `予算総額が1兆円以上
# と…2020年(令和2年)度第3次補正予算案の「政策の目玉」`: the programme's money, supplementary_budget FY2020, at_least (GUIDE
# `以上`), max null; a row (a bound on a programme's own figure is still its figure; `予算案` no draft).
# `2020年(令和2年)度` ONE fiscal_year mention (fresh24a's `2023(令和5)年度`). `2021年1月15日` a date (`で受付終了`, no
# qualifier). Requirements: `3か月` ×2 durations, `10%以上` at_least, `3~5年` 3..5 year, `3.0%(一部5.0%)以上` both
# at_least (NEW, arguable: the one `以上` closes both figures of the phrase). `半年間` (no numeral, earlier sets),
# `社員一人当たり` (a rate marker) and the list numbers `1.`…`3.` are no mentions.
S, FY = "supplementary_budget", 2020
M = [
    amt(3, "1兆円", 1000000000000, None, role=S, fy=FY, q=("at_least",)), fyr(3, "2020年(令和2年)度", FY),
    date(13, "2021年1月15日", "2021-01-15"),
    dur(15, "3か月", 3, "month"), dur(15, "3か月", 3, "month"), pct(15, "10%", 10, None, q=("at_least",)),
    dur(17, "3~5年", 3, "year", 5), pct(17, "3.0%", 3.0, None, q=("at_least",)),
    pct(17, "5.0%", 5.0, None, q=("at_least",)),
]
ROWS = [
    dict(line=3, text="1兆円", budget_yen=1000000000000, fy=FY, program="事業再構築補助金", role=S,
         ministry="経済産業省", aliases=["中小企業等事業再構築促進事業"],
         why="`予算総額が1兆円以上` of the programme in the `2020年(令和2年)度第3次補正予算案`"),
]
NOT_ROWS: list = []
