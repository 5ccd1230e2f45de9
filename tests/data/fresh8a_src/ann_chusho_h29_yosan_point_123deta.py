from kinds import amt, date, dur, fyr

DOC = "chusho_h29_yosan_point_123deta"
# 中小企業庁's `中小企業・小規模事業者関係 予算・税制改正のポイント` (平成 29 年度当初予算; PDF text by 123deta.com,
# whose first line is the site's summary of the document's first words, kept as fresh's 宮崎県 deck kept its). The
# only amounts are grant caps: `最大で 4,500 万円 ( 補助率 2/3)` and `(補助上限額:4,500 万円(初年度補助率 2/3))`,
# `(補助上限額:3,000 万円…)` — `support`, at_most, min null (GUIDE: 上限 / 最大), fy 2017 from the title (fresh6b's
# caps take the title's year), per null (a per-project cap, as the earlier sets' `1件当たり`); traps, no row (the
# programme's own budget figure is missing from the text: `連携支援事業 億円`). `最長3年間`, `最 長 2 年間` durations
# null..N at_most; `2/3` fractions (no mention); `4 月中旬` → 2017-04 (the deck's year, 平成29年 3月 31日時点);
# `平成 29 年 3 月 31 日` a date; `第 4 次` an ordinal; `(1)`, `(2)`, the lone `1` page labels; `1 ものづくり` a list
# number of the summary line; `IoT`, `AI` no mentions.
SU, FY = "support", 2017
M = [
    date(1, "4 月", "2017-04"), amt(1, "4,500 万円", None, 45000000, role=SU, fy=FY, q=("at_most",)),
    fyr(5, "平成 29 年度", FY), fyr(5, "平成 29 年度", FY),
    date(6, "平成 29 年 3 月 31 日", "2017-03-31"),
    dur(12, "3年間", None, "year", hi=3, q=("at_most",)), amt(12, "4,500 万円", None, 45000000, role=SU, fy=FY, q=("at_most",)),
    dur(12, "2 年間", None, "year", hi=2, q=("at_most",)), amt(12, "3,000 万円", None, 30000000, role=SU, fy=FY, q=("at_most",)),
]
ROWS = []
NOT_ROWS = [
    dict(line=1, text="4,500 万円", value_yen=45000000, fy=FY, mention_role=SU, what="最大で 4,500 万円 ( 補助率 2/3) の補助",
         reason="a grant cap (per project)"),
    dict(line=12, text="4,500 万円", value_yen=45000000, fy=FY, mention_role=SU, what="①ものづくり 補助上限額",
         reason="a grant cap (per project)"),
    dict(line=12, text="3,000 万円", value_yen=30000000, fy=FY, mention_role=SU, what="②サービス 補助上限額",
         reason="a grant cap (per project)"),
]
