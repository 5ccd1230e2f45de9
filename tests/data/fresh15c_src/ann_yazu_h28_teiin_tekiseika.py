from kinds import cnt, date, fyr, pct

DOC = "yazu_h28_teiin_tekiseika"
# 鳥取県八頭町's 定員適正化計画 (第3次, 平成28年度から平成32年度): no money, a table of staff numbers per fiscal year
# (職員数, 採用者数, 退職者数, 前年対比 with `▲` minus) and the cumulative 削減率. `平成28年度から平成32年度` two points (GUIDE:
# `XからYまで`). Each year label a fiscal year; each `N人` a count; `▲3人` → -3 人, `▲1.28%` → -1.28 (GUIDE signs).
# `7月1日` of the 平成27年度 note: 2015-07-01 (the fiscal year's July); `1名` a count. `第3次` an ordinal, `717KB` a file
# size, the phone number: no mentions. The planned numbers are counts like any other (no target qualifier exists).
M = [fyr(4, "平成28年度", 2016), fyr(4, "平成32年度", 2020),
     fyr(24, "平成27年度", 2015), cnt(25, "234人", 234, "人"), cnt(26, "11人", 11, "人"), cnt(27, "13人", 13, "人")]
for y, ln, staff, hired, left, diff, rate in [(2016, 28, 231, 10, 15, 3, 1.28), (2017, 34, 228, 12, 12, 3, 2.56),
                                              (2018, 40, 226, 10, 8, 2, 3.42), (2019, 46, 224, 6, 13, 2, 4.27),
                                              (2020, 52, 221, 10, 3, 3, 5.56)]:
    M += [fyr(ln, f"平成{y - 1988}年度", y), cnt(ln + 1, f"{staff}人", staff, "人"), cnt(ln + 2, f"{hired}人", hired, "人"),
          cnt(ln + 3, f"{left}人", left, "人"), cnt(ln + 4, f"▲{diff}人", -diff, "人"), pct(ln + 5, f"▲{rate}%", -rate)]
M += [fyr(58, "平成27年度", 2015), date(58, "7月1日", "2015-07-01"), cnt(58, "1名", 1, "名"), cnt(58, "234人", 234, "人")]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
