from kinds import amt, cnt, date, dur, pct, trap, traps

DOC = "ninomiya_giin_hoshu_seimu"
# 神奈川県二宮町's council page 議会費 / 議員報酬 (更新日 2023年8月7日): a table glued one row a line `議長382,000円991,672円
# 991,672円6,567,344円` under the header `議員報酬(月額) 期末手当(6月) 期末手当(12月) 年額`: the monthly pay `other` per
# `month`, each bonus `other` per null (one payment), the year's total `other` per `year` (the `年額` header: ／年), all
# fy null (the page states no year for its figures: 更新日 is the page's date; the 平成20年 and 令和元年 dates say since when
# the rates apply: NEW, arguable), traps (pay per person). The header's `(6月)`, `(12月)` and the note's `6月、12月` name
# the bonuses' recurring months (no dates: fresh14d's recurring schedules); `5月に1年分を交付` likewise (no date; `1年分`
# a duration, NEW, arguable). `2.2か月分` a count with unit `か月分` (the bonus in months of pay: as `4.45月分`, NEW,
# arguable: a reader may read a duration of 2.2 months); `18%` a percent. 政務活動費 `一人当たり月額7,500円×12ヵ月=
# 90,000円`: a grant per member, `support` per `month` and its year's product `support` per null (no ／年 written;
# arguable), `12ヵ月` a duration, traps (per-recipient sizes). `平成12年`, `平成25年` dates of the law's amendments;
# `第100条第14項及び第15項` a law article; `1人` a count; `ID:815` no mention.
O = "other"
PAY = "pay per council member, not a budget"
M = [date(5, "2023年8月7日", "2023-08-07")]
for ln, who, mo, bonus, year in [(10, "議長", ("382,000円", 382000), ("991,672円", 991672), ("6,567,344円", 6567344)),
                                 (11, "副議長", ("299,000円", 299000), ("776,204円", 776204), ("5,140,408円", 5140408)),
                                 (12, "議員", ("283,000円", 283000), ("734,668円", 734668), ("4,865,336円", 4865336))]:
    M += [trap(amt(ln, mo[0], mo[1], role=O, per="month"), f"{who} 議員報酬(月額)", PAY),
          trap(amt(ln, bonus[0], bonus[1], role=O), f"{who} 期末手当(6月)", PAY),
          trap(amt(ln, bonus[0], bonus[1], role=O), f"{who} 期末手当(12月)", PAY),
          trap(amt(ln, year[0], year[1], role=O, per="year"), f"{who} 年額", PAY)]
M += [
    date(13, "平成20年4月1日", "2008-04-01"),
    pct(14, "18%", 18), cnt(14, "2.2か月分", 2.2, "か月分"), date(14, "令和元年6月1日", "2019-06-01"),
    date(16, "平成12年", "2000"), date(16, "平成25年", "2013"),
    cnt(19, "1人", 1, "人"),
    trap(amt(20, "7,500円", 7500, role="support", per="month"), "政務活動費 一人当たり月額",
         "a grant per member (a per-recipient size), not a budget"),
    dur(20, "12ヵ月", 12, "month"),
    trap(amt(20, "90,000円", 90000, role="support"), "政務活動費 一人当たり (12か月分)",
         "a grant per member for a year (a per-recipient size), not a budget"),
    dur(21, "1年分", 1, "year"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
