from kinds import amt, date, pct, trap, traps

DOC = "kankokeizai_2020_goto_travel"
# 観光経済新聞 on 観光庁's GoToトラベル (one programme's terms), 2020-07: the page writes no year and no budget figure.
# Every amount is a cap per person and night: `支援の上限額は1人1泊当たり2万円、日帰り旅行は1万円`, `上限額は…1万4千円、
# 日帰り旅行は7千円` → support, at_most, min null (the `上限額` label over both, fresh23a's caps), fy null (no year on the
# page), traps; no row (the deck's empty row file). `1人1泊当たり` a rate marker (no count, per null). Percents `7割`,
# `3割`, `35%`, and `×7割`; `2分の1` fractions no mention. Dates take 2020 from outside the text (fresh24a's bci.co.jp;
# the campaign began 2020-07-22): `10日` 2020-07-10 (the announcement, the month from `7月22日`), `22日` 2020-07-22,
# `8月` 2020-08, `9月以降` ×2 2020-09..null at_least, `7月22日から` a point, `8月31日まで` null..2020-08-31 at_most,
# `7月27日以降` at_least, `7月下旬ごろ` 2020-07 approx (下旬 dropped as 中旬, fresh24d; ごろ approx as 頃, fresh23a).
SU = "support"
M = [
    date(1, "10日", "2020-07-10"), date(1, "22日", "2020-07-22"), date(1, "8月", "2020-08"),
    date(1, "9月", "2020-09", None, q=("at_least",)),
    pct(2, "7割", 70), pct(2, "3割", 30),
    trap(amt(2, "2万円", None, 20000, role=SU, q=("at_most",)), "支援の上限額 1人1泊当たり", "a cap per person and night"),
    trap(amt(2, "1万円", None, 10000, role=SU, q=("at_most",)), "日帰り旅行の上限額", "a cap per person (day trip)"),
    date(3, "7月22日", "2020-07-22"), date(3, "9月", "2020-09", None, q=("at_least",)), pct(3, "35%", 35),
    pct(3, "7割", 70),
    trap(amt(3, "1万4千円", None, 14000, role=SU, q=("at_most",)), "先行期間の上限額 1人1泊当たり",
         "a cap per person and night"),
    trap(amt(3, "7千円", None, 7000, role=SU, q=("at_most",)), "先行期間の日帰り旅行の上限額", "a cap per person"),
    date(4, "8月31日", None, "2020-08-31", q=("at_most",)), date(4, "9月", "2020-09", None, q=("at_least",)),
    date(5, "7月27日", "2020-07-27", None, q=("at_least",)),
    date(6, "7月", "2020-07", q=("approx",)),
]
ROWS: list = []
NOT_ROWS = traps(M)
