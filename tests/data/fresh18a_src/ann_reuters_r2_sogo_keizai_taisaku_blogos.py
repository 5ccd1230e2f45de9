from kinds import amt, date, trap, traps

DOC = "reuters_r2_sogo_keizai_taisaku_blogos"
# The national 「国民の命と暮らしを守る安心と希望のための総合経済対策」 (閣議決定 under 菅義偉政権), its size and the split of its
# 財政支出 by pillar, as ロイター reports it (on blogos). A table flattened, every figure with its own `兆円`: mentions. Roles
# (NEW for a national package's table): the `事業規模` column `support` (GUIDE: 事業規模); the `財政支出` column and its
# split `うち国・地方の歳出` / `うち財政投融資` `other` (a package's fiscal measures, national and local spending and loans
# together: no one budget), the `国費` `other`; the `20年度3次補正予算は20.1兆円(一般会計19.2兆円、特別会計1.0兆円)`
# supplementary_budget fy 2020; its `追加額は1.4兆円` (財投 added in the supplementary) `other` fy 2020. fy: the 予備費
# rows `(20年度)` / `(21年度)` take 2020 / 2021 from their labels (arguable: `20年度` has no era, so it is no fiscal_year
# mention by the GUIDE, but it names the year of the figure); the pillars and totals span the 3次補正 and the 21年度予算:
# null. `程度` approx. Every amount is a trap (pillar and package totals, their splits, the supplementary's total and
# accounts); no row (no programme's figure). `8日` ×2 → 2020-12-08 (NEW, arguable: the text writes neither month nor
# year;
# the 閣議決定 it reports is of 2020-12-08; a reader may leave both out). `1)` … `4)` list numbers, `3次` an ordinal,
# `(注1)`
# notes: no mentions.
S, P, O = "supplementary_budget", "support", "other"
A = ("approx",)
FS, JK = "財政支出 of a pillar", "事業規模 of a pillar"
M = [
    date(1, "8日", "2020-12-08"), date(1, "8日", "2020-12-08"),
    trap(amt(4, "5.9兆円", 5900000000000, role=O, q=A), "1) 感染拡大防止策 財政支出", FS),
    trap(amt(4, "6.0兆円", 6000000000000, role=P), "1) 感染拡大防止策 事業規模", JK),
    trap(amt(6, "18.4兆円", 18400000000000, role=O, q=A), "2) 経済構造の転換・好循環の実現 財政支出", FS),
    trap(amt(6, "51.7兆円", 51700000000000, role=P, q=A), "2) 経済構造の転換・好循環の実現 事業規模", JK),
    trap(amt(8, "5.6兆円", 5600000000000, role=O, q=A), "3) 防災・減災、国土強靭化 財政支出", FS),
    trap(amt(8, "5.9兆円", 5900000000000, role=P, q=A), "3) 防災・減災、国土強靭化 事業規模", JK),
    amt(11, "5.0兆円", 5000000000000, role=O, fy=2020, q=A),  # a trap too; the builder keys traps by line and text
    trap(amt(11, "5.0兆円", 5000000000000, role=P, fy=2020, q=A), "4) 予備費 (20年度) 事業規模", JK),
    amt(12, "5兆円", 5000000000000, role=O, fy=2021),  # a trap too (same key as the 事業規模 beside it)
    trap(amt(12, "5兆円", 5000000000000, role=P, fy=2021), "4) 予備費 (21年度) 事業規模", JK),
    trap(amt(13, "40.0兆円", 40000000000000, role=O, q=A), "合計 財政支出", "package total"),
    trap(amt(13, "73.6兆円", 73600000000000, role=P, q=A), "合計 事業規模", "package total"),
    trap(amt(17, "5.9兆円", 5900000000000, role=O, q=A), "1) 財政支出", FS),
    trap(amt(17, "4.5兆円", 4500000000000, role=O, q=A), "1) うち国・地方の歳出", "a split of a pillar"),
    trap(amt(17, "1.4兆円", 1400000000000, role=O, q=A), "1) うち財政投融資", "a split of a pillar"),
    trap(amt(20, "18.4兆円", 18400000000000, role=O, q=A), "2) 財政支出", FS),
    trap(amt(20, "13.4兆円", 13400000000000, role=O, q=A), "2) うち国・地方の歳出", "a split of a pillar"),
    trap(amt(20, "5.0兆円", 5000000000000, role=O, q=A), "2) うち財政投融資", "a split of a pillar"),
    trap(amt(23, "5.6兆円", 5600000000000, role=O, q=A), "3) 財政支出", FS),
    trap(amt(23, "4.4兆円", 4400000000000, role=O, q=A), "3) うち国・地方の歳出", "a split of a pillar"),
    trap(amt(23, "1.3兆円", 1300000000000, role=O, q=A), "3) うち財政投融資", "a split of a pillar"),
    trap(amt(26, "5.0兆円", 5000000000000, role=O, fy=2020, q=A), "4) 予備費 (20年度) 財政支出", FS),
    trap(amt(26, "5.0兆円", 5000000000000, role=O, fy=2020, q=A), "4) 予備費 (20年度) うち国・地方の歳出", "a split of a pillar"),
    trap(amt(27, "5兆円", 5000000000000, role=O, fy=2021), "4) 予備費 (21年度) 財政支出", FS),
    trap(amt(27, "5兆円", 5000000000000, role=O, fy=2021), "4) 予備費 (21年度) うち国・地方の歳出", "a split of a pillar"),
    trap(amt(28, "40.0兆円", 40000000000000, role=O, q=A), "合計 財政支出", "package total"),
    trap(amt(28, "32.3兆円", 32300000000000, role=O, q=A), "合計 うち国・地方の歳出", "package total split"),
    trap(amt(28, "7.7兆円", 7700000000000, role=O, q=A), "合計 うち財政投融資", "package total split"),
    trap(amt(30, "30.6兆円", 30600000000000, role=O), "対策の国費", "package total (national money)"),
    trap(amt(30, "20.1兆円", 20100000000000, role=S, fy=2020), "うち20年度3次補正予算", "supplementary total"),
    trap(amt(30, "19.2兆円", 19200000000000, role=S, fy=2020), "3次補正 一般会計", "supplementary total of an account"),
    trap(amt(30, "1.0兆円", 1000000000000, role=S, fy=2020), "3次補正 特別会計", "supplementary total of an account"),
    trap(amt(31, "1.4兆円", 1400000000000, role=O, fy=2020), "3次補正予算における財投追加額", "loans added (財政投融資)"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
