from kinds import amt, date, fyr, pct

DOC = "kagi_h20_gaisan_shidaikyo"
# 教育学術新聞 on 内閣府's compilation of the 平成二十年度 科学技術関係予算 requests, in KANJI NUMERALS (GUIDE: amounts
# like any other, text as written). Every requested figure is `budget` FY2008 (the body's `平成二十年度概算要求`; the
# headline's `4兆332億円` too). The theme's total, its 一般会計 / 特別会計 parts and 科学技術振興費 (a class of
# expense inside the 一般会計 part), the ministries' totals with their shares are traps; the increases `other`
# FY2008, traps; the programmes under `主な内容` (`@name 八九〇億円`, `▽戦略重点科学技術 六六二六億円`) rows, with no
# ministry written (government-wide). `@`, `A`, `B` stand for circled list numbers (no mention); `第2289号` an issue
# number; the issue dates `平成19年9月`, `(9月26日)` dates 2007-09, 2007-09-26; `八割` / `8割` percents 80 (`およそ八割` approx, fresh6c's
# `およそ` as 約; audit);
# `一四・九%` (`・` as the decimal point) 14.9.
B, O, FY = "budget", "other", 2008
M = [
    date(1, "平成19年9月", "2007-09"), date(1, "9月26日", "2007-09-26"),
    amt(2, "4兆332億円", 4033200000000, fy=FY), pct(2, "8割", 80),
    fyr(3, "平成二十年度", FY), fyr(3, "平成二十年度", FY), amt(3, "四兆三三二億円", 4033200000000, fy=FY),
    pct(3, "一四・九%", 14.9),
    fyr(4, "平成二十年度", FY), amt(4, "四兆三三二億円", 4033200000000, fy=FY), fyr(4, "平成十九年度", 2007),
    amt(4, "五二一九億円", 521900000000, role=O, fy=FY), amt(4, "三兆四六一八億円", 3461800000000, fy=FY),
    amt(4, "四七一四億円", 471400000000, role=O, fy=FY), amt(4, "五七一三億円", 571300000000, fy=FY),
    amt(4, "五〇六億円", 50600000000, role=O, fy=FY), amt(4, "一兆六三一五億円", 1631500000000, fy=FY),
    amt(4, "二八六一億円", 286100000000, role=O, fy=FY),
    amt(5, "二兆六四八六億円", 2648600000000, fy=FY), pct(5, "六五・八%", 65.8),
    amt(5, "五七一四億円", 571400000000, fy=FY), pct(5, "一四・一%", 14.1),
    amt(5, "一八七一億円", 187100000000, fy=FY), pct(5, "四・六%", 4.6),
    amt(5, "一六一〇億円", 161000000000, fy=FY), pct(5, "四・〇%", 4.0),
    amt(5, "一五五五億円", 155500000000, fy=FY), pct(5, "三・九%", 3.9), pct(5, "八割", 80, q=("approx",)),
    pct(6, "四四・八%", 44.8), pct(6, "二九・九%", 29.9), pct(6, "二二・七%", 22.7), pct(6, "二二・四%", 22.4),
    pct(6, "二〇・五%", 20.5), pct(6, "一九・九%", 19.9),
    amt(8, "八九〇億円", 89000000000, fy=FY), amt(8, "四八九億円", 48900000000, fy=FY),
    amt(8, "八六億円", 8600000000, fy=FY),
    amt(9, "六六二六億円", 662600000000, fy=FY),
]
W = "a programme under `主な内容` of the 平成二十年度 科学技術関係予算 request (kanji numerals)"
ROWS = [
    dict(line=8, text="八九〇億円", budget_yen=89000000000, fy=FY, program="次世代を担う人材への投資", role=B, why=W,
         note="under イノベーションのための先駆的な取組"),
    dict(line=8, text="四八九億円", budget_yen=48900000000, fy=FY, program="社会還元加速プロジェクト", role=B, why=W,
         note="under イノベーションのための先駆的な取組"),
    dict(line=8, text="八六億円", budget_yen=8600000000, fy=FY, program="科学技術外交", role=B, why=W,
         note="under イノベーションのための先駆的な取組"),
    dict(line=9, text="六六二六億円", budget_yen=662600000000, fy=FY, program="戦略重点科学技術", role=B, why=W),
]
_T = [
    (2, "4兆332億円", 4033200000000, B, "科技関係概算要求 (headline)", "the theme's total"),
    (3, "四兆三三二億円", 4033200000000, B, "平成二十年度要求額", "the theme's total"),
    (4, "四兆三三二億円", 4033200000000, B, "概算要求総額", "the theme's total"),
    (4, "五二一九億円", 521900000000, O, "総額の増額", "change"),
    (4, "三兆四六一八億円", 3461800000000, B, "一般会計", "the theme's general-account part (an account total)"),
    (4, "四七一四億円", 471400000000, O, "一般会計の増額", "change"),
    (4, "五七一三億円", 571300000000, B, "特別会計", "the theme's special-account part (an account total)"),
    (4, "五〇六億円", 50600000000, O, "特別会計の増額", "change"),
    (4, "一兆六三一五億円", 1631500000000, B, "科学技術振興費", "a class of expense inside the general account"),
    (4, "二八六一億円", 286100000000, O, "科学技術振興費の増額", "change"),
    (5, "二兆六四八六億円", 2648600000000, B, "文部科学省", "a ministry's total"),
    (5, "五七一四億円", 571400000000, B, "経済産業省", "a ministry's total"),
    (5, "一八七一億円", 187100000000, B, "防衛省", "a ministry's total"),
    (5, "一六一〇億円", 161000000000, B, "厚生労働省", "a ministry's total"),
    (5, "一五五五億円", 155500000000, B, "農林水産省", "a ministry's total"),
]
NOT_ROWS = [dict(line=ln, text=t, value_yen=v, fy=FY, mention_role=r, what=w, reason=why) for ln, t, v, r, w, why in _T]
