from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "toba_r4_bukka_hosei_isenp"
# 三重県鳥羽市's price-relief measures in its 令和4年度一般会計補正予算案 (伊勢新聞 2022-07-27, by its address). The
# supplementary's size `約3億8200万円` (headline without 約, lead with it) supplementary_budget fy 2022, traps (package
# total). Each measure's `事業費` is the supplementary's appropriation, a row: 市民応援券 `約1億9360万円`, 生活困窮者支援活動
# 団体助成 `約550万円`, キャッシュレス決済推進 `約1億2千万円`; the water-fee exemption `減免額は約4126万円を見込む` is the
# measure's cost written as the fees waived: a row, ambiguous (a reader may call it an estimate of revenue forgone,
# `other`). Grant sizes per recipient: the voucher `1万円分` per citizen, `上限50万円まで` per group (at_most), the `2万円`
# 奨励金 per business: `support`, fy 2022 (the lead's 令和4年度 supplementary scopes every item of the article: GUIDE),
# traps. Days: `26日`, `29日` take the month and year of the
# article's address (2022-07; fresh6c's year-less days of a press conference); `11月中旬から来年1月中旬まで` two points
# (2022-11, `来年1月` → 2023-01, text `1月`: fresh6c's anchor word out of text), `10月1日―11月20日までに` one range (まで closing
# a range), `8月から10月まで` two points.
S, P = "supplementary_budget", "support"
W = "a measure's 事業費 in the 令和4年度一般会計補正予算案 (price-relief measures)"
M = [
    trap(amt(1, "3億8200万円", 382000000, role=S, fy=2022), "補正予算案の増額 (見出し)", "package / supplementary total"),
    date(3, "26日", "2022-07-26"),
    trap(amt(3, "3億8200万円", 382000000, role=S, fy=2022, q=("approx",)), "補正予算案の増額", "package / supplementary total"),
    fyr(3, "令和4年度", 2022),
    date(3, "29日", "2022-07-29"),
    trap(amt(4, "1万円", 10000, role=P, fy=2022), "とば市民応援券 1人分", "a grant size per person"),
    cnt(4, "1万7500人", 17500, "人", q=("approx",)),
    amt(4, "1億9360万円", 193600000, role=S, fy=2022, q=("approx",)),
    date(4, "11月", "2022-11"), date(4, "1月", "2023-01"),
    trap(amt(5, "50万円", None, hi=500000, role=P, fy=2022, q=("at_most",)), "生活困窮者支援活動団体助成 1団体の上限", "a grant cap per recipient"),
    amt(5, "550万円", 5500000, role=S, fy=2022, q=("approx",)),
    date(6, "10月1日―11月20日", "2022-10-01", hi="2022-11-20"),
    trap(amt(6, "2万円", 20000, role=P, fy=2022), "キャッシュレス決済 導入奨励金 1事業者", "a grant size per recipient"),
    amt(6, "1億2千万円", 120000000, role=S, fy=2022, q=("approx",)),
    cnt(7, "8779件", 8779, "件"),
    date(7, "8月", "2022-08"), date(7, "10月", "2022-10"),
    dur(7, "3カ月", 3, "month"),
    amt(7, "4126万円", 41260000, role=S, fy=2022, q=("approx",)),
]
ROWS = [
    dict(line=4, text="1億9360万円", budget_yen=193600000, fy=2022, role=S, why=W, program="市民応援券事業 (とば市民応援券)"),
    dict(line=5, text="550万円", budget_yen=5500000, fy=2022, role=S, why=W, program="生活困窮者支援活動団体助成事業"),
    dict(line=6, text="1億2千万円", budget_yen=120000000, fy=2022, role=S, why=W, program="キャッシュレス決済推進事業"),
    dict(line=7, text="4126万円", budget_yen=41260000, fy=2022, role=S, why=W, ambiguous=True,
         note="written as the fees waived (減免額…を見込む); a reader may call it revenue forgone", program="水道基本料金の免除"),
]
NOT_ROWS = traps(M)
