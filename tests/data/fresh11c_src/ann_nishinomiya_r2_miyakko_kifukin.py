from kinds import amt, cnt, date

DOC = "nishinomiya_r2_miyakko_kifukin"
# 兵庫県西宮市's page announcing the LAUNCH of a donation fund (新型コロナ対策みやっこ元気寄附金の設置) with the donations
# received so far: `寄附件数:399件`, `寄附総額:30,056,870 円` (the space before 円 as stored) `※令和2年9月15日現在`.
# The total is `other` (GUIDE: donations), fy null (a calendar point, no fiscal year written), a trap. `5つの方法` a
# count of つ. Not mentions: `ページ番号:82301493`, the account number `普通 8865171`, the list mark `(1)`.
O = "other"
M = [
    date(2, "2020年9月15日", "2020-09-15"),
    cnt(8, "399件", 399, "件"),
    amt(9, "30,056,870 円", 30056870, role=O),
    date(10, "令和2年9月15日", "2020-09-15"),
    cnt(13, "5つ", 5, "つ"),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=9, text="30,056,870 円", value_yen=30056870, fy=None, mention_role=O, what="寄附総額 (令和2年9月15日現在)",
         reason="donations received so far (other), no budget"),
]
