from kinds import cnt, date, fyr, pct

DOC = "habikino_h28_shitei_kanri_shinsa_nagare"
# 大阪府羽曳野市's flow of the non-public screening of designated-manager candidates (資料4 of the committee's first
# meeting of `H28.4.25`, an ExpyDoc copy): `書類審査(100点満点)`, `委員6名の平均点が、総配点の6割以上`, the same bar on the
# total without the 指定管理料's points. `6割以 上` and `6 割以上` keep their spaces (fresh16a: spaced texts as written):
# percents of 60, at_least (GUIDE `4割以下` → ..40: `以上` the other end). The host's footer `© Copyright 2024` a date
# (fresh12d's `Copyright 2017`). `【資料4】`, `第1回` no mentions. No amounts, no rows.
AL = ("at_least",)
M = [
    date(1, "H28.4.25", "2016-04-25"),
    fyr(1, "平成28年度", 2016),
    cnt(1, "100点", 100, "点"),
    cnt(1, "6名", 6, "名"),
    pct(1, "6割", 60, None, q=AL),
    pct(1, "6 割", 60, None, q=AL),
    cnt(1, "6名", 6, "名"),
    pct(1, "6割", 60, None, q=AL),
    pct(1, "6割", 60, None, q=AL),
    date(2, "2024", "2024"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
