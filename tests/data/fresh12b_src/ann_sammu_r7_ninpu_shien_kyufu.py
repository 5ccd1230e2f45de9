from kinds import amt, date, dur, trap, traps

DOC = "sammu_r7_ninpu_shien_kyufu"
# 千葉県山武市's guide to 妊婦のための支援給付 (from 令和7年4月) and the 出産・子育て応援給付金 before it: `1回目(妊娠時)5万円`,
# `2回目(出産後)子ども1人あたり5万円`, benefits per recipient: `support`, per null, fy null (no 年度 labels them), traps.
# Dates: `令和7年4月1日以降` starts (at_least, ×3 on lines 1, 8, 9), `令和7年3月31日までに` and `令和8年3月30日までに`
# deadlines (at_most), `令和7年4月1日より前に` a deadline before a day (at_most, NEW: `より前` read as `未満` of a date).
# Periods after birth or after a step are durations (fresh5c's `産後1年未満`): `産後1~2か月頃` 1..2 month approx (`頃`,
# arguable), `生後4か月までに` null..4 month at_most, `終了後2週間以内` at_most, `1か月半程度` 1.5 month approx. Not
# mentions: `1回目`, `2回目` (ordinals), the age `1歳`, `以後の最初の3月31日` (a day fixed by each child's birthday, no
# calendar date), the rate marker `子ども1人あたり`.
SU = "support"
t = trap


M = [
    date(1, "令和7年4月1日", "2025-04-01", None, q=("at_least",)),
    dur(1, "1~2か月", 1, "month", 2, q=("approx",)),
    t(amt(1, "5万円", 50000, role=SU), "妊婦のための支援給付 1回目(妊娠時)", "a benefit per pregnant woman (support), no budget"),
    t(amt(1, "5万円", 50000, role=SU), "妊婦のための支援給付 2回目(出産後) 子ども1人あたり",
      "a benefit per child (support), no budget"),
    date(2, "令和7年3月31日", None, "2025-03-31", q=("at_most",)),
    dur(3, "4か月", None, "month", 4, q=("at_most",)),
    date(4, "令和7年4月1日", None, "2025-04-01", q=("at_most",)),
    date(4, "令和8年3月30日", None, "2026-03-30", q=("at_most",)),
    date(8, "令和7年4月1日", "2025-04-01", None, q=("at_least",)),
    date(9, "令和7年4月1日", "2025-04-01", None, q=("at_least",)),
    dur(13, "2週間", None, "week", 2, q=("at_most",)),
    dur(14, "1か月半", 1.5, "month", q=("approx",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
