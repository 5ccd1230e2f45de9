from kinds import amt, date, fyr, pct

DOC = "musashimurayama_r5_yosan"
# 武蔵村山市 (東京都; its 財政 page 1018469): 令和5年度 各会計の当初予算額, a table flattened one cell a line with the
# columns `令和5年度(A)` / `令和4年度(B)` / `対前年度(A-B)` / `増減率`. As fresh6a's 四條畷市: the (A) cells budget
# FY2023, the (B) cells previous_budget FY2022 (a year in a column header), the (A-B) cells other FY2023 (the word
# `増` after the figure carries the sign, as `3.3%の減`), the rates percents. Every cell is an account or a sum of
# accounts (特別会計 one by one, the 下水道事業会計, 合計): traps, no row. `1億5,510万 円` and `15億 245万6千円` keep the
# stored space; the page date `令和5年4月14日` a date; `(A-B)` and the list numbers `(1)`…`(4)` no mentions.
B, P, O, FY, PY = "budget", "previous_budget", "other", 2023, 2022
_T = [  # (first line of the account's cells, account, A, B, change, rate)
    (16, "一般会計", ("311億3,382万6千円", 31133826000), ("302億8,047万9千円", 30280479000), ("8億5,334万7千円", 853347000), ("2.8%", 2.8)),
    (22, "特別会計合計", ("172億9,829万9千円", 17298299000), ("164億5,482万2千円", 16454822000), ("8億4,347万7千円", 843477000),
     ("5.1%", 5.1)),
    (29, "国民健康保険事業特別会計", ("80億4,917万5千円", 8049175000), ("77億7,072万9千円", 7770729000), ("2億7,844万6千円", 278446000),
     ("3.6%", 3.6)),
    (34, "介護保険特別会計", ("57億1,711万1千円", 5717111000), ("55億6,201万1千円", 5562011000), ("1億5,510万 円", 155100000),
     ("2.8%", 2.8)),
    (40, "都市核地区土地区画整理事業特別会計", ("16億3,950万7千円", 1639507000), ("13億5,527万1千円", 1355271000),
     ("2億8,423万6千円", 284236000), ("21.0%", 21.0)),
    (46, "後期高齢者医療特別会計", ("18億9,250万6千円", 1892506000), ("17億6,681万1千円", 1766811000), ("1億2,569万5千円", 125695000),
     ("7.1%", 7.1)),
    (52, "公営企業会計合計", ("15億 245万6千円", 1502456000), ("12億4,652万8千円", 1246528000), ("2億5,592万8千円", 255928000),
     ("20.5%", 20.5)),
    (58, "下水道事業会計", ("15億 245万6千円", 1502456000), ("12億4,652万8千円", 1246528000), ("2億5,592万8千円", 255928000),
     ("20.5%", 20.5)),
]
M = [date(1, "令和5年4月14日", "2023-04-14"), fyr(2, "令和5年度", FY), fyr(7, "令和5年度", FY), fyr(9, "令和5年度", FY),
     fyr(10, "令和4年度", PY)]
_W = []  # (line, text, value, role, fy, what, reason)
for ln, acc, (ta, a), (tb, b), (tc, c), (tp, p) in _T:
    M += [amt(ln, ta, a, role=B, fy=FY), amt(ln + 1, tb, b, role=P, fy=PY), amt(ln + 2, tc, c, role=O, fy=FY),
          pct(ln + 3, tp, p)]
    _W += [(ln, ta, a, B, FY, acc + " 令和5年度(A)", "account total (this year's column)"),
           (ln + 1, tb, b, P, PY, acc + " 令和4年度(B)", "account total (last year's column)"),
           (ln + 2, tc, c, O, FY, acc + " 対前年度(A-B)", "change")]
M += [amt(64, "499億3,458万1千円", 49934581000, role=B, fy=FY), amt(65, "479億8,182万9千円", 47981829000, role=P, fy=PY)]
_W += [(64, "499億3,458万1千円", 49934581000, B, FY, "合計 令和5年度(A)", "all-accounts total"),
       (65, "479億8,182万9千円", 47981829000, P, PY, "合計 令和4年度(B)", "all-accounts total (last year's column)")]
ROWS: list[dict[str, object]] = []
NOT_ROWS = [dict(line=ln, text=t, value_yen=v, fy=fy, mention_role=role, what=w, reason=why) for ln, t, v, role, fy, w, why in _W]
