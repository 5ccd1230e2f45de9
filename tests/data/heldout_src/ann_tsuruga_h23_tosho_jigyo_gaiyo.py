DOC = "tsuruga_h23_tosho_jigyo_gaiyo"
B, F = "budget", 2011
AMOUNTS = [
    (66, "1,559 千円", 1559000, 1559000, B, F),
    (71, "5,304 千円", 5304000, 5304000, B, F),
    (80, "1,307 千円", 1307000, 1307000, B, F),
]
W = "item of the 当初予算事業概要 list: name (with the section in charge in brackets) on the line above, amount alone on this line; fy and role from the title 平成23年度当初予算事業概要 (lines 19-21)"
ROWS = [
    dict(line=66, text="1,559 千円", fy=F, role=B, budget_yen=1559000, program="議会インターネット映像配信事業費", why=W),
    dict(line=71, text="5,304 千円", fy=F, role=B, budget_yen=5304000, program="総合案内業務委託料", why=W,
         note="the item is named after an expense class (委託料), but it is an item of the list with no parent programme on the page, so it is a row"),
    dict(line=80, text="1,307 千円", fy=F, role=B, budget_yen=1307000, program="財務会計システム関係経費", why=W),
]
NOT_ROWS = []
