from kinds import amt, date, fyr, trap, traps

DOC = "ota_h25_koji_kansa"
# 群馬県太田市's 監査委員: 平成25年度 定期監査(工事監査)結果報告書 (a PDF's text on paperzz, one line, its names spaced out):
# the audit's dates, then three works at one school with each one's span and contract sum (`工期および 請負金額 …
# 平成25年6月19日~平成26年2月15日 153,510,000円`). The contract sums: `other` (contracts, earlier calls), fy null (no fiscal
# year labels the contracts; the title's 平成25年度 is the audit's year, not the money's: NEW, arguable, as 五島市's
# monthly audits), traps. Each `…日~…日` a date range (GUIDE); `監 委 第 97 号`, `第199条第4項`, `①`…`③`, the list
# numbers `1`…`4` no mentions.
O = "other"
t = trap
C = "a works contract's sum in a works audit: no budget"
M = [
    date(1, "平成26年1月30日", "2014-01-30"),
    fyr(1, "平成25年度", 2013),
    date(1, "平成25年9月12日", "2013-09-12"), date(1, "平成26年1月27日", "2014-01-27"),
    date(1, "平成25年6月19日~平成26年2月15日", "2013-06-19", "2014-02-15"),
    t(amt(1, "153,510,000円", 153510000, role=O), "沢野小学校 給食室・プール棟建築工事 請負金額", C),
    date(1, "平成25年6月17日~平成26年2月15日", "2013-06-17", "2014-02-15"),
    t(amt(1, "38,010,000円", 38010000, role=O), "沢野小学校 給食室・プール棟機械設備工事 請負金額", C),
    date(1, "平成25年6月17日~平成26年2月15日", "2013-06-17", "2014-02-15"),
    t(amt(1, "17,052,000円", 17052000, role=O), "沢野小学校 給食室・プール棟電気設備工事 請負金額", C),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
