from kinds import amt, cnt, date, fyr

DOC = "shunan_r1_6gatsu_hosei_zenkyo"
# 山口県周南市, the council's 全員協議会 of 令和元年6月14日 on the 令和元年度 補正予算 (a machine-written report). The
# 一般会計's addition and the 介護保険特別会計's addition are supplementary (traps), the totals after them budget
# (traps), all FY2019 (line 3's 令和元年度 scopes the report). The four programmes `…経費としてN円が計上`, `…経費がN円増額`,
# `…にN円が計上`, `…のためにN円の予算増` are supplementary rows. `2,000台` a count; `昨年の豪雨` no mention.
S, B, FY = "supplementary_budget", "budget", 2019
M = [
    date(1, "令和元年6月14日", "2019-06-14"),
    fyr(3, "令和元年度", FY),
    amt(3, "2億789万1,000円", 207891000, role=S, fy=FY), amt(3, "632億1,788万2,000円", 63217882000, role=B, fy=FY),
    amt(3, "630万3,000円", 6303000, role=S, fy=FY), amt(3, "123億7,562万8,000円", 12375628000, role=B, fy=FY),
    amt(4, "655万3,000円", 6553000, role=S, fy=FY), amt(4, "3,577万円", 35770000, role=S, fy=FY),
    amt(5, "3,000万円", 30000000, role=S, fy=FY),
    cnt(6, "2,000台", 2000, "台"), amt(6, "1,760万円", 17600000, role=S, fy=FY),
]
W = "a programme of the 令和元年度 一般会計補正予算 (line 3) with its own figure"
ROWS = [
    dict(line=4, text="655万3,000円", budget_yen=6553000, fy=FY, role=S, why=W + "; 新規事業",
         program="鹿野地区での認定こども園整備に必要な実施設計", aliases=["鹿野地区認定こども園整備 実施設計"]),
    dict(line=4, text="3,577万円", budget_yen=35770000, fy=FY, role=S, why=W,
         program="就学前障害児への発達支援無償化や幼児教育無償化に向けたシステム改修経費"),
    dict(line=5, text="3,000万円", budget_yen=30000000, fy=FY, role=S, why=W, program="被災地での農業施設修復 (災害復旧)",
         aliases=["農業施設修復"]),
    dict(line=6, text="1,760万円", budget_yen=17600000, fy=FY, role=S, why=W, program="防災ラジオの普及事業"),
]
NOT_ROWS = [
    dict(line=3, text="2億789万1,000円", value_yen=207891000, fy=FY, mention_role=S, what="一般会計補正予算の追加額",
         reason="supplementary total"),
    dict(line=3, text="632億1,788万2,000円", value_yen=63217882000, fy=FY, mention_role=B, what="補正後の予算規模",
         reason="account total after a supplementary"),
    dict(line=3, text="630万3,000円", value_yen=6303000, fy=FY, mention_role=S, what="介護保険特別会計の追加額",
         reason="supplementary total of an account"),
    dict(line=3, text="123億7,562万8,000円", value_yen=12375628000, fy=FY, mention_role=B, what="介護保険特別会計の補正後の計",
         reason="account total after a supplementary"),
]
