from kinds import amt, cnt, date, fyr

DOC = "mlit_r2_hosei3_gaiyo_pdfslide"
# 国土交通省's `令和2年度 国土交通省関係 第3次補正予算の概要` (a transcript site's text layer). The title makes every
# figure supplementary_budget FY2020 (GUIDE: the title is a label for the whole document). The site repeats the
# summary line three times (the first page's text, then `Page 1:` and `Page 2:`): each is annotated where it
# stands. In each: `公 N円` / `非 N円` are 公共 / 非公共 class totals heading the page (traps, as fresh5b's 林野庁
# classes; blind audit: not the whole supplementary's, which the trade press puts at 公共 1兆9342億円 / 非公共
# 1兆3569億円 — the page's parent heading is not in the text) and of the first pillar (traps: a split of the
# row); `1.防災・減災、国土強靱化の推進 1兆4,384億円` is the pillar's figure (the row; its two repeats ambiguous
# rows). `第3次` an ordinal; `Page 1`, `Page 2` and the lone `1` page labels; `令和2年 12 月` (title line)
# and the spaced `令 和 2 年 1 2 月` (cover) the issue date 2020-12; `令和2年 12 月8日` a date; `二つの柱` a count
# of 2 つ.
S, FY = "supplementary_budget", 2020
M = [fyr(1, "令和2年度", FY), date(1, "令和2年 12 月", "2020-12")]
for ln in (2, 3, 9):
    M += [amt(ln, "1兆8,353億円", 1835300000000, role=S, fy=FY), amt(ln, "397億円", 39700000000, role=S, fy=FY),
          amt(ln, "1兆4,384億円", 1438400000000, role=S, fy=FY), amt(ln, "1兆4,266億円", 1426600000000, role=S, fy=FY),
          amt(ln, "118億円", 11800000000, role=S, fy=FY)]
M += [fyr(4, "令和2年度", FY), date(7, "令 和 2 年 1 2 月", "2020-12"), date(11, "令和2年 12 月8日", "2020-12-08"),
      cnt(15, "二つ", 2, "つ")]
P = "防災・減災、国土強靱化の推進"
ROWS = [
    dict(line=2, text="1兆4,384億円", budget_yen=1438400000000, fy=FY, program=P, role=S,
         why="pillar 1 of 国土交通省's 令和2年度 第3次補正予算 with its figure (the title is the label)"),
    dict(line=3, text="1兆4,384億円", budget_yen=1438400000000, fy=FY, program=P, role=S,
         why="the transcript's `Page 1:` repeat of line 2", ambiguous=True, note="duplicate of line 2's row"),
    dict(line=9, text="1兆4,384億円", budget_yen=1438400000000, fy=FY, program=P, role=S,
         why="the transcript's `Page 2:` repeat of line 2", ambiguous=True, note="duplicate of line 2's row"),
]
NOT_ROWS = []
for ln in (2, 3, 9):
    NOT_ROWS += [
        dict(line=ln, text="1兆8,353億円", value_yen=1835300000000, fy=FY, mention_role=S, what="公 (公共事業関係)",
             reason="a 公共 class total heading the page (its parent heading not in the text)"),
        dict(line=ln, text="397億円", value_yen=39700000000, fy=FY, mention_role=S, what="非 (非公共)",
             reason="a 非公共 class total heading the page (its parent heading not in the text)"),
        dict(line=ln, text="1兆4,266億円", value_yen=1426600000000, fy=FY, mention_role=S, what="pillar 1: 公",
             reason="the 公共 part of a row (a class split)"),
        dict(line=ln, text="118億円", value_yen=11800000000, fy=FY, mention_role=S, what="pillar 1: 非",
             reason="the 非公共 part of a row (a class split)"),
    ]
