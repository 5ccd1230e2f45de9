from kinds import amt, date, trap, traps

DOC = "tarama_2014_kodomo_iryohi_kyushoku_muryo"
# 宮古毎日新聞 (2014-09-27) on 沖縄県多良間村's ordinances: free lunches, free kindergarten fees, free medical care to the
# end of high school, and larger settlement grants. The site's header date `02/04` + next line `2026` one date broken
# by a line break (2026-02-04; GUIDE); `旧暦:12月16日` left out (a lunar-calendar day has no ISO date); `9:00` a clock
# time. `25日` 2014-09-25 and `9月定例会` 2014-09 (the article's date). Grants per recipient (定住奨励金 `5万円` → `20万円`,
# 結婚祝い金 `5万円` → `15万円`, 出産祝い金 `2万円` → `5万円`, `10万円`, housing `50万円~120万円` one range) `support`,
# fy null, traps (grant sizes, old and new: fresh's 福島県 `20万円から30万円に増額`). The fund's `1億4000万円` (積み立て)
# `other`, a trap (a fund's balance, not a budget). No programme budget on the page: no rows. Ages `0歳児~高校卒業` none.
O, SU = "other", "support"
GRANT = "a grant per recipient (old or new size), not a budget"
M = [
    date(1, "02/04", "2026-02-04"),
    date(6, "2014年9月27日", "2014-09-27"),
    trap(amt(8, "20万円", 200000, role=SU), "定住奨励 増額後", GRANT),
    date(9, "25日", "2014-09-25"),
    trap(amt(10, "5万円", 50000, role=SU), "定住奨励金 これまで", GRANT),
    trap(amt(10, "20万円", 200000, role=SU), "定住奨励金 増額後", GRANT),
    trap(amt(11, "5万円", 50000, role=SU), "結婚祝い金 これまで / 出産祝い金 増額後", GRANT),
    trap(amt(11, "15万円", 150000, role=SU), "結婚祝い金 引き上げ後", GRANT),
    trap(amt(11, "2万円", 20000, role=SU), "出産祝い金 これまで", GRANT),
    amt(11, "5万円", 50000, role=SU),
    trap(amt(11, "10万円", 100000, role=SU), "出産祝い金 第2子以降", GRANT),
    trap(amt(12, "50万円~120万円", 500000, 1200000, role=SU), "住宅新築・購入 助成 (面積に応じて)", GRANT),
    date(13, "9月", "2014-09"),
    trap(amt(14, "1億4000万円", 140000000, role=O), "多良間村過疎化対策子育て応援基金 積立額", "a fund's balance, not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
