from kinds import amt, cnt, date, fyr

DOC = "cao_h29_suishin_kofukin_unyo"
# 内閣府 地方創生推進交付金(平成 29 年度)の運用方針(案) (ONE line, PDF text by expydoc): the programme's FY2017 money
# `(国費:1,000 億円、事業費:2,000 億円)`: 国費 the `budget` and the row, 事業費 the project size (`support`, fresh9a), a trap.
# Two flattened tables by year: new applications per issuer (`最大5事業`, `原則7事業以内` at_most; `(広域連携:1事業)` plain
# counts) and the caps `(2)交付上限額 28 年度 29 年度` per issuer and type (`〔先 駆〕国費:2億円`): `support`, at_most, min
# null (GUIDE: a 上限 header), fy from the era-less column headers (`28 年度` → 2016, `29 年度` → 2017; the headers are no
# mentions; NEW, arguable); the cells run 28, 29 per issuer row. `平成 29 年第1回応募` a date (a calendar year), `3月中旬`
# 2017-03. `1/2`, `半分以下` no mentions.
B, S, FY = "budget", "support", 2017
AM = ("at_most",)
M = [
    fyr(1, "平成 29 年度", FY), fyr(1, "平成 28 年度", 2016), fyr(1, "平成 29 年度", FY),
    amt(1, "1,000 億円", 100000000000, role=B, fy=FY), amt(1, "2,000 億円", 200000000000, role=S, fy=FY),
    cnt(1, "5事業", None, "事業", 5, q=AM), cnt(1, "7事業", None, "事業", 7, q=AM), cnt(1, "1事業", 1, "事業"),
    cnt(1, "7事業", None, "事業", 7, q=AM), cnt(1, "2事業", 2, "事業"),
    cnt(1, "3事業", None, "事業", 3, q=AM), cnt(1, "1事業", 1, "事業"), cnt(1, "4事業", None, "事業", 4, q=AM),
    cnt(1, "1事業", 1, "事業"), cnt(1, "4事業", None, "事業", 4, q=AM), cnt(1, "1事業", 1, "事業"),
    amt(1, "2億円", None, 200000000, role=S, fy=2016, q=AM), amt(1, "0.5 億円", None, 50000000, role=S, fy=2016, q=AM),
    amt(1, "3億円", None, 300000000, role=S, fy=FY, q=AM), amt(1, "0.75 億円", None, 75000000, role=S, fy=FY, q=AM),
    amt(1, "1億円", None, 100000000, role=S, fy=2016, q=AM), amt(1, "0.25 億円", None, 25000000, role=S, fy=2016, q=AM),
    amt(1, "2億円", None, 200000000, role=S, fy=FY, q=AM), amt(1, "0.5 億円", None, 50000000, role=S, fy=FY, q=AM),
    fyr(1, "平成 29 年度", FY), date(1, "平成 29 年", "2017"), date(1, "3月", "2017-03"),
]
ROWS = [
    dict(line=1, text="1,000 億円", fy=FY, budget_yen=100000000000, program="地方創生推進交付金", ministry="内閣府", role=B,
         why="the programme's own year figure `平成 29 年度の地方創生推進交付金(国費:N、事業費:N)`"),
]
NOT_ROWS = [
    dict(line=1, text="2,000 億円", value_yen=200000000000, fy=FY, mention_role=S,
         what="事業費", reason="the project size (国費 + local share)"),
    dict(line=1, text="3億円", value_yen=300000000, fy=FY, mention_role=S,
         what="交付上限額 都道府県 先駆 29年度", reason="a cap per issuer"),
    dict(line=1, text="0.75 億円", value_yen=75000000, fy=FY, mention_role=S,
         what="交付上限額 都道府県 横展開 29年度", reason="a cap per issuer"),
    dict(line=1, text="1億円", value_yen=100000000, fy=2016, mention_role=S,
         what="交付上限額 市区町村 先駆 28年度", reason="a cap per issuer"),
    dict(line=1, text="0.25 億円", value_yen=25000000, fy=2016, mention_role=S,
         what="交付上限額 市区町村 横展開 28年度", reason="a cap per issuer"),
    dict(line=1, text="2億円", value_yen=200000000, fy=FY, mention_role=S, what="交付上限額 先駆 (都道府県 28 / 市区町村 29)",
         reason="a cap per issuer (one trap for the text)"),
    dict(line=1, text="0.5 億円", value_yen=50000000, fy=FY, mention_role=S, what="交付上限額 横展開 (都道府県 28 / 市区町村 29)",
         reason="a cap per issuer (one trap for the text)"),
]
