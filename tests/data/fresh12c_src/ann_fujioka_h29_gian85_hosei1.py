from kinds import amt, date, fyr

DOC = "fujioka_h29_gian85_hosei1"
# 群馬県藤岡市's 議案第85号 平成29年度藤岡市一般会計補正予算(第1号), as vdocuments.pub stores it: a summary block (line 3:
# the whole bill text on one line) and the transcript of the same page (lines 4-13), so 第1条's two figures occur twice.
# `156,118千円を追加し` is the supplementary's total (supplementary_budget FY2017) and `26,476,118千円とする` the general
# account's total after it (budget FY2017), each time a trap (a total, repeated; fresh10b: repeats keep their labels).
# The total after it is broken by a line break in the transcript (`…総額を歳` / `入歳出それぞれ26,476,118千円`): the
# figure itself sits whole on line 8. The header cells `2,496,412 472 2,496,884` and `265,206` (lines 1, 4: the 第1表's
# bare totals) are no mentions (GUIDE: bare numbers); `21` a page number; `(第1 号)`, `第1条計`, `(款)14`, `(項) 2`,
# `2民生費国庫補助`, `議案第85号` numbers of bills, articles and budget classes; `Page 1` a page label. 平成29年9月1日 提出 and
# 可決 are dates (twice each: summary and transcript).
S, B, FY = "supplementary_budget", "budget", 2017
M = [
    fyr(1, "平成29年度", FY),
    fyr(3, "平成29年度", FY), fyr(3, "平成29年度", FY),
    amt(3, "156,118千円", 156118000, role=S, fy=FY), amt(3, "26,476,118千円", 26476118000, role=B, fy=FY),
    date(3, "平成29年9月1日", "2017-09-01"), date(3, "平成29年9月1日", "2017-09-01"),
    fyr(4, "平成29年度", FY),
    fyr(6, "平成29年度", FY), fyr(6, "平成29年度", FY),
    amt(7, "156,118千円", 156118000, role=S, fy=FY),
    amt(8, "26,476,118千円", 26476118000, role=B, fy=FY),
    date(11, "平成29年9月1日", "2017-09-01"), date(12, "平成29年9月1日", "2017-09-01"),
]
ROWS: list[dict] = []
_S = dict(value_yen=156118000, fy=FY, mention_role=S, what="補正予算(第1号)の追加額 (第1条)",
          reason="a supplementary's total over all its items, not one programme's budget")
_B = dict(value_yen=26476118000, fy=FY, mention_role=B, what="補正後の一般会計歳入歳出予算の総額 (第1条)",
          reason="an account total after the supplementary")
NOT_ROWS = [
    dict(line=3, text="156,118千円", **_S), dict(line=3, text="26,476,118千円", **_B),
    dict(line=7, text="156,118千円", **_S), dict(line=8, text="26,476,118千円", **_B),
]
