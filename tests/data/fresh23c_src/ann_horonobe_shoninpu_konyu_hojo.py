from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "horonobe_shoninpu_konyu_hojo"
# 北海道幌延町's page on its 初妊牛購入費補助制度. `令和2年度から令和6年度まで` two fiscal years (the two ends of `XからYまで`
# are two points, GUIDE), the scheme's period: it labels no amount (fy null; fresh22a: a window is no fy label for terms).
# `購入価格が40万円以上` the price the cow must reach: `support`, at_least (fresh22a's threshold of what the grant is for);
# `購入価格から40万円を控除した額` the deduction in the grant formula: `support`, no qualifier (NEW); `20万円を上限` the cap
# per cow (`support`, at_most). `1頭につき`, `1経営体あたり` rate markers; `10頭を上限` a count at_most; `平成28年度からの
# 合計` a fiscal year (a point). `5年間` a duration, `4年以上` at_least. The update date `2024年02月15日`. Phone and fax
# numbers, `内線244`, list numbers no mentions.
S = "support"
AM, AL = ("at_most",), ("at_least",)
M = [
    fyr(4, "令和2年度", 2020),
    fyr(4, "令和6年度", 2024),
    trap(amt(8, "40万円", 400000, None, role=S, q=AL), "対象牛 購入価格", "a price threshold"),
    dur(11, "5年間", 5, "year"),
    dur(12, "4年", 4, "year", None, q=AL),
    trap(amt(17, "40万円", 400000, role=S), "補助金の額 購入価格から控除する額", "a deduction in the grant formula"),
    trap(amt(17, "20万円", None, 200000, role=S, q=AM), "初妊牛1頭につき 上限", "a grant's cap per cow"),
    cnt(18, "10頭", None, "頭", 10, q=AM),
    fyr(18, "平成28年度", 2016),
    date(26, "2024年02月15日", "2024-02-15"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
