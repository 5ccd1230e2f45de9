from kinds import amt, fyr, pct

DOC = "urahoro_r5_kamiki_zaisei"
# 浦幌町's half-year execution (令和5年度上半期), in prose, then `label:value` lists under `(千円)` headers. The general
# account's starting budget `66億8,774万円` and its 現計予算 after supplementaries are `budget` FY2023, account totals:
# traps (fresh5a); `(うち繰越明許費予算1,574万円)` the part of the starting budget carried over from the year before:
# `budget` FY2023 under the line's label (NEW, arguable: a reader could give it fy 2022 or `other` as a carry-over), a
# trap. Revenue received, the 町税 budget and received, the expenditure paid: `other` (revenue and settled lines),
# traps. Percents of the budget: five. The lists (`総務債:600,518`, `財政調整基金:1,909,941`, `合計:4,010,458` …) carry
# no unit in the cell (`(千円)` in the header): bare, no mentions (as wild/README's call 1 and issue 22). `毎年6月及び
# 12月` is a recurring schedule: no date (an earlier call: `毎年の3月議会`).
B, O, FY = "budget", "other", 2023
M = [
    fyr(1, "令和5年度", FY),
    fyr(3, "令和5年度", FY), amt(3, "66億8,774万円", 6687740000, fy=FY), amt(3, "1,574万円", 15740000, fy=FY),
    amt(3, "72億5,918万8千円", 7259188000, fy=FY),
    pct(4, "49.6%", 49.6), amt(4, "36億231万4千円", 3602314000, role=O, fy=FY), pct(4, "9.4%", 9.4),
    amt(4, "6億8,007万2千円", 680072000, role=O, fy=FY), pct(4, "64.8%", 64.8),
    amt(4, "4億4,035万5千円", 440355000, role=O, fy=FY),
    pct(5, "35.2%", 35.2), amt(5, "25億5,344万1千円", 2553441000, role=O, fy=FY),
]
ROWS: list[dict] = []
A = "the general account's total (an account is not a programme)"
NOT_ROWS = [
    dict(line=3, text="66億8,774万円", value_yen=6687740000, fy=FY, mention_role=B, what="一般会計予算 (スタート)", reason=A),
    dict(line=3, text="1,574万円", value_yen=15740000, fy=FY, mention_role=B, what="うち繰越明許費予算",
         reason="the carried-over part of the account's budget (繰越), not a programme"),
    dict(line=3, text="72億5,918万8千円", value_yen=7259188000, fy=FY, mention_role=B, what="現計予算", reason=A),
    dict(line=4, text="36億231万4千円", value_yen=3602314000, fy=FY, mention_role=O, what="歳入 収入済",
         reason="revenue received"),
    dict(line=4, text="6億8,007万2千円", value_yen=680072000, fy=FY, mention_role=O, what="町税 (歳入予算額)",
         reason="a revenue line (revenue lines are no rows)"),
    dict(line=4, text="4億4,035万5千円", value_yen=440355000, fy=FY, mention_role=O, what="町税 収入済",
         reason="revenue received"),
    dict(line=5, text="25億5,344万1千円", value_yen=2553441000, fy=FY, mention_role=O, what="歳出 支出済",
         reason="expenditure paid (執行額)"),
]
