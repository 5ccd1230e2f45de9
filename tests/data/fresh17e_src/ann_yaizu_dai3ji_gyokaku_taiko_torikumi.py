from kinds import amt, cnt, fyr, trap, traps

DOC = "yaizu_dai3ji_gyokaku_taiko_torikumi"
# 静岡県焼津市's 資料2 on its 第3次行政改革大綱 (a PDF's text on expydoc, one long line): the 財政効果額 (revenue gained and
# costs saved, against 平成21年度, cumulated where an effect lasts) by goal `【44 億 7,200 万円】` and by item
# (`公営企業の経営の健全化を図る 13 億 9,100 万円`, `第三セクターなど外郭団体の改革を図る 24 億 5,500 万円` …). All `other` (a
# reform's effects: fresh13b), fy null (cumulated over the plan's years against a base year: fresh13b's sums over a
# span), traps. Amounts are written with spaces inside (`44 億 7,200 万円`): text as written (fresh16a's spaced texts);
# the goal subtotals in `【 】` are amounts like the items (a subtotal is a trap as a total is). `平成 21 年度` a fiscal
# year (the base year of the comparison); `【13 施設】` a count of 施設; `エコアクション 21` a name; `資料2`, `第 3 次`, the
# page number `1` no mentions. The line is cut by the length limit (`㈶焼津市地域資`).
O = "other"
E = "a reform plan's effect against its base year (財政効果額), not a budget"
G = "a reform plan's effect summed for one of its goals, not a budget"
M = [
    fyr(1, "平成 21 年度", 2009),
    trap(amt(1, "3,300 万円", 33000000, role=O), "☆資質を高め、意識を改革する 効果額 (小計)", G),
    trap(amt(1, "3,300 万円", 33000000, role=O), "業務の改善・工夫 効果額", E),
    trap(amt(1, "44 億 7,200 万円", 4472000000, role=O), "☆終わりなき業務改革を進める 効果額 (小計)", G),
    trap(amt(1, "3億8,000 万円", 380000000, role=O), "指定管理者制度の検証・拡大 効果額 (直営との比較)", E),
    trap(amt(1, "500 万円", 5000000, role=O), "民間委託に向けた総点検 効果額", E),
    trap(amt(1, "13 億 9,100 万円", 1391000000, role=O), "公営企業の経営の健全化 効果額", E),
    trap(amt(1, "24 億 5,500 万円", 2455000000, role=O), "第三セクターなど外郭団体の改革 効果額", E),
    trap(amt(1, "300 万円", 3000000, role=O), "市民サービスの向上・事務の効率化 効果額", E),
    trap(amt(1, "2 億 3,800 万円", 238000000, role=O), "電子自治体 効果額", E),
    trap(amt(1, "3,300 万円", 33000000, role=O), "☆市民意識を高める 効果額 (小計)", G),
    trap(amt(1, "2,800 万円", 28000000, role=O), "分権型社会に対応した市民意識の啓発 効果額", E),
    trap(amt(1, "500 万円", 5000000, role=O), "助け合う心を育む 効果額", E),
    cnt(1, "13 施設", 13, "施設"),
]
ROWS: list = []
NOT_ROWS = traps(M)
