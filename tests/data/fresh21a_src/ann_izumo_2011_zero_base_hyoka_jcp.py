from kinds import amt, cnt, date

DOC = "izumo_2011_zero_base_hyoka_jcp"
# A 出雲市 council member's (JCP) post, 2011-07-07 by its address, on the city's 事業仕分け (ゼロベース評価委員会): the six
# programmes' cost together `事業費ベースではわずか1200万円分` — a sum over six programmes, `other`, fy null (no year on the
# page), neither row nor trap-worthy as a programme's figure (kept as a trap: a total over programmes). `7月23日` 2011-07-23;
# clock times no mentions; counts `6事業`, `1階` no (a floor), `5名`, `30名程度` approx; `U‐18` no mention.
O = "other"
M = [
    cnt(1, "6事業", 6, "事業"),
    amt(2, "1200万円", 12000000, role=O),
    date(5, "7月23日", "2011-07-23"),
    cnt(8, "5名", 5, "名"),
    cnt(8, "30名", 30, "名", q=("approx",)),
]
ROWS: list[dict] = []
NOT_ROWS = [dict(line=2, text="1200万円", value_yen=12000000, fy=None, mention_role=O, what="事業仕分け 対象6事業 事業費計",
                 reason="a sum over the six evaluated programmes, no one programme's budget")]
