from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "nogi_r4_furusato_kifu_ukeire_kurokawa"
# 野木町 (栃木県)'s report to its council (議会全員協議会, 7月13日(木): a Thursday in 2023, the 令和5年度 the text names) of
# its 令和4年度 ふるさと納税 as a council member (黒川浩) posts it: the account of donations and their costs, two years side
# by side (`令和4年度令和3年度前年度対比`, the cells run together): `寄付件数3,236件3,105件4.2%`, `寄付額35,365,000円
# 29,826,000円18.6%`, the costs (返礼品代金, 封筒 `14,850円皆増`, 郵送・手数料, 委託料), then `寄付受入額 ― 支出費用額 = 差引額`
# for each year and the change of the net `前年度比33.8%`; last the uses donors asked for, `事業件数` and `前年度対比` run
# together (`…子育て支援事業1,46720.3%`). Donations, costs and the net are `other` with their column's or row's fy
# (2022 / 2021: GUIDE, a column header's year), every one a trap (NEW for the shape: a hometown-tax account's costs and
# net, as fresh11c's donations and settled costs). The run-together use cells: the bare counts (`1,467`, `190`, `260`,
# `170`, `58`: no unit written next to them, GUIDE's bare cells) no mentions; the change percents `20.3%`, `△0.5%` (-0.5),
# `33.3%`, `24.1%`, `41.5%` mentions (NEW, arguable: `5841.5%` splits as 58 / 41.5% by the pattern of the others; a
# reader could read 584 / 1.5%). The heading's `令和4年度` is a fiscal year (a page title); the text's `令和5年度` sits inside
# the quoted agenda item `「令和5年度ふるさと応援寄付金(ふるさと納税)の寄付受入状況について` (its `」` lost): no mention
# (GUIDE: quoted titles; fresh13c's cut `「令和2年度交通局`, fresh9b) (audit17c). `(1)` … `(5)` list numbers.
O = "other"
D = "donations received in one fiscal year (ふるさと納税 results), not a budget"
C = "a cost of running the town's ふるさと納税 in one fiscal year (a settled expense), not a programme budget"
M = [
    fyr(1, "令和4年度", 2022),
    date(2, "7月13日", "2023-07-13"),
    fyr(5, "令和4年度", 2022), fyr(5, "令和3年度", 2021),
    cnt(6, "3,236件", 3236, "件"), cnt(6, "3,105件", 3105, "件"), pct(6, "4.2%", 4.2),
    trap(amt(7, "35,365,000円", 35365000, role=O, fy=2022), "寄付額 (令和4年度)", D),
    trap(amt(7, "29,826,000円", 29826000, role=O, fy=2021), "寄付額 (令和3年度)", D),
    pct(7, "18.6%", 18.6),
    trap(amt(9, "8,089,784円", 8089784, role=O, fy=2022), "〔報償費〕各返礼品代金 (令和4年度)", C),
    trap(amt(9, "7,981,317円", 7981317, role=O, fy=2021), "〔報償費〕各返礼品代金 (令和3年度)", C),
    pct(9, "1.4%", 1.4),
    trap(amt(11, "14,850円", 14850, role=O, fy=2022), "〔印刷製本費〕ふるさと納税特例申請用封筒 (令和4年度)", C),
    trap(amt(12, "3,817,519円", 3817519, role=O, fy=2022), "〔役務費〕郵送・宅急便等費用、口座振替手数料 (令和4年度)", C),
    trap(amt(12, "3,664,618円", 3664618, role=O, fy=2021), "〔役務費〕郵送・宅急便等費用、口座振替手数料 (令和3年度)", C),
    pct(12, "4.2%", 4.2),
    trap(amt(13, "5,410,846円", 5410846, role=O, fy=2022), "〔委託料〕ふるさと応援寄付金支援業務 (令和4年度)", C),
    trap(amt(13, "4,707,921円", 4707921, role=O, fy=2021), "〔委託料〕ふるさと応援寄付金支援業務 (令和3年度)", C),
    pct(13, "14.9%", 14.9),
    fyr(15, "令和4年度", 2022),
    trap(amt(15, "35,365,000円", 35365000, role=O, fy=2022), "寄付受入額 (令和4年度)", D),
    trap(amt(15, "17,332,999円", 17332999, role=O, fy=2022), "支出費用額 (令和4年度)", C),
    trap(amt(15, "18,032,001円", 18032001, role=O, fy=2022), "差引額 (令和4年度)",
         "the net of donations less their costs in one fiscal year (a difference), not a budget"),
    fyr(16, "令和3年度", 2021),
    trap(amt(16, "29,826,000円", 29826000, role=O, fy=2021), "寄付受入額 (令和3年度)", D),
    trap(amt(16, "16,353,856円", 16353856, role=O, fy=2021), "支出費用額 (令和3年度)", C),
    trap(amt(16, "13,472,144円", 13472144, role=O, fy=2021), "差引額 (令和3年度)",
         "the net of donations less their costs in one fiscal year (a difference), not a budget"),
    pct(17, "33.8%", 33.8),
    fyr(20, "令和4年度", 2022),
    pct(22, "20.3%", 20.3),
    pct(23, "△0.5%", -0.5),
    pct(25, "33.3%", 33.3),
    pct(26, "24.1%", 24.1),
    pct(27, "41.5%", 41.5),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
