from kinds import amt, cnt, trap, traps

DOC = "makkari_h27_senkougata_koka_kensho"
# 北海道真狩村's 効果検証結果 of six projects under the 地方創生先行型 交付金, ONE line (expydoc). The 交付額 cells `3,000`,
# `5,400`, `7,833` stand bare under the header `(千円)`: no mentions (GUIDE's bare cells). The KPI cells carry their units:
# `3件`, `2件` (商談件数, 製品開発等の取組件数), `7,946人` (道の駅観光客入込数増加) counts; `200万円` (the target of カフェ売上げ, the
# high-school café's sales) an amount, `other`, fy null, a trap (a KPI target of sales, not a budget); `17件` (the result,
# 商談・テスト販売) a count. List numbers (`1 真狩村…` … `6 子育て…`), the age `65歳未満`, `中学生まで`: no mentions.
O = "other"
M = [
    cnt(1, "3件", 3, "件"), cnt(1, "2件", 2, "件"), cnt(1, "7,946人", 7946, "人"),
    trap(amt(1, "200万円", 2000000, role=O), "KPI カフェ売上げ (高校生パティシエによる村活性化プロジェクト事業) 目標値",
         "a KPI target of sales, not a budget"),
    cnt(1, "17件", 17, "件"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
