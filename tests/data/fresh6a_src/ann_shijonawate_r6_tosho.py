from kinds import amt, cnt, fyr, pct

DOC = "shijonawate_r6_tosho"
# 四條畷市 (大阪府; its 財政課 page): 令和6年度 当初予算 (title: FY2024). The all-accounts total (twice) and the 一般会計 total
# are budget FY2024 (traps); the increases and the changes by kind of expense (公債費, 普通建設事業費, 物件費, 扶助費) other
# FY2024 (traps). The 総括表 is flattened one cell a line: the `令和6年度(A)` column's figures are budget FY2024, the
# `令和5年度(B)` column's previous_budget FY2023 (GUIDE: a year in a column header sets fy), `増減額` other FY2024, all
# account totals (traps). No programme figure: no row. `4特別会計` a count; `(C÷B×100)` a formula (no mention).
B, P, O, FY = "budget", "previous_budget", "other", 2024
M = [
    fyr(1, "令和6年度", FY),
    amt(2, "447億7,666万5千円", 44776665000, role=B, fy=FY),
    fyr(3, "令和6年度", FY), cnt(3, "4特別会計", 4, "特別会計"),
    amt(3, "447億7,666万5千円", 44776665000, role=B, fy=FY), pct(3, "33.1%", 33.1),
    amt(3, "111億3,706万9千円", 11137069000, role=O, fy=FY),
    amt(4, "241億5,010万円", 24150100000, role=B, fy=FY), pct(4, "3.9%", 3.9),
    amt(4, "8億9,690万3千円", 896903000, role=O, fy=FY),
    pct(4, "4.3%", 4.3), amt(4, "6,095万3千円", 60953000, role=O, fy=FY),
    pct(4, "1.2%", 1.2), amt(4, "2,648万9千円", 26489000, role=O, fy=FY),
    pct(4, "15.9%", 15.9), amt(4, "5億4,543万9千円", 545439000, role=O, fy=FY),
    pct(4, "5.0%", 5.0), amt(4, "3億3,393万1千円", 333931000, role=O, fy=FY),
    fyr(6, "令和6年度", FY),
    fyr(8, "令和6年度", FY),
    fyr(9, "令和5年度", 2023),
    amt(13, "241億5,010万円", 24150100000, role=B, fy=FY),
    amt(14, "232億5,319万7千円", 23253197000, role=P, fy=2023),
    amt(15, "8億9,690万3千円", 896903000, role=O, fy=FY),
    pct(16, "3.9%", 3.9),
    amt(18, "56億3,583万4千円", 5635834000, role=B, fy=FY),
    amt(19, "58億1,048万9千円", 5810489000, role=P, fy=2023),
]
ROWS: list[dict] = []
_W = {
    (2, "447億7,666万5千円"): ("当初予算総額", "all-accounts total"),
    (3, "447億7,666万5千円"): ("一般会計、4特別会計、下水道事業会計を合わせた総額", "all-accounts total"),
    (3, "111億3,706万9千円"): ("総額の前年度比増加", "change of a total"),
    (4, "241億5,010万円"): ("一般会計当初予算額", "account total"),
    (4, "8億9,690万3千円"): ("一般会計の前年度比増加", "change of a total"),
    (4, "6,095万3千円"): ("公債費の減少", "change of a class"),
    (4, "2,648万9千円"): ("普通建設事業費の減少", "change of a class"),
    (4, "5億4,543万9千円"): ("物件費の増加", "change of a class"),
    (4, "3億3,393万1千円"): ("扶助費の増加", "change of a class"),
    (13, "241億5,010万円"): ("総括表 一般会計 令和6年度(A)", "account total"),
    (14, "232億5,319万7千円"): ("総括表 一般会計 令和5年度(B)", "previous year's account total"),
    (15, "8億9,690万3千円"): ("総括表 一般会計 増減額", "change of a total"),
    (18, "56億3,583万4千円"): ("総括表 国民健康保険特別会計 令和6年度(A)", "special account total"),
    (19, "58億1,048万9千円"): ("総括表 国民健康保険特別会計 令和5年度(B)", "previous year's account total"),
}
NOT_ROWS = [dict(line=ln, text=t, **{k: next(r[f] for r in M if r["line"] == ln and r["text"] == t)
                                     for k, f in (("value_yen", "min"), ("fy", "fy"), ("mention_role", "role"))},
                 what=w, reason=why)
            for (ln, t), (w, why) in _W.items()]
