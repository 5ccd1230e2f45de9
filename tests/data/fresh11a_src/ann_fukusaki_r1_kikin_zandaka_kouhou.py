from kinds import amt, dur, fyr

DOC = "fukusaki_r1_kikin_zandaka_kouhou"
# 福崎町's fund report (広報ふくさき 令和2年10月号 p.11, one line): a deposit into ふるさと応援基金, the 財政調整基金's
# drawdowns of 平成29年度 and 平成30年度 and its deposit of 令和元年度, the balances of three years (all funds, then
# 財政調整基金, 特定目的基金, 定額運用基金), the balance per resident by year. Every figure is `other` (balances,
# drawdowns, deposits: earlier sets' fund balances and settled deposits), a trap; fy the year written before each
# (`平成29年度23億8,700万円`). The deposit `ふるさと応援基金に5,391万円積み立てました` names no year: fy 2019, the
# settlement year the section analyses (its next sentence's `令和元年度は…積み立てました`; NEW, arguable: a reader could
# leave fy null). Per-resident balances keep per null (`1人当たり` is no rate of the GUIDE's). The issue label
# `令和2年(2020年)10月号` is no date (an earlier call: `7月号`), `11ページ`, list marks `(3)`, `(4)`: no mentions;
# `各年度の3月末人口` a recurring month: no date. `過去3年間` a duration. `5億5,300万円` occurs twice (2018, 2019).
O = "other"
M = [
    amt(1, "5,391万円", 53910000, role=O, fy=2019),
    fyr(1, "平成29年度", 2017), amt(1, "2,550万円", 25500000, role=O, fy=2017),
    fyr(1, "平成30年度", 2018), amt(1, "8,970万円", 89700000, role=O, fy=2018),
    fyr(1, "令和元年度", 2019), amt(1, "4,220万円", 42200000, role=O, fy=2019),
    dur(1, "3年間", 3, "year"),
]
BAL = [("23億8,700万円", 2387000000, "21億7,300万円", 2173000000, "22億3,300万円", 2233000000, "基金残高 計"),
       ("13億5,100万円", 1351000000, "12億6,200万円", 1262000000, "13億400万円", 1304000000, "財政調整基金 残高"),
       ("3億6,500万円", 365000000, "3億5,800万円", 358000000, "3億7,600万円", 376000000, "特定目的基金 残高"),
       ("6億7,100万円", 671000000, "5億5,300万円", 553000000, "5億5,300万円", 553000000, "定額運用基金 残高"),
       ("123,474円", 123474, "112,819円", 112819, "116,905円", 116905, "住民1人当たりの基金残高")]
for t1, v1, t2, v2, t3, v3, _ in BAL:
    M += [fyr(1, "平成29年度", 2017), amt(1, t1, v1, role=O, fy=2017), fyr(1, "平成30年度", 2018),
          amt(1, t2, v2, role=O, fy=2018), fyr(1, "令和元年度", 2019), amt(1, t3, v3, role=O, fy=2019)]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=1, text="5,391万円", value_yen=53910000, fy=2019, mention_role=O, what="ふるさと応援基金 積立",
         reason="a settled deposit into a fund, not a budget"),
    dict(line=1, text="2,550万円", value_yen=25500000, fy=2017, mention_role=O, what="財政調整基金 取崩 (平成29年度)",
         reason="a drawdown of a fund (取崩額)"),
    dict(line=1, text="8,970万円", value_yen=89700000, fy=2018, mention_role=O, what="財政調整基金 取崩 (平成30年度)",
         reason="a drawdown of a fund (取崩額)"),
    dict(line=1, text="4,220万円", value_yen=42200000, fy=2019, mention_role=O, what="財政調整基金 積立 (令和元年度)",
         reason="a settled deposit into a fund (積立額)"),
]
BAL_TRAPS: dict[str, dict] = {}
for t1, v1, t2, v2, t3, v3, what in BAL:
    for t, v, fy in ((t1, v1, 2017), (t2, v2, 2018), (t3, v3, 2019)):
        # 5億5,300万円 twice on the line (2018, 2019): one trap covers its text (fresh4's one text, one trap), the later
        BAL_TRAPS[t] = dict(line=1, text=t, value_yen=v, fy=fy, mention_role=O, what=f"{what} ({fy}年度末)",
                            reason="a fund's balance (基金残高), not a budget")
NOT_ROWS += list(BAL_TRAPS.values())
