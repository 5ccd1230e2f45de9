from kinds import amt, cnt, trap, traps

DOC = "mie_gian74_hosei_teian"
# 三重県's governor's speech on a year's closing supplementaries (`議案第74号から第89号までの補正予算`) with NO year
# anywhere in the stored text (`今年度` only): fy null on every amount (fresh2's 三重県 G7 speech, fresh8b); the rows get
# no `fy_alt` (NEW: nothing in the text or the address fixes the year; fresh2 knew its year from the bill). The three
# accounts' supplementaries `supplementary_budget` traps (positive, fresh24c); revenues `other` traps; `公共事業について…
# 45億…を減額` a class, a trap. Expense items: `税収関連交付金` and the fund deposit `公共施設等総合管理推進基金` rows;
# `県債管理特別会計繰出金` (a transfer to another account, counted again in that account's `71億…`) an AMBIGUOUS row;
# the special accounts' items with their purpose (`県債管理特別会計について…積立不足の解消…71億…`, `国民健康保険事業特別
# 会計について…18億…を減額`) AMBIGUOUS rows (fresh24c's `国民健康保険事業として53億8,300万円`); the enterprise accounts'
# bare figures (`工業用水道事業会計で…、病院事業会計で…をそれぞれ減`, cut at the length limit) account totals, traps.
# `議案第74号から第89号` bill numbers, no mention.
S, O, FY = "supplementary_budget", "other", None
M = [
    cnt(1, "17件", 17, "件"), cnt(1, "1件", 1, "件"), cnt(1, "6件", 6, "件"), cnt(1, "24件", 24, "件"),
    trap(amt(2, "25億9,228万円", 2592280000, role=S, fy=FY), "一般会計で…増額", "the general account's supplementary total"),
    trap(amt(2, "51億2,463万4千円", 5124634000, role=S, fy=FY), "特別会計で…増額", "the special accounts' supplementary total"),
    trap(amt(2, "7億8,258万7千円", 782587000, role=S, fy=FY), "企業会計で…減額", "the enterprise accounts' supplementary total"),
    trap(amt(4, "113億9,200万円", 11392000000, role=O, fy=FY), "県税 (歳入)", "a revenue"),
    trap(amt(4, "48億1,919万7千円", 4819197000, role=O, fy=FY), "地方交付税 (歳入)", "a revenue"),
    trap(amt(4, "19億7,800万円", 1978000000, role=O, fy=FY), "県債 (歳入)", "a revenue"),
    trap(amt(4, "52億3,553万8千円", 5235538000, role=O, fy=FY), "国庫支出金 (歳入)", "a revenue"),
    trap(amt(4, "114億9,445万円", 11494450000, role=O, fy=FY), "繰入金 (歳入)", "a revenue"),
    trap(amt(5, "45億2,933万1千円", 4529331000, role=S, fy=FY), "公共事業", "a class of works (grouping)"),
    amt(5, "65億9,718万9千円", 6597189000, role=S, fy=FY),
    amt(5, "69億7,898万9千円", 6978989000, role=S, fy=FY),
    amt(5, "10億222万4千円", 1002224000, role=S, fy=FY),
    amt(7, "71億5,233万5千円", 7152335000, role=S, fy=FY),
    amt(7, "18億89万4千円", 1800894000, role=S, fy=FY),
    trap(amt(8, "5億894万4千円", 508944000, role=S, fy=FY), "工業用水道事業会計で…減", "an enterprise account's supplementary total"),
    trap(amt(8, "4億671万4千円", 406714000, role=S, fy=FY), "病院事業会計で…減", "an enterprise account's supplementary total"),
]
W = "an expense item of the closing supplementary (no year in the text)"
ROWS = [
    dict(line=5, text="65億9,718万9千円", budget_yen=6597189000, fy=FY, program="税収関連交付金", role=S, why=W),
    dict(line=5, text="69億7,898万9千円", budget_yen=6978989000, fy=FY, program="県債管理特別会計繰出金", role=S,
         ambiguous=True, note="a transfer to another account, spent again there", why=W),
    dict(line=5, text="10億222万4千円", budget_yen=1002224000, fy=FY, program="公共施設等総合管理推進基金",
         aliases=["公共施設等総合管理推進基金積立金"], role=S, why=W + ": a fund deposit"),
    dict(line=7, text="71億5,233万5千円", budget_yen=7152335000, fy=FY, program="県債管理特別会計",
         aliases=["県債管理基金の積立不足の解消"], role=S, ambiguous=True,
         note="a special account's supplementary named with its purpose (fresh24c)", why=W),
    dict(line=7, text="18億89万4千円", budget_yen=1800894000, fy=FY, program="国民健康保険事業特別会計",
         aliases=["保険給付費等交付金"], role=S, ambiguous=True,
         note="a special account's decrease named with its cause; written unsigned (fresh24c)", why=W),
]
NOT_ROWS = traps(M)
