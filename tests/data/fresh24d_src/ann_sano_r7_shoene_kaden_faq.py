from kinds import date

DOC = "sano_r7_shoene_kaden_faq"
# 栃木県佐野市's FAQ on its grant for buying energy-saving appliances: no money is written in the stored part. The
# purchase window `令和7(2025)年4月1日から令和8(2026)年1月31日までに` is two points (GUIDE: `XからYまで`), each one date (era
# and Gregorian written together name one date). `目標年度は、2027年、2010年` and the answer `2027年になります` are years
# (dates; NEW, arguable: the target years of the standards, written as plain years, not inside a name); `エアコン2027` a
# category's name, no mention. Star ratings `★3.0以上` no kind.
M = [
    date(4, "令和7(2025)年4月1日", "2025-04-01"),
    date(4, "令和8(2026)年1月31日", "2026-01-31"),
    date(17, "2027年", "2027"),
    date(17, "2010年", "2010"),
    date(18, "2027年", "2027"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
