from kinds import amt, cnt, date, fyr, pct

DOC = "kankyo_h27_sangyo_shijo_kibo"
# 環境産業市場規模検討会's report (平成27年7月), its summary: the market size of the environment industry (2013: 93兆
# 2,870億円; 2000: 57兆9,268億円), its value added and exports/imports (約40兆円, 10兆円, 3.1兆円): statistics, `other`,
# fy null (calendar years, `2013 年に`, not fiscal years of the amounts), all traps. Spaced figures `93 兆 2,870 億円`
# keep their spaces in `text`. `約 175` / `万人` (lines 19-20) is one count broken by the line break: text on line 19,
# value 1,750,000 (GUIDE). `約 1.6 倍` ratios: no mention (earlier sets). `平成26年度…委託業務`: the commissioned work's
# fiscal year (2014), a mention (arguable: it names the contract). `2000 年までの遡及推計`: `まで` read literally
# (null..2000, at_most; arguable). `2014 年から 2050 年までの`: two points (GUIDE). `10.0 MB`: no kind.
O = "other"
M = [
    date(3, "平成27年7月", "2015-07"),
    fyr(5, "平成26年度", 2014),
    date(10, "2013 年", "2013"),
    date(11, "2000 年", None, "2000", q=("at_most",)),
    date(16, "2013 年", "2013"), amt(16, "93 兆 2,870 億円", 93287000000000, role=O),
    pct(17, "4.0%", 4.0), date(17, "2000 年", "2000"), amt(17, "57 兆 9,268 億円", 57926800000000, role=O),
    date(19, "2013 年", "2013"), cnt(19, "255 万人", 2550000, "人", q=("approx",)), pct(19, "2.3%", 2.3),
    date(19, "2000 年", "2000"), cnt(19, "175", 1750000, "人", q=("approx",)),
    date(20, "2013 年", "2013"),
    amt(21, "40 兆円", 40000000000000, role=O, q=("approx",)), amt(21, "10 兆円", 10000000000000, role=O),
    amt(21, "3.1 兆円", 3100000000000, role=O),
    date(22, "2014 年", "2014"), date(22, "2050 年", "2050"),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=16, text="93 兆 2,870 億円", value_yen=93287000000000, fy=None, mention_role=O, what="環境産業の市場規模 (2013年)",
         reason="a field's market size (a statistic), not a budget"),
    dict(line=17, text="57 兆 9,268 億円", value_yen=57926800000000, fy=None, mention_role=O, what="環境産業の市場規模 (2000年)",
         reason="a field's market size (a statistic), not a budget"),
    dict(line=21, text="40 兆円", value_yen=40000000000000, fy=None, mention_role=O, what="環境産業の付加価値額 (2013年)",
         reason="a field's value added (a statistic)"),
    dict(line=21, text="10 兆円", value_yen=10000000000000, fy=None, mention_role=O, what="環境産業の輸出額 (2013年)",
         reason="a field's exports (a statistic)"),
    dict(line=21, text="3.1 兆円", value_yen=3100000000000, fy=None, mention_role=O, what="環境産業の輸入額 (2013年)",
         reason="a field's imports (a statistic)"),
]
