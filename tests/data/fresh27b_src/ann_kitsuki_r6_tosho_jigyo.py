from kinds import amt, cnt, date, trap, traps

DOC = "kitsuki_r6_tosho_jigyo"
# 杵築市 (広報きつき 令和6年5月号 on mykoho: 令和6年度 当初予算 (3)), a page of the city's main programmes, one a section:
# `○name…N万円`, `〔継続〕/〔新規〕`, a per-citizen figure. The kept text writes NO budget year (the article's title
# is outside it; `令和6年3月31日` dates the population only): every programme figure `budget`, fy null, rows with
# `fy_alt: [2024]` (fresh24a / fresh25a). NEW: `(市民1人当たり約N円)` is the 事業費 divided by the population (the page
# says so): `other`, approx, per null (not a grant per person: fresh25a's terms per applicant are `support`, this is a
# ratio of the programme's cost), traps. `26,528人` a count; `令和6年3月31日` a date; `1人当たり` no count. `<こ` the cut.
O = "other"
M = [
    date(3, "令和6年3月31日", "2024-03-31"), cnt(3, "26,528人", 26528, "人"),
    amt(5, "5,024万円", 50240000),
    trap(amt(6, "1,894円", 1894, role=O, q=("approx",)), "市民1人当たり金額", "the cost per citizen, a ratio"),
    amt(8, "1億1,231万円", 112310000),
    trap(amt(9, "4,233円", 4233, role=O, q=("approx",)), "市民1人当たり金額", "the cost per citizen, a ratio"),
    amt(12, "1,297万円", 12970000),
    trap(amt(13, "489円", 489, role=O, q=("approx",)), "市民1人当たり金額", "the cost per citizen, a ratio"),
    amt(15, "2,727万円", 27270000),
    trap(amt(16, "1,028円", 1028, role=O, q=("approx",)), "市民1人当たり金額", "the cost per citizen, a ratio"),
    amt(18, "2,376万円", 23760000),
    trap(amt(19, "896円", 896, role=O, q=("approx",)), "市民1人当たり金額", "the cost per citizen, a ratio"),
    amt(21, "300万円", 3000000),
    trap(amt(22, "113円", 113, role=O, q=("approx",)), "市民1人当たり金額", "the cost per citizen, a ratio"),
]
W = "a main programme's figure `○name…N万円` in the city's budget article (no budget year written)"


def row(line: int, text: str, v: int, program: str) -> dict:
    return dict(line=line, text=text, budget_yen=v, fy=None, fy_alt=[2024], program=program, role="budget", why=W)


ROWS = [
    row(5, "5,024万円", 50240000, "コミュニティバス運行事業"),
    row(8, "1億1,231万円", 112310000, "道路メンテナンス事業(橋梁等長寿命化修繕事業)"),
    row(12, "1,297万円", 12970000, "史跡杵築城跡保存活用事業"),
    row(15, "2,727万円", 27270000, "合併処理浄化槽設置事業"),
    row(18, "2,376万円", 23760000, "伝統的建造物群保存地区保存整備事業"),
    row(21, "300万円", 3000000, "文化財保存活用地域計画策定事業"),
]
NOT_ROWS = traps(M)
