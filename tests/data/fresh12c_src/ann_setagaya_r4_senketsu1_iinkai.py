from kinds import amt, fyr

DOC = "setagaya_r4_senketsu1_iinkai"
# 東京都世田谷区議会 企画総務常任委員会 (令和4年5月16日, as a council member's site republishes the record): the finance
# section head presents 専決第一号, the 専決処分 of the 令和四年度一般会計補正予算(第一次), reading 第一条 in KANJI numerals.
# `二十七億四千五百六十万六千円を追加` is the supplementary's total (supplementary_budget FY2022) for two purposes (the 4th
# COVID vaccination's preparation and HPV vaccination): a trap, not a row (no one programme's figure); `三千三百六十三億
# 七千九百三十一万二千円` the general account's total after it (budget FY2022), a trap. Kanji fiscal years `令和四年度` (three)
# count (GUIDE: kanji numerals). Page references (`九枚目`, `三ページ目`, `四ページ`, `十枚目`, `一〇ページ目`, `五ページ`,
# `一一ページ`), `四回目` (an ordinal), `専決第一号`, `(第一次)`, `第一条`, `第百七十九条第一項`, `同条第三項` are no mentions.
S, B, FY = "supplementary_budget", "budget", 2022
M = [
    fyr(2, "令和四年度", FY), fyr(6, "令和四年度", FY), fyr(6, "令和四年度", FY),
    amt(8, "二十七億四千五百六十万六千円", 2745606000, role=S, fy=FY),
    amt(8, "三千三百六十三億七千九百三十一万二千円", 336379312000, role=B, fy=FY),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=8, text="二十七億四千五百六十万六千円", value_yen=2745606000, fy=FY, mention_role=S,
         what="一般会計補正予算(第一次)の追加額 (第一条, 専決処分)", reason="a supplementary's total over two purposes"),
    dict(line=8, text="三千三百六十三億七千九百三十一万二千円", value_yen=336379312000, fy=FY, mention_role=B,
         what="補正後の一般会計歳入歳出予算の総額", reason="an account total after the supplementary"),
]
