from kinds import amt, cnt, date, fyr, trap, traps

DOC = "jsc_toto_josei_jisseki"
# 日本スポーツ振興センター's results page of the sports lottery's grants: everything is CUMULATIVE since 2002
# (`これまで`): the awards' total `約2,495億円`, a table by 助成区分 one cell a line (`N件`, then `N千円`), its 合計, the
# Treasury's share `約1,099億円`, and cumulative awards by prefecture (`N億N万円`). Awards' totals are grants paid out:
# `support` (fresh11c 上尾市's `18団体に合計168万円を助成`), fy null (a span of 22 years, no one year), traps. The
# Treasury's share `other` (money paid to the state, not a grant), fy null, a trap. `2002年から` a date point (GUIDE);
# `(2023年度は配分額を合算…)` a fiscal year. The category name `2020オリンピック競技大会…` no mention (a name). The
# `N件` cells are counts (a counter is written). Cut: 東京's figure (the line dropped; SOURCES.md).
S = "support"
T = "a cumulative total of awards (grants paid out since 2002), not a budget"
CATS = [  # (count line, count text, value, amount line, amount text, value in 千円, category)
    (8, "96件", 96, 9, "19,479,469千円", 19479469, "大規模スポーツ施設整備助成"),
    (11, "3,651件", 3651, 12, "84,736,605千円", 84736605, "地域スポーツ施設整備助成"),
    (14, "11,705件", 11705, 15, "21,301,692千円", 21301692, "総合型地域スポーツクラブ活動助成"),
    (17, "5,405件", 5405, 18, "14,728,946千円", 14728946, "地方公共団体スポーツ活動助成"),
    (20, "1,253件", 1253, 21, "16,030,319千円", 16030319, "将来性を有する競技者の発掘及び育成活動助成"),
    (23, "10,060件", 10060, 24, "37,204,845千円", 37204845, "スポーツ団体スポーツ活動助成"),
    (26, "163件", 163, 27, "13,297,279千円", 13297279, "国際競技大会開催助成"),
    (29, "11件", 11, 30, "615,328千円", 615328, "東日本大震災緊急復興支援"),
    (32, "1,263件", 1263, 33, "4,523,429千円", 4523429, "東日本大震災復旧・復興支援助成"),
    (35, "5件", 5, 36, "1,020,787千円", 1020787, "2020招致活動支援助成"),
    (38, "82件", 82, 39, "24,714,220千円", 24714220, "東京オリンピック・パラリンピック競技大会等開催助成"),
    (41, "1件", 1, 42, "1,794,757千円", 1794757, "Jリーグ新型コロナウイルス感染症対策支援助成"),
]
PREFS = [(54, "79億7,300万円", 7973000000, "北海道"), (56, "16億9,600万円", 1696000000, "青森"),
         (58, "45億7,600万円", 4576000000, "岩手"), (60, "34億5,600万円", 3456000000, "宮城"),
         (62, "33億1,700万円", 3317000000, "秋田"), (64, "50億1,100万円", 5011000000, "山形"),
         (66, "58億4,700万円", 5847000000, "福島"), (68, "51億2,100万円", 5121000000, "茨城"),
         (70, "48億400万円", 4804000000, "栃木"), (72, "34億3,600万円", 3436000000, "群馬"),
         (74, "60億4,200万円", 6042000000, "埼玉"), (76, "47億3,400万円", 4734000000, "千葉")]
M = [
    date(3, "2002年", "2002"),
    trap(amt(3, "2,495億円", 249500000000, role=S, q=("approx",)), "助成金累計額 (since 2002)", T),
    fyr(3, "2023年度", 2023),
]
for cl, ct, cv, al, at, av, name in CATS:
    M.append(cnt(cl, ct, cv, "件"))
    M.append(trap(amt(al, at, av * 1000, role=S), f"{name} 累計助成額", T))
M += [
    trap(amt(44, "10,055,828千円", 10055828000, role=S), "優秀な選手・指導者への個人助成に充当 (累計)", T),
    cnt(46, "33,695件", 33695, "件"),
    trap(amt(47, "249,503,504千円", 249503504000, role=S), "合計 (累計助成額)", T),
    trap(amt(48, "1,099億円", 109900000000, role="other", q=("approx",)), "国庫納付 (累計)",
         "money paid to the Treasury, neither a grant nor a budget"),
]
M += [trap(amt(line, text, v, role=S), f"{pref} 助成実績累計額", T) for line, text, v, pref in PREFS]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
