from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "kunimi_r4_rinji4_comons"
# 福島県国見町議会's 令和4年第4回臨時会 (2022-10-26) as comons.me reports it: a contract change and the FY2022
# supplementary (第4号), passed `起立によって全員賛成`. `令和4年第4回…臨時会` names the session's year: a date 2022 (fresh12c
# 太宰府市). The supplementary's addition `1億7800万円` supplementary_budget and the total after it `79億9300万円` budget,
# FY2022 (the bill's `令和4年度` on line 2 labels them), traps (fresh8b). Its measures are named without figures. The
# premium vouchers: `総額5,000円で7,500円の商品券が購入できる` (a buyer pays 5,000円 for vouchers worth 7,500円): the
# price and the face value of one purchase, FY2022, traps: the price `other`, the face value `support` (blind audit,
# changed from `other`: fresh11c 山形県's coupons, face values `support` and prices `other`, and fresh's `5000円の商品券`);
# `最大のプレミアム率は50%` a cap, null..50 at_most (GUIDE's 最大). `10事業所`,
# `2件`, `11名` counts; `議案第55号`, `第4号` no mentions.
S, B, O = "supplementary_budget", "budget", "other"
FY = 2022
M = [
    date(1, "令和4年", "2022"), date(1, "10月26日", "2022-10-26"), cnt(1, "2件", 2, "件"),
    cnt(2, "11名", 11, "名"), fyr(2, "令和4年度", 2022),
    trap(amt(4, "1億7800万円", 178000000, role=S, fy=FY), "一般会計補正予算(第4号)の追加額", "supplementary total"),
    trap(amt(4, "79億9300万円", 7993000000, role=B, fy=FY), "補正後の予算の総額", "account total after a supplementary"),
    cnt(5, "10事業所", 10, "事業所"),
    trap(amt(6, "5,000円", 5000, role=O, fy=FY), "プレミアム商品券の購入額 (1回)", "a voucher's price, not a budget"),
    trap(amt(6, "7,500円", 7500, role="support", fy=FY), "プレミアム商品券の額面 (1回)",
         "a voucher's face value (the benefit a buyer gets), not a budget"),
    pct(6, "50%", None, 50, q=("at_most",)),
]
ROWS: list = []
NOT_ROWS = traps(M)
