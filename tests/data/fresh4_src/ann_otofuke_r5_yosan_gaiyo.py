from kinds import amt, cnt, fyr, pct

DOC = "otofuke_r5_yosan_gaiyo"
# 音更町 令和5年度予算の概要 (title, line 2): every figure is FY2023. Account totals (全体, 一般会計, 特別会計, the
# 支出総額 of the three enterprise accounts) are budget; the 収入総額 of an enterprise account is its revenue (other);
# every `前年度比` change is other, signed as written (`+`, `△` = minus). `4会計` is a count. No programme: no rows.
B, O, FY = "budget", "other", 2023
M = [
    fyr(2, "令和5年度", FY),
    cnt(10, "4会計", 4, "会計"),
    fyr(22, "令和5年度", FY),
]
# (line, total text, value, role, change text, change value, percent text, percent value, what)
LINES = [
    (7, "366億711万5,000円", 36607115000, B, "+12億4,947万4,000円", 1249474000, "+3.5%", 3.5, "全体 (all accounts)"),
    (9, "222億4,000万円", 22240000000, B, "+10億9,300万円", 1093000000, "+5.2%", 5.2, "一般会計"),
    (11, "97億1,800万円", 9718000000, B, "+1億500万円", 105000000, "+1.1%", 1.1, "特別会計(4会計の総額)"),
    (13, "13億8,025万9,000円", 1380259000, O, "△137万2,000円", -1372000, "△0.1%", -0.1, "水道事業会計 収入総額"),
    (14, "18億5,114万3,000円", 1851143000, B, "△1,478万2,000円", -14782000, "△0.8%", -0.8, "水道事業会計 支出総額"),
    (16, "7億7,140万5,000円", 771405000, O, "+1億6,935万6,000円", 169356000, "+28.1%", 28.1, "簡易水道事業会計 収入総額"),
    (17, "8億8,793万6,000円", 887936000, B, "+1億7,076万9,000円", 170769000, "+23.8%", 23.8, "簡易水道事業会計 支出総額"),
    (19, "16億249万1,000円", 1602491000, O, "△9,441万2,000円", -94412000, "△5.6%", -5.6, "下水道事業会計 収入総額"),
    (20, "19億1,003万6,000円", 1910036000, B, "△1億451万3,000円", -104513000, "△5.2%", -5.2, "下水道事業会計 支出総額"),
]
NOT_ROWS = []
for ln, t, v, role, ct, cv, pt, pv, what in LINES:
    M += [amt(ln, t, v, role=role, fy=FY), amt(ln, ct, cv, role=O, fy=FY), pct(ln, pt, pv)]
    NOT_ROWS.append(dict(line=ln, text=t, value_yen=v, fy=FY, mention_role=role, what=what,
                         reason="account revenue total" if role == O else "account total"))
    NOT_ROWS.append(dict(line=ln, text=ct, value_yen=cv, fy=FY, mention_role=O, what=f"{what} 前年度比",
                         reason="change from the previous year"))
ROWS = []
