from kinds import amt, date, fyr, trap, traps

DOC = "angola_emb_r7_kusanone_shomeishiki"
# 在アンゴラ日本国大使館's notice of a 令和7年度草の根・人間の安全保障無償資金協力 signing (2025-09-16): one grant to a mine
# clearance NGO, `計265,410米ドル(39,811,500円)` and `供与金額:265,410米ドル(39,811,500円)`. The dollar figure is no amount
# (wild's call: foreign currency is no amount, the yen beside it is); the yen figure is a grant to one recipient: `support`
# (GUIDE: per-project grants), fy 2025 (the title's and the line's `令和7年度`), a trap (a per-recipient size). `15地区` is
# part of a place name (セレス市15地区); `約1㎢` an area (no kind).
S = "support"
R = "a grassroots grant to one recipient (per-recipient size), not a budget"
M = [
    fyr(1, "令和7年度", 2025),
    date(2, "令和7年9月16日", "2025-09-16"),
    fyr(3, "令和7年度", 2025),
    date(4, "2025年9月16日", "2025-09-16"), fyr(4, "令和7年度", 2025),
    trap(amt(4, "39,811,500円", 39811500, role=S, fy=2025), "草の根無償 地雷分野 計 (贈与契約)", R),
    trap(amt(7, "39,811,500円", 39811500, role=S, fy=2025), "クアンザ・スル州セレス市15地区地雷除去計画 供与金額", R),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
