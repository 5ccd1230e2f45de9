from kinds import fyr, pct

DOC = "matsue_shiei_bus_keiei_bunseki_r3"
# shibutani.org's copy of the 経営比較分析表 comment of 島根県松江市's 市営バス (交通局; code 322016) on 令和3年度: growth of
# revenue (`前年度比5.6%`) and cost (`対前年度比8.9%`) as percents, the year `令和3年度`. `0で推移` has no unit (no mention);
# the circled indicator numbers are list marks. No amounts.
M = [
    pct(2, "5.6%", 5.6),
    pct(2, "8.9%", 8.9),
    fyr(2, "令和3年度", 2021),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
