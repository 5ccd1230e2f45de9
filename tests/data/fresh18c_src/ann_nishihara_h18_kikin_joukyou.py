from kinds import amt, cnt, date, fyr, trap, traps

DOC = "nishihara_h18_kikin_joukyou"
# 熊本県西原村's page 基金の状況 (平成18年度 決算状況(一般会計) (5)基金等の状況): a table of every fund, flattened one cell a
# line, each money cell written with its own unit (`4億798万円`, `6300万円`): the 平成17年度末 balance (A), the year's deposit
# (積立額B) and drawdown (取崩額C), and the 平成18年度末 balance (A+B-C), for 財政調整基金, 減債基金, the 特定目的基金 by kind
# (取崩型積立型, 果実運用型) with their 小計 / 合計, 積立基金総合計, the 定額運用基金 and 基金総額. Every cell is a mention (its unit
# is in the cell, not only in a header: NEW for this shape; fresh17a's call 1 and fresh12c read a figure with its unit
# next to it), role `other` (balances, settled deposits and drawdowns: fresh11a's 福崎町), a trap. fy from the column
# header: the 平成17年度末 balance 2005 (the year whose end it is: fresh6c's `令和5年度末で221億円`), the deposit, the
# drawdown and the 平成18年度末 balance 2006. A row with three cells leaves one of B or C empty: which one follows from
# A+B-C (文化財等保護基金 4524+1=4525: B; 地域福祉基金 13693-58=13635: C; 奨学基金 526/526: A and the end only). The
# 合計 row's C `2558万円` is as printed (the sum of its parts would be 11358万円): annotated as written. `130,894円` (the
# balance per villager, 平成18年度末) `other`, per null (fresh11a's per-resident balances). `6,698人` a count,
# `平成19年3月31日` a date; `A+B-C`, `(5)`, `[1]` no mentions.
O = "other"
BAL = "a fund's balance (基金現在高), not a budget"
DEP = "a settled deposit into a fund (積立額), not a budget"
WDR = "a settled drawdown of a fund (取崩額), not a budget"
COLS = {"A": (2005, "平成17年度末現在高", BAL), "B": (2006, "平成18年度 積立額", DEP),
        "C": (2006, "平成18年度 取崩額", WDR), "E": (2006, "平成18年度末現在高", BAL)}
M = [
    fyr(2, "平成18年度", 2006), fyr(6, "平成17年度", 2005), fyr(8, "平成18年度", 2006), fyr(9, "平成18年度", 2006),
    date(109, "平成19年3月31日", "2007-03-31"), cnt(109, "6,698人", 6698, "人"), fyr(110, "平成18年度", 2006),
    trap(amt(111, "130,894円", 130894, role=O, fy=2006), "村民一人当たりの積立基金残高 (平成18年度末)", BAL),
]
# (fund, first line, the columns its cells fill in order, the texts)
ROWS_T = [
    ("財政調整基金", 16, "ABCE", ("4億798万円", "1億512万円", "6300万円", "4億5010万円")),
    ("減債基金", 21, "ABCE", ("8973万円", "1703万円", "3650万円", "7026万円")),
    ("文化財等保護基金", 28, "ABE", ("4524万円", "1万円", "4525万円")),
    ("退職手当等基金", 32, "ABE", ("5690万円", "4001万円", "9691万円")),
    ("公共施設整備基金", 36, "ABCE", ("9031万円", "6501万円", "8800万円", "6732万円")),
    ("取崩型積立型 小計", 41, "ABCE", ("1億9245万円", "1億503万円", "8800万円", "2億948万円")),
    ("人材育成基金", 47, "ABCE", ("2553万円", "1万円", "2500万円", "54万円")),
    ("地域福祉基金", 52, "ACE", ("1億3693万円", "58万円", "1億3635万円")),
    ("中山間ふるさと水と土保全基金", 56, "AE", ("1000万円", "1000万円")),
    ("果実運用型 小計", 59, "ABCE", ("1億7246万円", "1万円", "2558万円", "1億4689万円")),
    ("その他特定目的基金 合計", 64, "ABCE", ("3億6491万円", "1億504万円", "2558万円", "3億5637万円")),
    ("積立基金総合計", 69, "ABCE", ("8億6262万円", "2億2719万円", "2億1308万円", "8億7673万円")),
    ("土地開発基金", 75, "ABE", ("2011万円", "1万円", "2012万円")),
    ("奨学基金", 80, "AE", ("526万円", "526万円")),
    ("スポーツ大会出場助成基金", 83, "ABCE", ("31万円", "69万円", "86万円", "14万円")),
    ("スポーツ障害補償基金", 88, "AE", ("36万円", "36万円")),
    ("高額医療費資金貸付基金", 91, "AE", ("200万円", "200万円")),
    ("その他定額運用基金 小計", 94, "ABCE", ("793万円", "69万円", "86万円", "776万円")),
    ("定額運用基金合計", 99, "ABCE", ("2804万円", "70万円", "86万円", "2788万円")),
    ("基金総額", 104, "ABCE", ("8億9066万円", "2億2789万円", "2億1394万円", "9億461万円")),
]


def _yen(text: str) -> int:
    body = text.removesuffix("万円")
    oku, _, man = body.rpartition("億")
    return (int(oku) * 10000 if oku else 0) * 10000 + int(man or 0) * 10000


for fund, first, cols, texts in ROWS_T:
    for i, (col, text) in enumerate(zip(cols, texts)):
        fy, head, why = COLS[col]
        M.append(trap(amt(first + i, text, _yen(text), role=O, fy=fy), f"{fund} {head}", why))
ROWS: list[dict] = []
NOT_ROWS = traps(M)
