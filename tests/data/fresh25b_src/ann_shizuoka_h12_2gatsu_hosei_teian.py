from kinds import amt, date, fyr, trap, traps

DOC = "shizuoka_h12_2gatsu_hosei_teian"
# 静岡県's governor's speech, section 【5.2月補正予算】 of the 平成13年2月 session: the FY2000 (`平成12年度関係`)
# February supplementary. `平成13年2月県議会定例会` a date 2001-02 (a session named by its month; a page title is not
# a publication title: fresh11c); `2月補正予算` a budget's name, no date (fresh24c); `12年度` era-less, no mention, but
# it names FY2000 (fresh4). The supplementary `90億6,400万円の減額` supplementary, positive, a trap; `最終予算額` budget
# FY2000, a trap; `国の補正予算に伴う公共事業の追加など80億3,500万円` a class (public works added), a trap; the tax
# revenue increase `260億円` other, a trap; `130億円の県債を繰上償還` an early bond redemption, other, a trap (NEW,
# arguable: debt service paid out of the supplementary, but no programme). `2分の1` a fraction, no mention. No row.
S, B, O, FY = "supplementary_budget", "budget", "other", 2000
M = [
    date(2, "平成13年2月", "2001-02"),
    fyr(4, "平成12年度", FY),
    trap(amt(5, "90億6,400万円", 9064000000, role=S, fy=FY), "一般会計の2月補正予算額", "the general account's supplementary total"),
    trap(amt(5, "1兆3,528億4,000万円", 1352840000000, fy=FY), "12年度の最終予算額", "an account total after the supplementary"),
    trap(amt(6, "80億3,500万円", 8035000000, role=S, fy=FY), "国の補正予算に伴う公共事業の追加など", "a class of works (grouping)"),
    trap(amt(7, "260億円", 26000000000, role=O, fy=FY), "県税収入の増額", "a revenue"),
    trap(amt(7, "130億円", 13000000000, role=O, fy=FY), "県債の繰上償還", "debt redemption, no programme"),
]
ROWS = []
NOT_ROWS = traps(M)
