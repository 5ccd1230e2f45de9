from kinds import amt, date, fyr, trap, traps

DOC = "env_h20_hosei_oshirase"
# 環境省's press release 2008-09-29: 平成20年度補正予算に計上された事項等について. Every figure `supplementary_budget` FY2008
# (the title label). `[一般会計]` and `[特別会計]` lists: each `N.name N百万円` a row; each account's unlabelled subtotal
# (`7,888百万円`, `1,030百万円`) and `合計 8,918百万円` traps (account totals, fresh8a). The note restates the special
# account `10.3億円` (a trap) and the net size `78.8億円規模の補正予算` (the ministry's 緊急総合対策 net of self-found
# revenue: a trap; `規模` no qualifier, fresh24a). Phone numbers and `内線6160` no mentions; `2008年09月29日` a date.
S, FY = "supplementary_budget", 2008
M = [
    date(3, "2008年09月29日", "2008-09-29"),
    fyr(5, "平成20年度", FY),
    fyr(6, "平成20年度", FY),
    trap(amt(14, "7,888百万円", 7888000000, role=S, fy=FY), "total", "the general account's subtotal"),
    trap(amt(21, "1,030百万円", 1030000000, role=S, fy=FY), "total", "the special account's subtotal"),
    trap(amt(22, "8,918百万円", 8918000000, role=S, fy=FY), "total", "the ministry's whole supplementary"),
    trap(amt(24, "10.3億円", 1030000000, role=S, fy=FY), "total", "the special account's subtotal restated"),
    trap(amt(24, "78.8億円", 7880000000, role=S, fy=FY), "total", "the ministry's net size of the supplementary"),
]
_R = [(8, "7,200百万円", 7200000000, "産業廃棄物不法投棄原状回復措置への支援"),
      (9, "114百万円", 114000000, "野鳥における鳥インフルエンザ緊急対策"),
      (10, "40百万円", 40000000, "特定鳥獣保護管理対策促進支援事業"),
      (11, "409百万円", 409000000, "次世代自動車等導入促進事業"),
      (12, "50百万円", 50000000, "小水力発電普及促進事業調査"),
      (13, "75百万円", 75000000, "「都市鉱山」のレアメタルリサイクル推進事業"),
      (16, "362百万円", 362000000, "国内排出量取引推進事業"),
      (17, "450百万円", 450000000, "温室効果ガスの自主削減目標設定に係る設備補助事業"),
      (18, "68百万円", 68000000, "二酸化炭素海底下地層貯留技術(CCS)開発事業"),
      (19, "50百万円", 50000000, "業務部門対策技術率先導入補助事業"),
      (20, "100百万円", 100000000, "地域協議会民生用機器導入促進事業")]
M += [amt(ln, t, v, role=S, fy=FY) for ln, t, v, _ in _R]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, role=S, program=p,
             why="an item of 環境省's part of the 平成20年度補正予算 listed under its account") for ln, t, v, p in _R]
NOT_ROWS = traps(M)
