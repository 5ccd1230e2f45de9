from kinds import amt, cnt, date, pct, trap, traps

DOC = "myoko_r5_premium_shohinken"
# 新潟県妙高市's price-relief measures as 上越タウンジャーナル reports them (2023-09-12, the year from the page's address and
# `2023年11月1日`): premium vouchers (`販売額1冊5000円で1万円分`, `プレミアム率100%`), one book given to each child, `現金3万円` to
# each student, and the `事業費約6億9240万円を計上した補正予算案` of the 市議会9月定例会. The programme's money in the
# supplementary: supplementary_budget, approx, fy 2023, a ROW (fresh17d's assembly reports: a programme's own figure in a
# supplementary). The sizes: the book's price `5000円` `other`, its face value `1万円` `support`, the cash `3万円` per person
# (three times) `support`, the ticket's denomination `500円` `support` (audit: a face value, fresh11c's `500円×24枚`);
# fy 2023, the bill's year (fresh17d 国見町's voucher price and face value, FY of the bill; arguable: null), traps. `1冊5000円` is a rate
# (per book: no count, fresh8a's
# `1件当たり`); `1人1冊` a count of 1 `冊` (books handed to each; arguable), `1人2冊まで` 2 冊 at_most, `20枚` and `1冊` counts,
# `約3000人` approx; `1人につき` no count. Dates: `2023年11月1日から来年2月29日` two points (2024-02-29), `8月31日` 2023-08-31
# twice, `来年1月31日までに` null..2024-01-31 at_most, `1998年4月2日から2008年4月1日まで` two points, `10月以降` 2023-10..null
# at_least, `8月` 2023-08, `9月定例会` 2023-09 (fresh17d's `令和元年9月定例会` a date). `0歳`, `中学3年生`: ages and grades.
S, O, SB = "support", "other", "supplementary_budget"
FY = 2023
M = [
    trap(amt(1, "5000円", 5000, role=O, fy=FY), "プレミアム付商品券 1冊の販売額", "a voucher book's price, not a budget row"),
    trap(amt(1, "1万円", 10000, role=S, fy=FY), "プレミアム付商品券 1冊の額面", "a voucher book's face value (a relief size)"),
    pct(1, "100%", 100), cnt(1, "1冊", 1, "冊"),
    trap(amt(1, "3万円", 30000, role=S, fy=FY), "高校生・大学生ら 1人につき現金", "a cash benefit per person, not a budget row"),
    amt(1, "6億9240万円", 692400000, role=SB, fy=FY, q=("approx",)),
    date(1, "9月", "2023-09"),
    pct(2, "100%", 100),
    trap(amt(3, "500円", 500, role=S, fy=FY), "商品券 500円券 (1枚の額面)", "a ticket's face value (a relief size), not a budget row"),
    cnt(3, "20枚", 20, "枚"), cnt(3, "1冊", 1, "冊"),
    date(3, "2023年11月1日", "2023-11-01"), date(3, "2月29日", "2024-02-29"), date(3, "8月31日", "2023-08-31"),
    cnt(3, "2冊", 2, "冊", q=("at_most",)), date(3, "1月31日", None, "2024-01-31", q=("at_most",)),
    cnt(3, "3000人", 3000, "人", q=("approx",)), cnt(3, "1冊", 1, "冊"),
    trap(amt(4, "3万円", 30000, role=S, fy=FY), "高校生・大学生らへの現金 (見出し)", "a cash benefit per person, not a budget row"),
    date(5, "1998年4月2日", "1998-04-02"), date(5, "2008年4月1日", "2008-04-01"),
    trap(amt(5, "3万円", 30000, role=S, fy=FY), "高校生・大学生ら 1人につき現金", "a cash benefit per person, not a budget row"),
    date(5, "8月31日", "2023-08-31"), date(5, "10月", "2023-10", None, q=("at_least",)),
    date(6, "8月", "2023-08"),
]
ROWS = [
    dict(line=1, text="6億9240万円", budget_yen=692400000, fy=FY, role=SB, program="物価高騰対策 (プレミアム付商品券・子育て世帯支援)",
         aliases=["プレミアム付商品券発行事業", "物価高騰対策事業"],
         why="the measures' 事業費 put in the supplementary bill of the 9月定例会 (a programme's own figure, fresh17d)"),
]
NOT_ROWS = traps(M)
