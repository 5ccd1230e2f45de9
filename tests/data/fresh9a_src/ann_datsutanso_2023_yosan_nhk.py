from kinds import amt, date, fyr, pct

DOC = "datsutanso_2023_yosan_nhk"
# NHK's own compilation of the ministries' notable 脱炭素 (GX) budgets (its 2023年度予算 special, `各省庁の注目予算`):
# each section names a ministry and the figure it `計上` for a measure: `budget`. Only the GX section writes a year
# (`2023年度に…GX経済移行債…合わせて5061億円を予算に盛り込んでいます`: fy 2023); the others write none, so their
# amounts keep fy null (GUIDE: fy where the deck states it for this amount; the page's address says 2023) and rows
# carry `fy_alt: [2023]`. `経済産業省と環境省で、合わせて5061億円` is two ministries' joint total for the GX theme, a
# trap (arguable: a reader could make it a row `GX経済移行債`); the four ministries' measures (国土交通省 980, 経済産業省
# 4564 and 300, 総務省 1000) rows. `金利を最大0.5%` a percent null..0.5 at_most; `30%`, `50%` shares of costs
# (percents); `2050年までの目標` a date null..2050 at_most; `フラット35` a name.
B = "budget"
M = [
    date(2, "2050年", None, "2050", q=("at_most",)),
    fyr(5, "2023年度", 2023), amt(5, "5061億円", 506100000000, fy=2023),
    pct(7, "0.5%", None, 0.5, q=("at_most",)), amt(7, "980億円", 98000000000),
    amt(9, "4564億円", 456400000000), amt(9, "300億円", 30000000000),
    amt(11, "1000億円", 100000000000), pct(11, "30%", 30), pct(11, "50%", 50),
]
W = "a ministry's measure `ministry は…name…に N円を計上` in NHK's compilation of 脱炭素 budgets"
ROWS = [
    dict(line=7, text="980億円", budget_yen=98000000000, fy=None, fy_alt=[2023], program="建物の脱炭素",
         aliases=["住宅の脱炭素支援"], role=B, ministry="国土交通省", why=W),
    dict(line=9, text="4564億円", budget_yen=456400000000, fy=None, fy_alt=[2023],
         program="脱炭素関連の企業の技術開発を支援する国の基金(研究開発などの費用)", aliases=["企業の技術開発など支援"],
         role=B, ministry="経済産業省", why=W),
    dict(line=9, text="300億円", budget_yen=30000000000, fy=None, fy_alt=[2023],
         program="電気自動車や燃料電池車の購入、充電ステーションの設備の導入などを補助する費用", role=B,
         ministry="経済産業省", why=W),
    dict(line=11, text="1000億円", budget_yen=100000000000, fy=None, fy_alt=[2023],
         program="地方の脱炭素化の取り組みを後押しする新たな支援制度", aliases=["地方の脱炭素化支援"], role=B,
         ministry="総務省", why=W),
]
NOT_ROWS = [
    dict(line=5, text="5061億円", value_yen=506100000000, fy=2023, mention_role=B, what="経済産業省と環境省 合わせて (GX経済移行債)",
         reason="two ministries' joint total for the theme"),
]
