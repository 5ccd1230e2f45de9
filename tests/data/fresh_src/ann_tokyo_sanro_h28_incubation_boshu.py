from kinds import date, dur, fyr

DOC = "tokyo_sanro_h28_incubation_boshu"
# A call for proposals of 平成28年3月: submission period, a booking deadline (までに → at_most), a three-year
# subsidy (3か年, twice). Clock times (9時~12時), the postal code, the address (30階) and phone numbers are no
# mentions.
M = [
    fyr(1, "平成28年度", 2016),
    date(4, "平成28年3月", "2016-03"),
    date(6, "平成28年5月26日(木)~5月27日", "2016-05-26", "2016-05-27"),
    date(9, "平成28年5月20日", None, "2016-05-20", q=("at_most",)),
    dur(24, "3か年", 3, "year"),
    dur(36, "3か年", 3, "year"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
