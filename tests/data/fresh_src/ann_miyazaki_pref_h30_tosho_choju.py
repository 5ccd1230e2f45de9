from kinds import amt, fyr

DOC = "miyazaki_pref_h30_tosho_choju"
# Title (line 1) 平成30年度当初予算案: every figure is FY2018 budget. ◎有害鳥獣捕獲等対策 (58百万円) groups the five
# 事業 below it (25 + 9 + 10 + 12 + 2 = 58): a total, not a row. `補助率 1/2以内` is a rate (no mention); the 2 and
# 4 glued to the title line are page furniture of the carrier.
B, FY = "budget", 2018
M = [
    fyr(1, "平成30年度", 2018),
    amt(7, "58百万円", 58000000, role=B, fy=FY),
    amt(13, "25百万円", 25000000, role=B, fy=FY),
    amt(25, "9百万円", 9000000, role=B, fy=FY),
    amt(33, "10百万円", 10000000, role=B, fy=FY),
    amt(39, "12百万円", 12000000, role=B, fy=FY),
    amt(47, "2百万円", 2000000, role=B, fy=FY),
]
W = "事業 name (○ or plain) on its own line, the figure alone two lines below; fy from the title (line 1)"
R = dict(fy=FY, role=B, why=W)
ROWS = [
    dict(line=13, text="25百万円", budget_yen=25000000, program="有害鳥獣捕獲促進総合対策事業", **R),
    dict(line=25, text="9百万円", budget_yen=9000000, program="有害鳥獣パトロールで地域活性化事業", **R),
    dict(line=33, text="10百万円", budget_yen=10000000, program="増えすぎたシカ・イノシシ特別捕獲事業", **R),
    dict(line=39, text="12百万円", budget_yen=12000000, program="鳥獣保護区等周辺野生鳥獣適正管理事業", **R),
    dict(line=47, text="2百万円", budget_yen=2000000, program="県南地域へのシカ侵入監視対策事業", **R),
]
NOT_ROWS = [
    dict(line=7, text="58百万円", value_yen=58000000, fy=FY, mention_role=B, what="◎有害鳥獣捕獲等対策(自然環境課)",
         reason="a policy heading that sums the five 事業 listed under it"),
]
