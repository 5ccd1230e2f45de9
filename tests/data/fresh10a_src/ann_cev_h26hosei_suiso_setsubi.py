from kinds import cnt, date, fyr

DOC = "cev_h26hosei_suiso_setsubi"
# 次世代自動車振興センター's outline of its 平成26年度補正 programme for hydrogen stations; NO AMOUNT in the stored text
# (the call closed `申請額が予算額に達したため`, a figure-less mention of the budget; the cap table was cut). Two call
# windows, each one date range. `正副各一通` → a count of 1 通 (a kanji numeral, GUIDE; NEW, arguable: a reader may read
# `各一通` as an idiom). Not mentions: the list numbers `1.` … `7.`, `<二次公募>` / `<一次公募>` (ordinals), the postcode
# `〒105-0001`, the address `虎ノ門一丁目6番12号`, `2階`.
M = [
    fyr(1, "平成26年度", 2014),
    date(8, "平成27年6月4日(木)~平成27年6月25日", "2015-06-04", "2015-06-25"),
    date(10, "平成27年2月27日(金)~平成27年3月27日", "2015-02-27", "2015-03-27"),
    cnt(13, "一通", 1, "通"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
