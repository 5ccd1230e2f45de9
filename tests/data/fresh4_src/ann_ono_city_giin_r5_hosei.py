from kinds import amt, date, dur, fyr, pct

DOC = "ono_city_giin_r5_hosei"
# A 大野市 (福井県) council member's notice of the March 2024 session: the 令和5年度 一般会計補正予算 (total
# supplementary_budget FY2023, in the title and again as `12億9439万円3千円`, a stray 円 read as 12億9439万3千円) and
# its `- item N円` lines (supplementary_budget FY2023, rows), beside the 令和6年度 一般会計予算 total (budget
# FY2024, a trap). `3600千円` is read as written (3,600,000). The fund deposit (`基金積立`) and the back pay of
# wages are rows marked ambiguous (as fresh3's deposits into funds). `令和6年3月第438回…定例会` is a date (2024-03);
# `2月26日` opens, `3月25日まで` closes the session (at_most), `29日間` a duration; `昨年4月` → 2023-04.
B, S, FY = "budget", "supplementary_budget", 2023
M = [
    fyr(1, "令和5年度", FY),
    amt(1, "12億9439万3千円", 1294393000, role=S, fy=FY),
    fyr(2, "令和6年度", 2024),
    amt(2, "213億8千万円", 21380000000, fy=2024),
    pct(2, "12.2%", 12.2),
    date(3, "令和6年3月", "2024-03"),
    date(3, "2月26日", "2024-02-26"),
    date(3, "3月25日", None, "2024-03-25", q=("at_most",)),
    dur(3, "29日間", 29, "day"),
    fyr(5, "令和6年度", 2024),
    fyr(5, "令和5年度", FY),
    amt(5, "12億9439万円3千円", 1294393000, role=S, fy=FY),
    date(13, "4月", "2023-04"),
]
ITEMS = [
    (6, "2億8923万円", 289230000, "土地開発基金保有土地購入事業", {}),
    (7, "7億7000万円", 770000000, "公共施設等総合管理基金積立", dict(ambiguous=True, note="deposit into a fund")),
    (8, "3435万9千円", 34359000, "障害福祉サービス事業", {}),
    (9, "8640万円", 86400000, "除雪経費", {}),
    (10, "3600千円", 3600000, "小中学校跡地整備(旧乾側小学校及び周辺)", dict(aliases=["小中学校跡地整備"])),
    (11, "1236万円", 12360000, "ふるさと納税推進事業", {}),
    (12, "2500万円", 25000000, "交通安全対策", {}),
    (12, "3700万円", 37000000, "道路改良", {}),
    (12, "3000万円", 30000000, "林道改良", {}),
    (12, "2662万円", 26620000, "橋梁補修", {}),
    (13, "1300万円", 13000000, "会計年度任用職員の給与改定に伴う遡及支給",
     dict(ambiguous=True, note="back pay of wages, not a programme")),
]
M += [amt(ln, t, v, role=S, fy=FY, q=("approx",) if t == "1300万円" else ()) for ln, t, v, _, _ in ITEMS]
W = "`- item N円` under 令和5年度一般会計補正予算案…主な内容"
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, program=p, role=S, why=W, **extra) for ln, t, v, p, extra in ITEMS]
NOT_ROWS = [
    dict(line=1, text="12億9439万3千円", value_yen=1294393000, fy=FY, mention_role=S, what="令和5年度一般会計補正予算 (title)",
         reason="supplementary total"),
    dict(line=2, text="213億8千万円", value_yen=21380000000, fy=2024, mention_role=B, what="令和6年度一般会計予算",
         reason="account total of the next year's budget"),
    dict(line=5, text="12億9439万円3千円", value_yen=1294393000, fy=FY, mention_role=S, what="令和5年度一般会計補正予算案",
         reason="supplementary total"),
]
