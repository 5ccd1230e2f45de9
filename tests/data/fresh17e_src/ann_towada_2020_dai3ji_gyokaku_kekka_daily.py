from kinds import amt, cnt, date, fyr, trap, traps

DOC = "towada_2020_dai3ji_gyokaku_kekka_daily"
# 青森県十和田市's results of its 第3次行政改革実施計画 (2015~19年度) as デーリー東北 reports them (2020; the stored page
# repeats the lead under the paywall notice): the planned and reached 財政効果 over the plan (`予定額(4億4486万円)`,
# `7億2583万円`; the headline's `7・2億円` with `・` for a decimal point, fresh16a), the measures' effects (revenue: parking
# fees, vending machines; savings: 22 staff fewer, a 指定管理者, street lights). All `other`, fy null (effects summed over
# the five-year plan: fresh13b), traps. `1・63倍` a ratio (no mention). `2015~19年度` one fiscal-year mention
# 2015..2019 (fresh13b's `2021年度~30年度`); era-less `20年度の`, `(20~24年度)` no mentions (fresh13). `14日` a date of
# 2020 only (the 20年度 first meeting; fresh16a's days without their month). `市営3駐車場` a count of 駐車場 (GUIDE's open
# counters), `22人` a count; `第1回`, `第3次`, `第4次` ordinals; `20.....` cut.
O = "other"
P = "a reform plan's effect over its five years, not a budget"
M = [
    trap(amt(1, "7・2億円", 720000000, role=O), "第3次行政改革実施計画 財政効果 (見出し)", P),
    date(2, "14日", "2020"), fyr(2, "2015~19年度", 2015, 2019),
    trap(amt(2, "4億4486万円", 444860000, role=O), "第3次行政改革実施計画 財政効果 予定額",
         "a reform plan's planned effect over five years, not a budget"),
    trap(amt(2, "7億2583万円", 725830000, role=O), "第3次行政改革実施計画 財政効果", P),
    date(8, "14日", "2020"), fyr(8, "2015~19年度", 2015, 2019),
    trap(amt(8, "4億4486万円", 444860000, role=O), "第3次行政改革実施計画 財政効果 予定額",
         "a reform plan's planned effect over five years, not a budget"),
    trap(amt(8, "7億2583万円", 725830000, role=O), "第3次行政改革実施計画 財政効果", P),
    cnt(8, "3駐車場", 3, "駐車場"),
    trap(amt(8, "3231万円", 32310000, role=O), "市営駐車場の料金引き上げ 歳入効果", "a fee revision's revenue effect, not a budget"),
    trap(amt(8, "3131万円", 31310000, role=O), "自動販売機の設置方法の統一化 歳入効果", "a measure's revenue effect, not a budget"),
    cnt(8, "22人", 22, "人"),
    trap(amt(8, "3億8250万円", 382500000, role=O), "業務見直しによる職員減員 歳出削減", "a staff cut's saving, not a budget"),
    trap(amt(8, "6565万円", 65650000, role=O), "食肉処理事務組合 指定管理者制度導入 歳出削減", "a measure's saving, not a budget"),
    trap(amt(8, "5139万円", 51390000, role=O), "防犯灯の省エネルギー化 歳出削減", "a measure's saving, not a budget"),
]
ROWS: list = []
NOT_ROWS = traps(M)
