from kinds import amt, cnt, date, fyr, pct

DOC = "nakagawa_vil_r5_yosan_teian"
# A village head's budget speech: its first part states the national 令和5年度 budget (案) in prose. Expenditure
# classes are FY2023 budget; changes, revenues (税収, 公債金, 特例公債) and the 令和2年度 issue of bonds are other.
# 令和5(2023)年度 writes 年度 once: one fiscal_year. 3分の1 is a fraction (no mention).
B, O = "budget", "other"
M = [
    fyr(1, "令和5(2023)年度", 2023),
    date(3, "2023年2月28日", "2023-02-28"),
    fyr(5, "令和5年度", 2023),
    fyr(9, "令和5年度", 2023),
    amt(9, "114兆3,812億円", 114381200000000, role=B, fy=2023),
    amt(9, "6兆7,848億円", 6784800000000, role=O, fy=2023),
    fyr(9, "令和4年度", 2022),
    amt(9, "4兆2,050億円", 4205000000000, role=O, fy=2023),
    amt(9, "69兆4,400億円", 69440000000000, role=O, fy=2023),
    amt(9, "35兆6,230億円", 35623000000000, role=O, fy=2023),
    amt(9, "1兆3,030億円", 1303000000000, role=O, fy=2023),
    amt(9, "29兆650億円", 29065000000000, role=O, fy=2023),
    amt(9, "1兆6,100億円", 1610000000000, role=O, fy=2023),
    pct(9, "31.1%", 31.1),
    fyr(9, "令和2年度", 2020),
    amt(9, "90兆円", 90000000000000, role=O, fy=2020),
    amt(11, "72兆7,317億円", 72731700000000, role=B, fy=2023),
    amt(11, "5兆3,571億円", 5357100000000, role=O, fy=2023),
    amt(11, "36兆8,889億円", 36888900000000, role=B, fy=2023),
    amt(11, "6,154億円", 615400000000, role=O, fy=2023),
    amt(11, "30兆8,428億円", 30842800000000, role=B, fy=2023),
    amt(11, "4兆7,417億円", 4741700000000, role=O, fy=2023),
    amt(11, "6兆7,880億円", 6788000000000, role=B, fy=2023),
    amt(11, "1兆4,192億円", 1419200000000, role=O, fy=2023),
    cnt(11, "3文書", 3, "文書"),
]
ROWS: list[dict] = []
_N = "national account total or a class of national spending/revenue, not a programme"
NOT_ROWS = [dict(line=r["line"], text=r["text"], value_yen=r["min"], fy=r["fy"], mention_role=r["role"],
                 what="国の令和5年度予算 in the speech", reason=_N if r["role"] == B else "a change, a revenue or a bond issue")
            for r in M if r["kind"] == "amount"]
