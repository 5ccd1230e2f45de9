from kinds import date

DOC = "kasai_gikai_nittei"
# 加西市議会 December session schedule (no money): year-less days take the deck's year, which the text never writes;
# the weekdays (11月24日 金曜日, 12月1日 金曜日 …) fix it as 2023. Clock times (`10時00分`, `10時から9時に`) and the
# phone number are no mentions.
Y = "2023"
M = [date(ln, t, f"{Y}-{m:02d}-{d:02d}") for ln, t, m, d in [
    (4, "11月24日", 11, 24), (7, "12月1日", 12, 1), (11, "12月5日", 12, 5), (12, "12月11日", 12, 11),
    (15, "12月12日", 12, 12), (19, "12月13日", 12, 13), (20, "12月14日", 12, 14), (24, "12月15日", 12, 15),
    (28, "12月20日", 12, 20), (30, "12月22日", 12, 22)]]
ROWS = []
NOT_ROWS = []
