from kinds import amt, cnt, date

DOC = "kyushu_h27hosei_shoene_ichiran"
# 九州経済産業局's one-page list of national grant programmes for energy-saving investment, flattened into ONE line.
# Its title `27年度補正予算` writes the year without an era (no fiscal_year mention, GUIDE), but `平成28年4月4日現在` on
# the same line fixes the era: the label is 平成27年度補正予算, FY2015 (fresh8b's era-less years giving fy where the text
# fixes the era). The title label applies to every item (GUIDE: the title counts as a label for the whole document):
# the programmes' budgets `442.0億円` (中小企業等の省エネ・生産性革命投資促進事業) and `100.0億円` (住宅省エネリノベーション
# 促進事業) are supplementary_budget FY2015, rows. After them the numbering restarts (`1 エネルギー使用合理化等事業者支援
# 補助金 … 515.0億円`) with no label of its own (the PDF's second table header did not survive the flattening): read
# under the title's label (supplementary_budget FY2015), an AMBIGUOUS row (fy_alt 2016: a reader who knows the
# programme reads a 当初 budget of the next year; NEW, arguable). Caps of the housing programme by item (`上限150万
# 円`, `上限:50万円`, `上限15万円`) are support, at_most, min null; the per-kWh grant `5万円/kWh` is support with per null
# (a per-unit grant, fresh5a's `29,000円/基`). Rates `1/3`, `1/2` are no mentions; `9カテゴリ` a count of カテゴリ;
# phone numbers no mention.
S, SU, FY = "supplementary_budget", "support", 2015
M = [
    date(1, "平成28年4月4日", "2016-04-04"),
    cnt(1, "9カテゴリ", 9, "カテゴリ"),
    amt(1, "442.0億円", 44200000000, role=S, fy=FY),
    amt(1, "150万円", None, 1500000, role=SU, fy=FY, q=("at_most",)),
    amt(1, "5万円", 50000, role=SU, fy=FY),
    amt(1, "50万円", None, 500000, role=SU, fy=FY, q=("at_most",)),
    amt(1, "15万円", None, 150000, role=SU, fy=FY, q=("at_most",)),
    amt(1, "100.0億円", 10000000000, role=S, fy=FY),
    amt(1, "515.0億円", 51500000000, role=S, fy=FY),
]
W = "a programme of the bureau's list with its own budget under the title `27年度補正予算` (平成28年4月 fixes the era)"
ROWS = [
    dict(line=1, text="442.0億円", budget_yen=44200000000, program="中小企業等の省エネ・生産性革命投資促進事業", fy=FY, role=S,
         why=W),
    dict(line=1, text="100.0億円", budget_yen=10000000000, program="住宅省エネリノベーション促進事業", fy=FY, role=S,
         aliases=["住宅省エネリノベーション促進事業費補助金"], why=W),
    dict(line=1, text="515.0億円", budget_yen=51500000000, program="エネルギー使用合理化等事業者支援補助金", fy=FY, role=S,
         ambiguous=True, fy_alt=[2016], why=W + "; the numbering restarts before it with no label of its own",
         note="the flattened PDF lost the second table's header: a 当初 budget of FY2016 is the other reading"),
]
NOT_ROWS = [
    dict(line=1, text="150万円", value_yen=1500000, fy=FY, mention_role=SU, what="高性能建材 補助上限",
         reason="a cap per applicant (support)"),
    dict(line=1, text="5万円", value_yen=50000, fy=FY, mention_role=SU, what="蓄電システム 5万円/kWh",
         reason="a grant per kWh (support)"),
    dict(line=1, text="50万円", value_yen=500000, fy=FY, mention_role=SU, what="蓄電システム 上限",
         reason="a cap per applicant (support)"),
    dict(line=1, text="15万円", value_yen=150000, fy=FY, mention_role=SU, what="高効率給湯機 上限",
         reason="a cap per applicant (support)"),
]
