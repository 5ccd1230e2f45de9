from kinds import amt, fyr, trap, traps

DOC = "kumano_shinki_shuno_kikai_shisetsu"
# 三重県熊野市's page on the national 新規就農者定着促進事業 (machinery and facilities for new farmers). `400万円が上限` the cap
# per farmer (`一人当たりの助成額`: `support`, at_most, min null), fy null. `平成19年度以降` a fiscal year 2007..null, at_least
# (GUIDE `以降`). Ages `39歳以下`, `2分の1以内`, `第1係`, phone and fax numbers and `内線482` no mentions.
S = "support"
M = [
    fyr(5, "平成19年度", 2007, None, q=("at_least",)),
    trap(amt(7, "400万円", None, 4000000, role=S, q=("at_most",)), "新規就農者定着促進事業 一人当たり 上限", "a grant's cap per farmer"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
