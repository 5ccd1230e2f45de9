from kinds import amt, date, fyr

DOC = "iryo_h29_gaisan_expydoc"
# 健康・医療戦略推進本部's 決定案 on the 平成29年度 医療分野の研究開発関連予算 requests (expydoc's PDF text, the table's
# cells one a line). The title makes every figure a request, `budget` FY2017, but for the `平成28年度` column
# (`1,265億円`, `734億円`: `previous_budget` FY2016). The table's AMED row (`1,528億円` = 要求 `1,164億円` + 要望
# `364億円`) and インハウス row (`844億円` = `743億円` + `101億円`) are the theme's totals and their parts: traps; the
# ministry splits `(文720、厚573、経231等)` are unit-less cells (no mentions). 内閣府's
# `科学技術イノベーション創造推進費(平成29年度概算要求額500億円)` a named programme with its figure (a row, as in the
# AMED deck); `①オールジャパンでの医薬品創出 321億円` a row, its breakdown `<AMED246億円、インハウス74億円>` `other`
# (GUIDE: breakdowns), traps. Broken mentions take the line where they start (GUIDE): `平` (line 6) + `成29年度`,
# `平成28年` (line 7) + `7月29日`, `平成` (line 40) + `29年度`. Dates `平成28年8月31日`, `平成26年7月22日` ×2;
# the lone `1` a page number; `1.`, `①` list numbers.
B, P, O, FY, PY = "budget", "previous_budget", "other", 2017, 2016
M = [
    fyr(1, "平成29年度", FY), fyr(3, "平成29年度", FY), date(4, "平成28年8月31日", "2016-08-31"),
    fyr(6, "平成29年度", FY), fyr(6, "平", FY), date(7, "平成28年", "2016-07-29"),
    fyr(10, "平成29年度", FY), date(12, "平成26年7月22日", "2014-07-22"), date(13, "平成26年7月22日", "2014-07-22"),
    fyr(15, "平成29年度", FY), fyr(22, "平成28年度", PY),
    amt(23, "1,528億円", 152800000000, fy=FY), amt(24, "1,164億円", 116400000000, fy=FY),
    amt(25, "364億円", 36400000000, fy=FY), amt(26, "1,265億円", 126500000000, role=P, fy=PY),
    amt(31, "844億円", 84400000000, fy=FY), amt(32, "743億円", 74300000000, fy=FY),
    amt(33, "101億円", 10100000000, fy=FY), amt(34, "734億円", 73400000000, role=P, fy=PY),
    fyr(40, "平成", FY), amt(41, "500億円", 50000000000, fy=FY),
    amt(46, "321億円", 32100000000, fy=FY), amt(46, "246億円", 24600000000, role=O, fy=FY),
    amt(46, "74億円", 7400000000, role=O, fy=FY),
]
ROWS = [
    dict(line=41, text="500億円", budget_yen=50000000000, fy=FY, program="科学技術イノベーション創造推進費", role=B,
         ministry="内閣府", why="another ministry's fund named with its requested figure, part of it put to the theme"),
    dict(line=46, text="321億円", budget_yen=32100000000, fy=FY, program="オールジャパンでの医薬品創出", role=B,
         why="a programme `①name` then `N円<AMED N、インハウス N>` under 主な取組 of the 平成29年度 request"),
]
_T = [
    (23, "1,528億円", 152800000000, B, FY, "AMED対象経費 (要求+要望)", "the theme's AMED total"),
    (24, "1,164億円", 116400000000, B, FY, "AMED対象経費 要求", "part of the AMED total (要求)"),
    (25, "364億円", 36400000000, B, FY, "AMED対象経費 要望", "part of the AMED total (要望)"),
    (26, "1,265億円", 126500000000, P, PY, "AMED対象経費 平成28年度", "the previous year's total"),
    (31, "844億円", 84400000000, B, FY, "インハウス研究機関経費 (要求+要望)", "the theme's in-house total"),
    (32, "743億円", 74300000000, B, FY, "インハウス 要求", "part of the in-house total (要求)"),
    (33, "101億円", 10100000000, B, FY, "インハウス 要望", "part of the in-house total (要望)"),
    (34, "734億円", 73400000000, P, PY, "インハウス 平成28年度", "the previous year's total"),
    (46, "246億円", 24600000000, O, FY, "医薬品創出 <AMED>", "a breakdown of a row by channel"),
    (46, "74億円", 7400000000, O, FY, "医薬品創出 <インハウス>", "a breakdown of a row by channel"),
]
NOT_ROWS = [dict(line=ln, text=t, value_yen=v, fy=fy, mention_role=r, what=w, reason=why) for ln, t, v, r, fy, w, why in _T]
