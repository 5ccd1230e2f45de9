from kinds import amt, date, fyr, pct

DOC = "sumida_r7_yosanan"
# 墨田区 (東京都; すみだ区報 2025年3月1日号): 令和7年度予算案 (line 3 scopes the page: every amount budget FY2025; `(案)`
# adds no draft). The all-accounts total and the four accounts `name N円(+N パーセント)` are budget traps (accounts, not
# programmes); the three works `• name N円` are rows. Inside 不燃化、耐震化の促進 the 耐震診断 grant `15万円から20万円に
# 増額` gives two grant sizes (support, traps; the old size keeps the page's fy). Line 1 is the publication's title
# (`2025年3月1日号` no date, GUIDE); the era-less `6年度` (line 10) no mention (fresh4); `2月議会` of the
# 令和6年度 council a date 2025-02 (a session named by its month); the phone number no mention.
B, S, FY = "budget", "support", 2025
M = [
    fyr(3, "令和7年度", FY), fyr(3, "令和6年度", 2024), date(3, "2月", "2025-02"), fyr(3, "令和7年度", FY),
    amt(5, "2,009億2,500万円", 200925000000, role=B, fy=FY), pct(5, "+2.7パーセント", 2.7),
    amt(6, "1,430億1,900万円", 143019000000, role=B, fy=FY), pct(6, "+4.2パーセント", 4.2),
    amt(7, "269億2,900万円", 26929000000, role=B, fy=FY), pct(7, "-4.2パーセント", -4.2),
    amt(8, "238億1,600万円", 23816000000, role=B, fy=FY), pct(8, "+2.0パーセント", 2.0),
    amt(9, "71億6,100万円", 7161000000, role=B, fy=FY), pct(9, "+2.7パーセント", 2.7),
    amt(11, "7億3,407万円", 734070000, role=B, fy=FY),
    amt(12, "15万円", 150000, role=S, fy=FY), amt(12, "20万円", 200000, role=S, fy=FY),
    amt(13, "888万円", 8880000, role=B, fy=FY),
    amt(15, "1億7,368万円", 173680000, role=B, fy=FY),
]
W = "a work `• name N円` of the 令和7年度予算案 (line 3), newly budgeted or continued"
ROWS = [
    dict(line=11, text="7億3,407万円", budget_yen=734070000, fy=FY, program="不燃化、耐震化の促進", role=B, why=W,
         aliases=["不燃化・耐震化の促進"]),
    dict(line=13, text="888万円", budget_yen=8880000, fy=FY, program="避難行動要支援者情報の管理システムの導入", role=B, why=W),
    dict(line=15, text="1億7,368万円", budget_yen=173680000, fy=FY, program="修学旅行・移動教室の無償化", role=B, why=W),
]
_W = {
    (5, "2,009億2,500万円"): ("総額 (all accounts)", "all-accounts total"),
    (6, "1,430億1,900万円"): ("一般会計", "account total"),
    (7, "269億2,900万円"): ("国民健康保険特別会計", "special account total (an account, not a programme)"),
    (8, "238億1,600万円"): ("介護保険特別会計", "special account total (an account, not a programme)"),
    (9, "71億6,100万円"): ("後期高齢者医療特別会計", "special account total (an account, not a programme)"),
    (12, "15万円"): ("耐震診断の助成 (old size)", "grant size inside a programme (before the increase)"),
    (12, "20万円"): ("耐震診断の助成 (new size)", "grant size inside a programme"),
}
NOT_ROWS = [dict(line=ln, text=t, value_yen=next(r["min"] for r in M if r["line"] == ln and r["text"] == t), fy=FY,
                 mention_role=next(r["role"] for r in M if r["line"] == ln and r["text"] == t), what=w, reason=why)
            for (ln, t), (w, why) in _W.items()]
