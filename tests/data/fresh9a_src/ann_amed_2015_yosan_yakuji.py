from kinds import amt, date, pct

DOC = "amed_2015_yosan_yakuji"
# 薬事日報 on 健康・医療戦略推進本部's compilation of the 医療分野の研究開発関連予算 for AMED (`4月に設立する`): the text
# writes NO year, so every amount keeps fy null, `budget` (`予算をまとめた`); rows carry `fy_alt: [2015]` (SOURCES.md).
# The theme's total `1248億円` and the three ministries' shares (文部科学省 598, 厚生労働省 474, 経済産業省 177) are
# traps; 内閣府's `科学技術イノベーション創造推進費500億円` a named programme of another ministry (a row), the
# `175億円` of it used as 調整費 a part of that programme (an ambiguous row, fresh4's part of a programme); the two
# programmes `name に N円` rows. `4月` a date 2015-04 (the deck's year from outside the text, as fresh6b's 宮内庁);
# `2.7%`, `35%` percents.
B = "budget"
M = [
    date(1, "4月", "2015-04"), amt(1, "1248億円", 124800000000), pct(1, "2.7%", 2.7),
    amt(1, "598億円", 59800000000), amt(1, "474億円", 47400000000), amt(1, "177億円", 17700000000),
    amt(1, "500億円", 50000000000), pct(1, "35%", 35), amt(1, "175億円", 17500000000),
    amt(2, "211億円", 21100000000), amt(2, "145億円", 14500000000),
]
W = "a programme of the 医療分野の研究開発関連予算 (AMED) compiled by 健康・医療戦略推進本部"
ROWS = [
    dict(line=1, text="500億円", budget_yen=50000000000, fy=None, fy_alt=[2015], program="科学技術イノベーション創造推進費",
         role=B, ministry="内閣府", why="another ministry's fund named with its own figure, part of it counted in the theme"),
    dict(line=1, text="175億円", budget_yen=17500000000, fy=None, fy_alt=[2015], program="調整費",
         aliases=["科学技術イノベーション創造推進費のうち調整費"], role=B, ministry="内閣府",
         why="the part (35%) of 科学技術イノベーション創造推進費 put to the theme as 調整費", ambiguous=True,
         note="a part of the 500億円 row"),
    dict(line=2, text="211億円", budget_yen=21100000000, fy=None, fy_alt=[2015], program="オールジャパンでの医薬品創出",
         role=B, why=W, note="AMED分"),
    dict(line=2, text="145億円", budget_yen=14500000000, fy=None, fy_alt=[2015], program="オールジャパンでの医療機器開発",
         role=B, why=W),
]
NOT_ROWS = [
    dict(line=1, text="1248億円", value_yen=124800000000, fy=None, mention_role=B, what="AMED 研究開発関連予算 総額",
         reason="the theme's total"),
    dict(line=1, text="598億円", value_yen=59800000000, fy=None, mention_role=B, what="文部科学省", reason="a ministry's share"),
    dict(line=1, text="474億円", value_yen=47400000000, fy=None, mention_role=B, what="厚生労働省", reason="a ministry's share"),
    dict(line=1, text="177億円", value_yen=17700000000, fy=None, mention_role=B, what="経済産業省", reason="a ministry's share"),
]
