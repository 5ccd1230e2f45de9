from kinds import amt

DOC = "nict_h28_nenpou_yosan_keikaku"
# 情報通信研究機構's 年報 page: the 予算計画(総計) table under `(単位:百万円)` run together with its labels
# (`運営費交付金29,331`, `うち、補正予算(第2 号)による追加2,299`, …, `計36,717`): bare cells, no mentions, although each
# sits right after its label (NEW, arguable: a reader could read `運営費交付金29,331` as a labelled figure; the unit is
# only in the header, issue 22). `人件費の見積り 期間中総額4,470百万円を支出する` is the one amount: the personnel cost
# over the plan period (a breakdown of the plan: `other`, fy null: no year is written, the period is the 中長期計画's),
# a trap. The page counter `306/318`, `306ページ`, the page number glued to the title (`298予算計画`), `(第2 号)`,
# `別表1 - 1`, `[注1]`, the formula's `(y-1)`: no mentions. The year of the 年報 (28) is in the address only.
M = [
    amt(7, "4,470百万円", 4470000000, role="other"),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=7, text="4,470百万円", value_yen=4470000000, fy=None, mention_role="other", what="人件費の見積り 期間中総額",
         reason="an estimate of personnel cost over the plan period (a breakdown), not a programme's budget of a year"),
]
