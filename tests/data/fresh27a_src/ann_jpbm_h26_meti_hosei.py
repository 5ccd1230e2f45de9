from kinds import amt, fyr, pct, trap, traps

DOC = "jpbm_h26_meti_hosei"
# 日本中小企業経営支援専門家協会's daily news: 経済産業省関連 of the 平成26年度補正予算案 (the 地方への好循環拡大に向けた緊急
# 経済対策). Every figure `supplementary_budget` FY2014 (`平成26年度補正予算案`). The ministry's `総額6,605億円`, the
# package's `対策全体3.5兆円` (a national total), the `地域・中小企業対策ほか` share `3,090億円` traps; each `○item:N億円`
# a row; its `(財務省計上709.0億円含む)` (the share booked under 財務省) a trap (fresh24a's account shares). `約19%` 19
# approx. The URL's `yosan2014` no mention.
S, FY = "supplementary_budget", 2014
M = [
    fyr(1, "平成26年度", FY),
    trap(amt(1, "6,605億円", 660500000000, role=S, fy=FY), "total", "the ministry's whole part"),
    trap(amt(1, "3.5兆円", 3500000000000, role=S, fy=FY), "total", "the whole package's supplementary"),
    pct(1, "19%", 19, q=("approx",)),
    trap(amt(1, "3,090億円", 309000000000, role=S, fy=FY), "grouping", "地域・中小企業対策ほか share"),
    trap(amt(2, "709.0億円", 70900000000, role=S, fy=FY), "share", "the part of an item booked under 財務省"),
    fyr(3, "平成26年度", FY),
]
_R = [(2, "1,380.0億円", 138000000000, "中小企業・小規模事業者の資金繰り・事業再生支援"),
      (2, "1,020.4億円", 102040000000, "ものづくり・商業・サービス革新事業"),
      (2, "252.2億円", 25220000000, "小規模事業者に焦点を当てたパッケージ支援"),
      (2, "60.1億円", 6010000000, "中小企業・小規模事業者に対する人材発掘・育成支援"),
      (2, "60.0億円", 6000000000, "コンテンツ海外展開支援"),
      (2, "40.0億円", 4000000000, "ふるさと名物支援"),
      (2, "50.4億円", 5040000000, "創業・第二創業支援")]
M += [amt(ln, t, v, role=S, fy=FY) for ln, t, v, _ in _R]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, role=S, program=p,
             why="an item of 経済産業省関連 in the 平成26年度補正予算案 with its own figure") for ln, t, v, p in _R]
NOT_ROWS = traps(M)
