from kinds import amt, cnt, date, trap, traps

DOC = "mura_kankokyokai_h22_soukai_blog"
# A village assembly member's blog (blog.goo.ne.jp) on the 村観光協会's 総会 (the village is not named): `21年度事業報告
# と決算22年度事業計画と予算を承認`, then the 22年度 budget's revenue lines (`会費60万円`, `補助金村から昨年より30万円増の
# 290万円`, `JAから5万円`, `ふるさと雇用再生特別交付金147万円`, `県の支援金137万円`, `協力金7万円`, `事業収入180万円`,
# `借り賃24万円(1か月2万円)`, `繰越金117万円など969万円`) and a few spending lines (`清掃費として30万円`, `事業は…など
# 157万円`, `ふるさと祭の花火と秋の収穫祭に2万円づつ`). `22年度` has no era: no mention, but it sets the budget's fy
# (fresh11b; 平成22年度 = 2010: the weekday of `4月30日(金)` fits 2010). Rows: the spending lines (清掃費, the 事業 group,
# and, NEW, arguable, the two festivals of `2万円づつ` as two rows on one mention). Traps: revenue lines (issue 22:
# revenue lines are not rows; a grant received from the village is the village's support, here a source of the
# 協会's funds; their role `other`, as fresh11a's 町税, fresh11b's 市税 and fresh12c's 収入 lines: changed from
# `budget` by the blind audit), the increase `30万円増` (other), the rent per month `1か月2万円` (other, per month; `1か月` belongs to the
# rate: no duration, NEW, arguable), the revenue total `969万円`. `2分の1以上` a fraction: no mention.
B, O = "budget", "other"
R_REV = "a revenue line of the 協会's budget (a source of funds), not a programme's budget (issue 22)"
M = [
    date(1, "4月30日", "2010-04-30"),
    cnt(2, "41名", 41, "名"), cnt(2, "47名", 47, "名"), cnt(2, "88名", 88, "名"), cnt(2, "106名", 106, "名"),
    trap(amt(4, "60万円", 600000, role=O, fy=2010), "会費", R_REV),
    trap(amt(4, "30万円", 300000, role=O, fy=2010), "補助金 昨年より30万円増", "the change against the year before"),
    trap(amt(4, "290万円", 2900000, role=O, fy=2010), "補助金 (村から)", R_REV),
    trap(amt(4, "5万円", 50000, role=O, fy=2010), "JAから", R_REV),
    trap(amt(4, "147万円", 1470000, role=O, fy=2010), "ふるさと雇用再生特別交付金", R_REV),
    trap(amt(4, "137万円", 1370000, role=O, fy=2010), "県の支援金", R_REV),
    trap(amt(4, "7万円", 70000, role=O, fy=2010), "村商工会 協力金", R_REV),
    trap(amt(4, "180万円", 1800000, role=O, fy=2010), "事業収入", R_REV),
    trap(amt(4, "24万円", 240000, role=O, fy=2010), "そば処せぴあ店の借り賃", R_REV),
    trap(amt(4, "2万円", 20000, role=O, fy=2010, per="month"), "借り賃 1か月2万円", "a rent per month (a price)"),
    trap(amt(4, "117万円", 1170000, role=O, fy=2010), "繰越金", R_REV),
    trap(amt(4, "969万円", 9690000, fy=2010), "収入 合計", "the revenue total of the 協会's budget"),
    amt(5, "30万円", 300000, fy=2010), amt(5, "157万円", 1570000, fy=2010), amt(5, "2万円", 20000, fy=2010),
]
MIN = "村観光協会"
W = "a spending line of the 協会's 22年度 budget approved by the 総会"
ROWS = [
    dict(line=5, text="30万円", budget_yen=300000, fy=2010, program="商工会とセピア周辺の清掃費", role=B, ministry=MIN,
         why=W + " (new)"),
    dict(line=5, text="157万円", budget_yen=1570000, fy=2010, program="リンゴオーナー制度・登山とトレッキング等の事業",
         aliases=["リンゴオーナー制度", "クリスタルシンフォニー"], role=B, ministry=MIN,
         why=W + ": `事業は、…など157万円` (several 事業 written as one figure)", ambiguous=True),
    dict(line=5, text="2万円", budget_yen=20000, fy=2010, program="ふるさと祭の花火", role=B, ministry=MIN,
         why=W + ": `ふるさと祭の花火と秋の収穫祭に2万円づつ` (each)"),
    dict(line=5, text="2万円", budget_yen=20000, fy=2010, program="秋の収穫祭", role=B, ministry=MIN,
         why=W + ": the second of `…に2万円づつ` (one mention, two programmes)", ambiguous=True),
]
NOT_ROWS = traps(M)
