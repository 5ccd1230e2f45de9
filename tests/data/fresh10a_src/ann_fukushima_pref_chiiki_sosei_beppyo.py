from kinds import amt, dur

DOC = "fukushima_pref_chiiki_sosei_beppyo"
# 福島県's grant table (地域創生総合支援事業, 別表1 一般枠, 補助事業者 民間団体) flattened into ONE line; no year is written
# (fy null on every amount). Grant terms only, no budget: the floor of the eligible project cost `補助対象事業費の下限
# ・50万円` is support, at_least, max null (fresh6b's call floor `下限は原則50万円`; here a 対象経費 threshold of one
# project, GUIDE 事業規模 → support); the caps under `補助限度額` (`500万円`, `700万円` for exchange projects, `100万円`
# where the rate is raised to 10/10) are support, at_most, min null (GUIDE: a header saying 上限/限度 makes caps;
# fresh5a's `1申請20万円を限度` read as 上限). Periods: `原則1年` → 1 year (原則 no qualifier, GUIDE), `3か年を限度` →
# 3 year, at_most (限度 read as 上限). Rates (`2/3以内`, `3/4以内`, `10/10`) and note markers (`(※2)`, `(注1)`) are no mentions.
SU = "support"
M = [
    dur(1, "1年", 1, "year"),
    dur(1, "3か年", None, "year", hi=3, q=("at_most",)),
    amt(1, "50万円", 500000, None, role=SU, q=("at_least",)),
    amt(1, "500万円", None, 5000000, role=SU, q=("at_most",)),
    amt(1, "700万円", None, 7000000, role=SU, q=("at_most",)),
    amt(1, "100万円", None, 1000000, role=SU, q=("at_most",)),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=1, text="50万円", value_yen=500000, fy=None, mention_role=SU, what="補助対象事業費の下限",
         reason="a floor of one project's eligible cost (support)"),
    dict(line=1, text="500万円", value_yen=5000000, fy=None, mention_role=SU, what="補助限度額",
         reason="a cap per project (support)"),
    dict(line=1, text="700万円", value_yen=7000000, fy=None, mention_role=SU, what="補助限度額 (地域間の交流を目的とする事業)",
         reason="a cap per project (support)"),
    dict(line=1, text="100万円", value_yen=1000000, fy=None, mention_role=SU, what="補助限度額 (補助率10/10の場合)",
         reason="a cap per project (support)"),
]
