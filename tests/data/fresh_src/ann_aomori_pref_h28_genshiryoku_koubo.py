from kinds import date, fyr

DOC = "aomori_pref_h28_genshiryoku_koubo"
# A call for applications of 平成28年2月 for the FY2016 scheme. The table of contents gives the year's work
# schedule in year-less months: read as a reader reads a fiscal-year schedule (July–December 2016, then
# January–May 2017); the roll-over comes at the first 1月 (line 41), and the 12月 of line 42 still lies before it
# in the fiscal year (judgement call, README). Postal code, address, phone numbers, page numbers and list numbers
# are no mentions.
M = [
    fyr(1, "平成28年度", 2016),
    fyr(4, "平成 28 年度", 2016),
    date(6, "平成28年3月14日", "2016-03-14"),
    date(9, "平成28年2月29日(月)~平成28年3月14日", "2016-02-29", "2016-03-14"),
    date(18, "平成28年2月", "2016-02"),
    date(39, "7月~12月", "2016-07", "2016-12"),
    date(41, "10月~1月", "2016-10", "2017-01"),
    date(42, "12月~1月", "2016-12", "2017-01"),
    date(43, "1月~2月", "2017-01", "2017-02"),
    date(44, "2月~3月", "2017-02", "2017-03"),
    date(45, "3月~4月", "2017-03", "2017-04"),
    date(46, "4月", "2017-04"),
    date(47, "5月", "2017-05"),
    date(57, "平成27年4月1日", "2015-04-01"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
