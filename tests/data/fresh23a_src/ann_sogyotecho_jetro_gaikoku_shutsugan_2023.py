from kinds import amt, cnt, date, trap, traps

DOC = "sogyotecho_jetro_gaikoku_shutsugan_2023"
# 創業手帳's news of ジェトロ's 2023 call of 中小企業等外国出願支援事業 (grants toward foreign patent and trademark filings).
# Under `補助率・上限額`: `補助上限額:1中小企業者あたり300万円以内` a cap per company (`support`, at_most, min null); under
# `1申請案件あたり:` the caps per application `特許 150万円`, `実用新案、意匠、商標 60万円`, `冒認対策商標30万円` (`support`,
# at_most: the 上限額 label above them, the GUIDE's header rule). `1中小企業者あたり`, `1申請案件あたり` are rate markers (no
# count). fy null: the page writes calendar dates only (arguable: the windows lie in FY2023). Three windows, each one date
# range; `17:00` clock times; `第1回`… ordinals. `経営資源のひとつ` 1 つ (the GUIDE's `の一つ`, in kana; arguable).
# `3分の2以上`, `2分の1以内` fractions.
S, AM = "support", ("at_most",)
M = [
    trap(amt(13, "300万円", None, 3000000, role=S, q=AM), "補助上限額 1中小企業者あたり", "a cap per company"),
    trap(amt(15, "150万円", None, 1500000, role=S, q=AM), "1申請案件あたり 特許", "a cap per application"),
    trap(amt(16, "60万円", None, 600000, role=S, q=AM), "1申請案件あたり 実用新案、意匠、商標", "a cap per application"),
    trap(amt(17, "30万円", None, 300000, role=S, q=AM), "1申請案件あたり 冒認対策商標", "a cap per application"),
    date(19, "2023年5月8日(月)~5月19日", "2023-05-08", "2023-05-19"),
    date(20, "2023年7月3日(月)~7月14日", "2023-07-03", "2023-07-14"),
    date(21, "2023年9月4日(月)~9月15日", "2023-09-04", "2023-09-15"),
    cnt(22, "ひとつ", 1, "つ"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
