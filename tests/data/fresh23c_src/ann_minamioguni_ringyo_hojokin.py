from kinds import amt, cnt, trap, traps

DOC = "minamioguni_ringyo_hojokin"
# 熊本県南小国町's page on its forestry grants. `50万円以上の林業機械`, `10万円以上のチェーンソー` the price an item must reach
# (`support`, at_least: fresh22a's thresholds of what the grant is for); under `上限額は次のとおり` the caps `100万円`,
# `10万円`, `5万円` (`support`, at_most, min null: a label over its list, as a `上限` header). fy null. `下記3つ` a count of
# 3 `つ` (GUIDE `の一つ`, fresh22a `3つの奨励金`). Volumes `12立方メートル`, `40立方メートル` physical units; `1路線当り` a rate
# marker; the menu's list numbers `1.`…`4.` and `2分の1以内` no mentions.
S = "support"
AM, AL = ("at_most",), ("at_least",)
M = [
    cnt(9, "3つ", 3, "つ"),
    trap(amt(14, "50万円", 500000, None, role=S, q=AL), "林業機械等導入 対象機械の価格", "a purchase threshold"),
    trap(amt(15, "10万円", 100000, None, role=S, q=AL), "林業機械等導入 チェーンソーの価格", "a purchase threshold"),
    trap(amt(19, "100万円", None, 1000000, role=S, q=AM), "林業機械 上限額", "a grant's cap per applicant"),
    trap(amt(20, "10万円", None, 100000, role=S, q=AM), "チェーンソー 上限額", "a grant's cap per applicant"),
    trap(amt(21, "5万円", None, 50000, role=S, q=AM), "安全装備品 上限額", "a grant's cap per applicant"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
