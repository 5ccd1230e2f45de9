from kinds import amt, fyr, trap, traps

DOC = "env_h23_hosei4"
# 環境省's own page 平成23年度第4次補正予算(案)について: `【追加計上額計 229億円】` (the ministry's whole addition, a trap) over
# five numbered items `N.name [PDF NKB]` with the figure on the next line: rows, `supplementary_budget` FY2011 (the title
# label; `(案)` in the title only: no draft). `平成22年度から開始した` a fiscal year 2010 (the survey's start; `から` a point,
# GUIDE); file sizes `390KB` no mentions (technical units); `第4次` an ordinal.
S, FY = "supplementary_budget", 2011
M = [
    fyr(2, "平成23年度", FY),
    trap(amt(4, "229億円", 22900000000, role=S, fy=FY), "total", "the ministry's whole addition"),
    fyr(10, "平成22年度", 2010),
]
_R = [(6, "120億円", 12000000000, "循環型社会形成推進交付金"),
      (9, "16億円", 1600000000, "子どもの健康と環境に関する全国調査(エコチル調査)"),
      (12, "42億円", 4200000000, "産業廃棄物不法投棄等原状回復措置推進費補助金"),
      (15, "7億円", 700000000, "世界遺産委員会の勧告を踏まえた小笠原諸島保全管理対策等事業"),
      (18, "30億円", 3000000000, "生物多様性条約拠出金等")]
M += [amt(ln, t, v, role=S, fy=FY) for ln, t, v, _ in _R]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, role=S, program=p,
             why="a numbered item of 環境省's 平成23年度第4次補正予算(案), its figure on the next line") for ln, t, v, p in _R]
NOT_ROWS = traps(M)
