from kinds import amt, date, fyr, pct, trap, traps

DOC = "env_h12_chikyu_gaisan"
# 環境庁's press release (1999年08月31日) of the 平成12年度 地球環境保全関係予算 概算要求 (a cross-ministry envelope, as
# 環境保全経費): budget FY2000. The total `総額7,010億円` and its share under the special frame `(うち…経済新生特別枠
# 等が436億円)` traps (fresh24a's frames and shares). The three numbered pillars `1. 国際的枠組みづくり` `91億円`, `2.
# 観測・監視、調査研究` `1,454億円`, `3. 技術開発、普及` `4,481億円` are AMBIGUOUS rows (classes of many ministries' works, as
# env_h31's 施策体系). The programme lines under `(単位は百万円)` — `68(   0)`, `2,750( 2,650)`, `68,574(55,680)` … —
# are cells of digits only whose unit is in the legend: no mentions (the earlier sets' `(単位:百万円)` cells, fresh9b),
# so the new items `(   0)` give no row (NEW for this shape, arguable: a reader could read `N(M)` under a 百万円
# legend as request / previous-year pairs). `G8`, `ESCAP` names; `21世紀` no mention (an ordinal of time, as `31年目`);
# the cut last line `900( ` no mention.
B, FY = "budget", 2000
M = [
    date(3, "1999年08月31日", "1999-08-31"),
    fyr(4, "平成12年度", FY), fyr(5, "平成12年度", FY),
    fyr(6, "平成12年度", FY), trap(amt(6, "7,010億円", 701000000000, fy=FY), "概算要求額は総額", "the envelope's total"),
    trap(amt(6, "436億円", 43600000000, fy=FY), "うち…経済新生特別枠等", "the share requested under a special frame"),
    fyr(6, "平成11年度", 1999), pct(6, "9.0%", 9.0),
    amt(10, "91億円", 9100000000, fy=FY), amt(19, "1,454億円", 145400000000, fy=FY), amt(34, "4,481億円", 448100000000, fy=FY),
]
_W = "a numbered pillar of the envelope with its requested figure"
_N = "a class of many ministries' works (fresh24b's envelopes)"
ROWS = [
    dict(line=10, text="91億円", budget_yen=9100000000, fy=FY, program="国際的枠組みづくり", role=B, ministry="環境庁",
         ambiguous=True, why=_W, note=_N),
    dict(line=19, text="1,454億円", budget_yen=145400000000, fy=FY, program="観測・監視、調査研究", role=B, ministry="環境庁",
         ambiguous=True, why=_W, note=_N),
    dict(line=34, text="4,481億円", budget_yen=448100000000, fy=FY, program="技術開発、普及", role=B, ministry="環境庁",
         ambiguous=True, why=_W, note=_N),
]
NOT_ROWS = traps(M)
