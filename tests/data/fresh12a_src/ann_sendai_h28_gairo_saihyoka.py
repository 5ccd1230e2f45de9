from kinds import amt, dur, fyr

DOC = "sendai_h28_gairo_saihyoka"
# 仙台市's sheet for its 公共事業評価 監視委員会 (資料2-1, 平成28年度): the re-evaluation of a street project, two forms
# flattened (the previous evaluation, lines 4-20, and this one, lines 22-38). Its money is the cost-benefit analysis:
# benefits `B=193.7億円` and costs `C= 91.0億円` of the whole project, of a year's delay, of the remaining work, and
# `B=  0億円` of the work done so far: present values of a cost-benefit analysis, `other`, fy null (no year names them;
# `平成28年度監視委員会` is the committee's year, not theirs; arguable), every one a trap (cost estimates, NEW shape).
# The 事業費 / 用地費 / 工事費 cells hold no figure in the stored text. `H23迄` / `H28迄` (着手年度 …): fiscal years
# with `迄` (= まで): null..N, at_most (GUIDE's `まで`). `一年遅れた場合` a duration (kanji numeral, GUIDE). `B/C=2.12`
# ratios, `(様式-1―2)`, `資料2-1`, `1.` no mention; `外2線` in the project's name no mention (a name, arguable);
# `約21.6Km` a physical unit.
O = "other"
M = [
    fyr(2, "平成28年度", 2016),
    fyr(4, "H23", None, 2011, q=("at_most",)),
    fyr(6, "H23", None, 2011, q=("at_most",)),
    amt(7, "193.7億円", 19370000000, role=O),
    fyr(8, "H23", None, 2011, q=("at_most",)), amt(8, "91.0億円", 9100000000, role=O),
    dur(10, "一年", 1, "year"),
    amt(12, "185.0億円", 18500000000, role=O),
    amt(13, "91.0億円", 9100000000, role=O),
    amt(17, "0億円", 0, role=O), amt(17, "75.5億円", 7550000000, role=O),
    amt(20, "193.7億円", 19370000000, role=O), amt(20, "15.4億円", 1540000000, role=O),
    fyr(22, "H28", None, 2016, q=("at_most",)),
    amt(23, "211.1億円", 21110000000, role=O),
    fyr(24, "H28", None, 2016, q=("at_most",)), amt(24, "127.1億円", 12710000000, role=O),
    fyr(26, "H28", None, 2016, q=("at_most",)), dur(26, "一年", 1, "year"),
    amt(28, "202.9億円", 20290000000, role=O),
    amt(29, "127.0億円", 12700000000, role=O),
    amt(33, "0億円", 0, role=O),
    amt(34, "106.1億円", 10610000000, role=O),
    amt(37, "211.1億円", 21110000000, role=O),
    amt(38, "21.0億円", 2100000000, role=O),
]
ROWS: list[dict] = []
B = "a benefit of the project's cost-benefit analysis (present value), not a budget"
C = "a cost of the project's cost-benefit analysis (present value of an estimate), not a budget"
NOT_ROWS = [
    dict(line=7, text="193.7億円", value_yen=19370000000, fy=None, mention_role=O, what="前回 事業全体 B", reason=B),
    dict(line=8, text="91.0億円", value_yen=9100000000, fy=None, mention_role=O, what="前回 事業全体 C", reason=C),
    dict(line=12, text="185.0億円", value_yen=18500000000, fy=None, mention_role=O, what="前回 一年遅れた場合 B", reason=B),
    dict(line=13, text="91.0億円", value_yen=9100000000, fy=None, mention_role=O, what="前回 一年遅れた場合 C", reason=C),
    dict(line=17, text="0億円", value_yen=0, fy=None, mention_role=O, what="前回 現時点までの B", reason=B),
    dict(line=17, text="75.5億円", value_yen=7550000000, fy=None, mention_role=O, what="前回 現時点までの C", reason=C),
    dict(line=20, text="193.7億円", value_yen=19370000000, fy=None, mention_role=O, what="前回 来年度から完了の B", reason=B),
    dict(line=20, text="15.4億円", value_yen=1540000000, fy=None, mention_role=O, what="前回 来年度から完了の C", reason=C),
    dict(line=23, text="211.1億円", value_yen=21110000000, fy=None, mention_role=O, what="今回 事業全体 B", reason=B),
    dict(line=24, text="127.1億円", value_yen=12710000000, fy=None, mention_role=O, what="今回 事業全体 C", reason=C),
    dict(line=28, text="202.9億円", value_yen=20290000000, fy=None, mention_role=O, what="今回 一年遅れた場合 B", reason=B),
    dict(line=29, text="127.0億円", value_yen=12700000000, fy=None, mention_role=O, what="今回 一年遅れた場合 C", reason=C),
    dict(line=33, text="0億円", value_yen=0, fy=None, mention_role=O, what="今回 現時点までの B", reason=B),
    dict(line=34, text="106.1億円", value_yen=10610000000, fy=None, mention_role=O, what="今回 現時点までの C", reason=C),
    dict(line=37, text="211.1億円", value_yen=21110000000, fy=None, mention_role=O, what="今回 来年度から完了の B", reason=B),
    dict(line=38, text="21.0億円", value_yen=2100000000, fy=None, mention_role=O, what="今回 来年度から完了の C", reason=C),
]
