from kinds import amt, fyr

DOC = "juen_h19_yosan_kessan"
# 上越教育大学's 平成19年度予算及び決算: the table is flattened one cell a line under `(単位:百万円)` (予算額 / 決算額 /
# 差額 columns; the totals `4,484 4,691 207`, `4,484 4,412 △72`, `収入−支出 0 279 279`): bare cells, no mentions
# (issue 22; fresh9b's 池田市). The notes state four differences with their unit: `予算額に比して決算額がN百万円多額`
# (the settlement above the budget by N): `other` (a difference, not a budget), FY2007 from the heading
# `平成19年度予算及び決算`, traps. List marks `(5)`, `(注1)` … `(注11)`, `1 管理運営`: no mentions.
O, FY = "other", 2007
M = [
    fyr(2, "平成19年度", FY),
    amt(120, "100百万円", 100000000, role=O, fy=FY),
    amt(121, "3百万円", 3000000, role=O, fy=FY),
    amt(122, "22百万円", 22000000, role=O, fy=FY),
    amt(123, "13百万円", 13000000, role=O, fy=FY),
]
ROWS: list[dict] = []
R = "a difference between the settlement and the budget (決算額 above 予算額), not a budget"
NOT_ROWS = [
    dict(line=120, text="100百万円", value_yen=100000000, fy=FY, mention_role=O, what="運営費交付金 決算-予算", reason=R),
    dict(line=121, text="3百万円", value_yen=3000000, fy=FY, mention_role=O, what="施設整備費補助金 決算-予算", reason=R),
    dict(line=122, text="22百万円", value_yen=22000000, fy=FY, mention_role=O, what="補助金等収入 決算-予算", reason=R),
    dict(line=123, text="13百万円", value_yen=13000000, fy=FY, mention_role=O, what="授業料等収入 決算-予算", reason=R),
]
