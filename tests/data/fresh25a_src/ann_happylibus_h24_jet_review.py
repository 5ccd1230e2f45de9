from kinds import cnt, fyr, pct

DOC = "happylibus_h24_jet_review"
# 外務省's 平成24年 行政事業レビューシート of ONE programme (語学指導等外国青年招致事業, JETプログラム), text by happylibus.com
# (the stored text stops before the sheet's money table: no amount, no row; its empty row file makes any row a false
# positive). `平成24年行政事業レビューシート` (twice) is the sheet's title: no mention (GUIDE: the document's own title);
# `事業番号 198` a code, `Ⅲ-1` a label, `第四条第一項` a law's article: no mentions. `昭和62年度開始` a fiscal year 1987
# (`開始` no qualifier). The form's own instructions `3行程 度以内` and `(5行程度以 内` are counts of lines, approx
# (`程度`) and at_most (`以内`) though broken by spaces (NEW, arguable: form text, but a count as written);
# `約100の我が国在外公館` 100 在外公館 approx (GUIDE: the counted noun where no counter is written); `約9割` 90 approx.
M = [
    fyr(5, "昭和62年度", 1987),
    cnt(5, "3行", None, "行", 3, q=("approx", "at_most")),
    cnt(5, "100", 100, "在外公館", q=("approx",)),
    pct(5, "9割", 90, q=("approx",)),
    cnt(5, "5行", None, "行", 5, q=("approx", "at_most")),
]
ROWS: list = []
NOT_ROWS: list = []
