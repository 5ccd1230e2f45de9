from kinds import cnt, date, fyr

DOC = "kikuyo_h28_senkougata_koka_kensho"
# 熊本県菊陽町's page on the effect verification of its FY2015 地方創生先行型 projects (its 推進会議 of 2016-11-18). Counts:
# `3種` (the kinds of 交付), `5事業`, `1事業`, `2事業`, `8事業`; `タイプ1` (a type's name, written once with an Arabic 1) and
# `タイプⅠ`, `タイプⅡ`: no mentions. `平成27年度` (three times, once in the PDF's link title `(平成27年度)`) fiscal years;
# `平成27年10月` and `平成28年11月18日` dates. `95KB` (the file's size): no kind.
M = [
    fyr(3, "平成27年度", 2015),
    cnt(4, "3種", 3, "種"), cnt(4, "5事業", 5, "事業"), cnt(4, "1事業", 1, "事業"), cnt(4, "2事業", 2, "事業"),
    cnt(4, "8事業", 8, "事業"),
    date(6, "平成27年10月", "2015-10"),
    fyr(10, "平成27年度", 2015), date(10, "平成28年11月18日", "2016-11-18"),
    fyr(11, "平成27年度", 2015),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
