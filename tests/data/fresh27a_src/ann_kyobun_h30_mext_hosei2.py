from kinds import amt, date, fyr, trap, traps

DOC = "kyobun_h30_mext_hosei2"
# 教育新聞 2018-12-21: 文部科学省's part of the 2018年度第2次補正予算案. `18年度` (headline) era-less: no mention, but the
# body's `2018年度` fixes fy 2018 on the headline's figure too (fresh24a's era-less year fixed by a full year). The
# ministry total `2660億円` (headline and body) traps. The 緊急対策 `784億円` and its part `学校施設の整備は665億円` both
# rows (fresh24a's parent and child), the parent ambiguous. `2020年度から実施する` a fiscal year (the test's start, not an
# amount's year). `12月21日` → 2018-12-21; `台風21号`, `第2次` no mentions.
S, FY = "supplementary_budget", 2018
M = [
    trap(amt(1, "2660億円", 266000000000, role=S, fy=FY), "total", "the ministry's whole part (headline)"),
    date(3, "12月21日", "2018-12-21"),
    fyr(3, "2018年度", FY),
    trap(amt(3, "2660億円", 266000000000, role=S, fy=FY), "total", "the ministry's whole part"),
    fyr(6, "2020年度", 2020),
]
_R = [(4, "784億円", 78400000000, "防災・減災、国土強靱化のための緊急対策", True),
      (4, "665億円", 66500000000, "学校施設の整備(緊急対策)", False),
      (4, "219億円", 21900000000, "被害を受けた学校施設の復旧", False),
      (5, "84億円", 8400000000, "認定こども園の移行に関する施設整備", False),
      (6, "7億円", 700000000, "大学入試英語成績提供システムの開発", False),
      (7, "2億円", 200000000, "被災学生の大学授業料減免等の支援", False),
      (7, "77億円", 7700000000, "義務教育費国庫負担金の経費増", False)]
M += [amt(ln, t, v, role=S, fy=FY) for ln, t, v, _, _ in _R]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, role=S, program=p,
             why="a measure of 文科省's part of the 2018年度第2次補正予算案 with its own figure",
             **({"ambiguous": True, "note": "a measure whose part (665億円) is listed too (fresh24a's parent and child)"} if a else {}))
        for ln, t, v, p, a in _R]
# Audit (audit28a): the text's own phrase as an alias where the gold name paraphrases it (fresh24a's audit).
_AL = {'2億円': ['被災学生の大学授業料減免などの支援']}
for _r in ROWS:
    _r["aliases"] = _AL.get(_r["text"], [])
NOT_ROWS = traps(M)
