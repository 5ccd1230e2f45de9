from kinds import cnt, date, fyr

DOC = "kikuyo_h30_gesuido_yosansho"
# 菊陽町's 平成30年度 下水道事業会計 予算書 as 123deta.com stores it: the carrier's chrome, then the 予算 articles of a
# public enterprise's budget flattened: `第 3 条 … 第 1 款 事業収益 千円`, `第 1 項 営業収益 千円` … with the figures gathered
# apart (`903,166 444,572 収 入`, `1,347,739`). The unit stands after each label, the figures on other lines: bare cells, no
# mentions, so no row and no trap (NEW for this layout, following fresh11a's `label:value` lists under a header unit and
# GUIDE's bare table numbers). The 業務の予定量 `6,536,391 17,908` (水量, bare) no mentions; `16,202戸 268戸` counts (戸).
# Fiscal years: the page title `平成30年度予算書` (line 2) and its quotation in the carrier's share line (line 7; fresh21b's
# 花巻市 counted both), the cover's `平成30年度`, `第 1 条 平成30年度菊陽町…`, `平成30年度菊陽町下水道事業会計予算`. The
# carrier's `Academic year: 2018` a date (fresh14b call 10). Not mentions: `第 N 条`, `第 N 款`, `第 N 項`, `(1)` … `(5)`.
M = [
    fyr(2, "平成30年度", 2018), date(6, "2018", "2018"), fyr(7, "平成30年度", 2018),
    fyr(15, "平成30年度", 2018), fyr(19, "平成30年度", 2018), fyr(25, "平成30年度", 2018),
    cnt(27, "16,202戸", 16202, "戸"), cnt(27, "268戸", 268, "戸"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
