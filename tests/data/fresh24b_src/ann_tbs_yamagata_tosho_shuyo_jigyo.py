from kinds import amt, cnt, date, trap, traps

DOC = "tbs_yamagata_tosho_shuyo_jigyo"
# 山形県's 来年度 (FY2025) 当初予算案, the second page of a TV station's report (`主な事業です。`; the county's `新庄志誠館`, the
# July 2024 rains, `人口が100万人を割る`): the page writes no year, so every amount keeps fy null (GUIDE; fresh6a 木祖村);
# rows fy_alt [2025]. Each `…におよそN円` of the list is a work's budget, approx (`およそ` as 約): rows; the disaster
# recovery `およそ192億円` and the flood works `およそ140億円` AMBIGUOUS rows (NEW, arguable: classes of works, as fresh6a's
# 蒲郡市 `主要な建設改良事業`). The 県債残高 `1兆1388億円` and its increase `58億円` `other`, traps. `100万人` a count; ages
# `0歳から2歳児` no mentions; `去年7月` a date 2024-07 (the year from the report, arguable); `2月定例会` a session date 2025-02.
B, O = "budget", "other"
_ITEMS = [
    (2, "9億円", 900000000, "0歳から2歳児の保育料無償化に向けた負担軽減", False),
    (3, "1億円", 100000000, "子育て世代への移住支援の拡充など", False),
    (4, "32億円", 3200000000, "新庄志誠館などの県立学校の校舎整備", False),
    (5, "192億円", 19200000000, "去年7月の大雨災害からの復旧・復興費", True),
    (5, "140億円", 14000000000, "大雨による被害を防ぐための治水対策", True),
]
M = [cnt(2, "100万人", 1000000, "人")]
M += [amt(ln, t, v, role=B, q=("approx",)) for ln, t, v, _, _ in _ITEMS]
M += [
    date(5, "7月", "2024-07"),
    trap(amt(7, "58億円", 5800000000, role=O), "県債残高の増加", "change of a balance"),
    trap(amt(7, "1兆1388億円", 1138800000000, role=O), "県債残高", "balance"),
    date(8, "2月", "2025-02"),
]
ROWS = []
for ln, t, v, p, amb in _ITEMS:
    r = dict(line=ln, text=t, budget_yen=v, fy=None, fy_alt=[2025], program=p, role=B, ministry="山形県",
             why="a 主な事業 of the 来年度当初予算案 with its amount")
    if amb:
        r.update(ambiguous=True, note="a class of works (recovery, flood control), not one named work")
    ROWS.append(r)
NOT_ROWS = traps(M)
