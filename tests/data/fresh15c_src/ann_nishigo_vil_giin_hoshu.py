from kinds import amt, date, pct, trap, traps

DOC = "nishigo_vil_giin_hoshu"
# 福島県西郷村's council page 議員報酬・費用弁償等 (更新日 2023年09月07日): 報酬月額 per office (`other`, per `month`: the
# `報酬月額` header over the rows), the 費用弁償 日額, 日当 and 宿泊料 rates (`other`, per null), the 期末手当 formula
# (`115/100`, `165/100`, `100分の115`: fractions, no mentions; `6月` / `12月` a recurring schedule, no dates: fresh14d),
# `15%増し` a percent; the 所管事務調査事業補助 `一人当たり 1年あたり100,000円以内` (a grant per member: `support`, cap
# null..100,000 at_most, per `year`; `1年あたり` part of the rate, no duration: fresh12b) and the 政務活動費 `一人当たり
# 月額20,000円` (a grant per member per month: `support`, per `month`). fy null for all: the page states no year for its
# rates (its 更新日 is the page's date, not the figures' year: NEW, arguable). All traps (rates per person and
# per-recipient grant sizes; no programme's budget). `第100条第14項` a law article (no mention).
O = "other"
PAY = "a pay or expense rate per person, not a budget"
M = [date(2, "2023年09月07日", "2023-09-07")]
for ln, text, v, who in [(6, "350,000円", 350000, "議長"), (7, "284,000円", 284000, "副議長"),
                         (8, "272,000円", 272000, "委員長"), (9, "260,000円", 260000, "議員")]:
    M.append(trap(amt(ln, text, v, role=O, per="month"), f"{who} 報酬月額", PAY))
M += [
    trap(amt(13, "1,500円", 1500, role=O), "費用弁償 日額", PAY),
    trap(amt(14, "3,000円", 3000, role=O), "日当", PAY),
    trap(amt(15, "13,100円", 13100, role=O), "宿泊料 甲地方", PAY),
    trap(amt(16, "11,800円", 11800, role=O), "宿泊料 乙地方", PAY),
    pct(20, "15%", 15),
    trap(amt(22, "100,000円", None, 100000, role="support", q=("at_most",), per="year"),
         "所管事務調査事業補助 常任委員会 一人当たり", "a cap per member (a per-recipient size), not a budget"),
    trap(amt(23, "100,000円", None, 100000, role="support", q=("at_most",), per="year"),
         "所管事務調査事業補助 議会運営委員会 一人当たり", "a cap per member (a per-recipient size), not a budget"),
    trap(amt(26, "20,000円", 20000, role="support", per="month"), "政務活動費 一人当たり 月額",
         "a grant per member per month (a per-recipient size), not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
