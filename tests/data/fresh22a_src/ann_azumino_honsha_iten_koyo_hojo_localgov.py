from kinds import amt, cnt, trap, traps

DOC = "azumino_honsha_iten_koyo_hojo_localgov"
# 長野県安曇野市's 本社機能移転企業雇用創出事業補助金 as a LocalGov.jp record (markdown): `amount_max_jpy: ¥1,000,000` is
# the grant's maximum written with a yen sign: an amount, `support`, at_most (the field says max), min null (NEW: `¥`
# digits as yen); the grant per new employee `5万円` / `10万円` `support`; `上限100万円` a cap (`support`, at_most). Staff
# thresholds `2人以上`, `5名以上` counts at_least. The municipality code `202207`, the id, the URLs and `CC BY 4.0` are
# codes: no mentions. No year on the page: fy null.
S = "support"
AM, AL = ("at_most",), ("at_least",)
M = [
    trap(amt(6, "¥1,000,000", None, 1000000, role=S, q=AM), "amount_max_jpy", "the grant's maximum per company"),
    trap(amt(9, "5万円", 50000, role=S), "新規常勤雇用者1人につき", "a grant per employee"),
    trap(amt(9, "10万円", 100000, role=S), "市内住所者1人につき", "a grant per employee"),
    trap(amt(9, "100万円", None, 1000000, role=S, q=AM), "上限", "a cap per company"),
    cnt(14, "2人", 2, "人", None, q=AL),
    cnt(14, "5名", 5, "名", None, q=AL),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
