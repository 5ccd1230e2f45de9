from kinds import amt, date, fyr, pct, trap, traps

DOC = "kdfile_h30_mlit_hosei"
# 建設メール (建設時事 2018/10/15): 国土交通省's part of the 2018年度(第1次)補正予算案. Every figure `supplementary_budget`
# FY2018 (`2018年度補正予算案`). The ministry's `国費総額3395億円` (headline, body) and its splits by disaster (`2066億円`
# 7月豪雨, `767億円` 北海道胆振東部地震, `561億円` その他の災害: the programmes under each follow) traps (fresh24c's
# groupings). Every `…に N円` programme is a row. `7月豪雨` is the disaster's name (no date); `台風21号` no mention;
# `約6割` 60 approx; `2018/10/15` a date; `15日` → 2018-10-15 (the dateline's month).
S, FY = "supplementary_budget", 2018
G = "a split of the ministry's part by disaster; its programmes follow"
M = [
    trap(amt(1, "3395億円", 339500000000, role=S, fy=FY), "total", "the ministry's whole part (headline)"),
    date(2, "2018/10/15", "2018-10-15"),
    fyr(4, "2018年度", FY),
    date(4, "15日", "2018-10-15"),
    trap(amt(4, "3395億円", 339500000000, role=S, fy=FY), "total", "the ministry's whole part"),
    pct(4, "6割", 60, q=("approx",)),
    trap(amt(4, "2066億円", 206600000000, role=S, fy=FY), "grouping", G),
    trap(amt(4, "767億円", 76700000000, role=S, fy=FY), "grouping", G),
    trap(amt(4, "561億円", 56100000000, role=S, fy=FY), "grouping", G),
]
_R = [(5, "1920億6500万円", 192065000000, "公共土木施設等の災害復旧費(7月豪雨)"),
      (5, "15億8700万円", 1587000000, "災害公営住宅整備事業"),
      (5, "2億6900万円", 269000000, "災害廃棄物等の受け皿の整備"),
      (5, "2億9100万円", 291000000, "海洋環境の整備等"),
      (5, "5億6400万円", 564000000, "水資源開発施設の災害復旧"),
      (5, "98億100万円", 9801000000, "有料道路の災害復旧"),
      (5, "2億4500万円", 245000000, "公営住宅等の災害復旧"),
      (5, "6億5900万円", 659000000, "鉄道施設の災害復旧"),
      (5, "3億5000万円", 350000000, "官庁施設の復旧"),
      (6, "764億9400万円", 76494000000, "公共土木施設等の災害復旧(北海道胆振東部地震)"),
      (6, "2000万円", 20000000, "緊急空中写真撮影"),
      (6, "4200万円", 42000000, "測地基準点の復旧測量"),
      (7, "433億1600万円", 43316000000, "公共土木施設等の災害復旧(その他の災害)"),
      (7, "49億9900万円", 4999000000, "有料道路災害復旧事業(関西国際空港連絡橋)"),
      (7, "1億3300万円", 133000000, "公営住宅等災害復旧事業(大阪府北部地震等)")]
M += [amt(ln, t, v, role=S, fy=FY) for ln, t, v, _ in _R]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, role=S, program=p,
             why="a programme of 国土交通省's part of the 2018年度補正予算案 with its own figure") for ln, t, v, p in _R]
# Audit (audit28a): the text's own phrase as an alias where the gold name paraphrases it (fresh24a's audit).
_AL = {'5億6400万円': ['水資源開発施設'], '98億100万円': ['有料道路'], '2億4500万円': ['公営住宅等'], '6億5900万円': ['鉄道施設']}
for _r in ROWS:
    _r["aliases"] = _AL.get(_r["text"], [])
NOT_ROWS = traps(M)
