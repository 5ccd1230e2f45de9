from kinds import amt, cnt, date, fyr

DOC = "tottori_h30_yamanohi_hojo"
# 鳥取県: a call for a grant (第3回「山の日」記念全国大会 機運醸成), open from 平成30年4月. The table `事業実施主体 補助率
# 補助限度額` flattened to text: the cells under 補助限度額 are caps (GUIDE: a 上限 header; 限度 read as 上限, fresh8a
# 国立市), `support`, at_most, min null; no year on their lines or in a title (fy null). The eligibility threshold
# `平成29年度の開催実績が、事業費20万円以上` an applicant's project size `support`, at_least, fy 2017 (its year is
# written); `集客人数100人以上` a count. `1件の金額が5万円以上の物品` defines an expense class: `other`, at_least.
# `平成30年4月~` an open start (GUIDE: the open end is null). Fractions `1/2`, `10/10` and `第3回` no mentions.
S, O = "support", "other"
M = [
    amt(8, "10万円", None, 100000, role=S, q=("at_most",)),
    amt(9, "20万円", None, 200000, role=S, q=("at_most",)),
    fyr(13, "平成29年度", 2017), amt(13, "20万円", 200000, None, role=S, fy=2017, q=("at_least",)),
    cnt(13, "100人", 100, "人", None, q=("at_least",)),
    amt(22, "5万円", 50000, None, role=O, q=("at_least",)),
    date(25, "平成30年4月", "2018-04", None),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=8, text="10万円", value_yen=100000, fy=None, mention_role=S, what="補助限度額 市町村", reason="a cap per recipient"),
    dict(line=9, text="20万円", value_yen=200000, fy=None, mention_role=S, what="補助限度額 県内に拠点をおく団体",
         reason="a cap per recipient"),
    dict(line=13, text="20万円", value_yen=200000, fy=2017, mention_role=S, what="開催実績の事業費 20万円以上",
         reason="an applicant's threshold"),
    dict(line=22, text="5万円", value_yen=50000, fy=None, mention_role=O, what="備品購入費 1件5万円以上",
         reason="an expense class's threshold"),
]
