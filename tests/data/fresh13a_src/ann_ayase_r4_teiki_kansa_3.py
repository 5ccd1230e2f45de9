from kinds import amt, date, fyr, trap, traps

DOC = "ayase_r4_teiki_kansa_3"
# 神奈川県綾瀬市's 監査委員: 令和4年度 定期監査(第3回) and its 措置状況: what was audited, then one finding told twice (in
# prose and in the table `予防課 |` … `監 査 結 果 |`): `令和4年度綾瀬市防火協会に対する防火協力団体補助金` decided and paid
# too high, `・正: 90,000円` / `・誤:100,000円`. Both the right and the wrong sum are a grant to one body: `support` FY2022
# (the 令和4年度 before the grant's name), traps (earlier calls: grants paid out are support). `令和4年度4月から令和4年度8月分
# まで`: fiscal years 2022 and the months 2022-04 and 2022-08 as dates (NEW, arguable: a month written after a fiscal
# year); `定期監査(第3回)` an ordinal; `1監査日及び場所` … `5監査結果`, `(1)` … `(6)` list numbers.
S = "support"
t = trap
G = "a grant decided for one body, right or wrong sum, found in a periodic audit: no budget"
M = [
    fyr(1, "令和4年度", 2022),
    date(4, "令和4年10月28日", "2022-10-28"),
    fyr(6, "令和3年度", 2021), fyr(6, "令和4年度", 2022), date(6, "4月", "2022-04"),
    fyr(6, "令和4年度", 2022), date(6, "8月", "2022-08"),
    fyr(19, "令和4年度", 2022),
    t(amt(20, "90,000円", 90000, role=S, fy=2022), "防火協力団体補助金 交付決定額 (正)", G),
    t(amt(21, "100,000円", 100000, role=S, fy=2022), "防火協力団体補助金 交付決定額 (誤: 交付した額)", G),
    fyr(28, "令和4年度", 2022),
    t(amt(28, "90,000円", 90000, role=S, fy=2022), "防火協力団体補助金 交付決定額 (正, 表)", G),
    t(amt(28, "100,000円", 100000, role=S, fy=2022), "防火協力団体補助金 交付決定額 (誤, 表)", G),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
