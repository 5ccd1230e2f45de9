from kinds import amt, date, dur, pct, trap, traps

DOC = "senmonshi_toyama_2017_tosho"
# 富山県's 17年度当初予算案 as a construction trade paper (senmonshi.com) reports the press release: totals by account,
# the split by kind of expense, the policy frames and the list `主な事業は次の通り` with each work's amount. The page writes
# only the era-less `17年度` (fresh4: no fiscal_year mention) and no full year anywhere, so every amount keeps fy null
# (NEW here for a prefecture's press summary, arguable; rows fy_alt [2017]). Account totals (一般会計, 特別会計, 収益会計,
# 企業会計, the all-accounts 予算総額) `budget`, traps; 普通建設事業, 災害復旧事業, 投資的経費, 公共事業, 主要県単独事業, 政策経費
# `other` (splits by kind of expense, fresh4), traps. The two `枠` (`とやま未来創生戦略推進枠に25億2000万円`, `とやま新時代
# チャレンジ枠に50億5000万円`) `budget`, AMBIGUOUS rows (NEW: an envelope of several works, not one work). The ten `▽name N円`
# lines rows. Day-only dates take the report's month and year (fresh2, fresh7a: announced 20 February 2017): `20日`,
# `27日` dates, `2月定例会` a date (a session named by its month). `2年連続` a duration (fresh5c). The cut last line no mention.
B, O = "budget", "other"
M = [
    date(1, "20日", "2017-02-20"),
    pct(1, "1・9%", 1.9),
    trap(amt(1, "5474億4188万円", 547441880000, role=B), "一般会計", "account total"),
    dur(1, "2年連続", 2, "year"),
    trap(amt(1, "749億1800万円", 74918000000, role=O), "普通建設事業", "split by kind of expense"),
    trap(amt(1, "52億4500万円", 5245000000, role=O), "災害復旧事業", "split by kind of expense"),
    trap(amt(1, "801億6300万円", 80163000000, role=O), "投資的経費", "split by kind of expense"),
    pct(1, "8・5%", 8.5),
    date(1, "27日", "2017-02-27"),
    date(1, "2月", "2017-02"),
    trap(amt(2, "1734億2234万1000円", 173422341000, role=B), "特別会計", "account total"),
    pct(2, "5・5%", 5.5),
    trap(amt(2, "176億2980万9000円", 17629809000, role=B), "収益会計", "account total"),
    pct(2, "15・3%", 15.3),
    trap(amt(2, "436億481万5000円", 43604815000, role=B), "企業会計", "account total"),
    pct(2, "5・5%", 5.5),
    trap(amt(2, "7820億9884万5000円", 782098845000, role=B), "予算総額", "all-accounts total"),
    pct(2, "0・2%", 0.2),
    trap(amt(2, "597億3500万円", 59735000000, role=O), "公共事業 (一般、直轄、災害)", "split by kind of expense"),
    trap(amt(2, "133億4300万円", 13343000000, role=O), "主要県単独事業", "split by kind of expense"),
    pct(2, "0・6%", 0.6), pct(2, "0・5%", 0.5), pct(2, "0・1%", 0.1), pct(2, "1・8%", 1.8),
    trap(amt(3, "2368億円", 236800000000, role=O), "政策経費", "split by kind of expense"),
    pct(3, "1・1%", 1.1),
    amt(3, "25億2000万円", 2520000000, role=B),
    amt(3, "50億5000万円", 5050000000, role=B),
]
_ITEMS = [
    (6, "1億6820万9000円", 168209000, "「未来創薬開発支援分析センター」(仮称)機器整備事業"),
    (7, "2億1130万円", 211300000, "工業技術センター設備整備事業"),
    (8, "4億6000万円", 460000000, "工業用水道管路耐震・老朽化対策事業"),
    (9, "3400万6000円", 34006000, "若者・女性建設人材育成事業"),
    (10, "10億1999万6000円", 1019996000, "産地パワーアップ事業"),
    (11, "5億4466万5000円", 544665000, "たまねぎ乾燥貯蔵施設整備事業"),
    (12, "19億4779万2000円", 1947792000, "団体営地域用水環境整備交付金事業"),
    (13, "11億3900万円", 1139000000, "農業用水小水力発電受託事業"),
    (14, "15億192万円", 1501920000, "県営農地整備事業"),
    (15, "24億4989万5000円", 2449895000, "県営農村地域防災減災事業"),
]
M += [amt(ln, t, v, role=B) for ln, t, v, _ in _ITEMS]
P = "富山県"
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=None, fy_alt=[2017], program=p, role=B, ministry=P,
             why="a work of the list `主な事業は次の通り` under the 17年度当初予算案") for ln, t, v, p in _ITEMS]
ROWS += [dict(line=3, text=t, budget_yen=v, fy=None, fy_alt=[2017], program=p, role=B, ministry=P, ambiguous=True,
              why="a policy frame of the 当初予算案 (`…枠に N円を計上`)", note="an envelope of several works, not one work")
         for t, v, p in (("25億2000万円", 2520000000, "とやま未来創生戦略推進枠"),
                         ("50億5000万円", 5050000000, "とやま新時代チャレンジ枠"))]
NOT_ROWS = traps(M)
