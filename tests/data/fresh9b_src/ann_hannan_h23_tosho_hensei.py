from kinds import amt, cnt, date, fyr

DOC = "hannan_h23_tosho_hensei"
# 大阪府阪南市: 平成23年度 当初予算編成過程, FY2011 throughout (lines 1-2). The stages of compilation as whole-account
# totals: 担当課要求の額 (request) and 財政課長内示の額 (first assessment), 歳入 and 歳出 each; the 復活要求 rounds as sums over
# programmes (`42事業(要求額合計N)`, `13事業(事業費総額合計N)について予算計上`, `16事業(要求額合計N)`); the adopted
# `平成23年度当初予算額` and the fund's balance. Calls: the adopted total is `budget` (a whole-account total, a trap); the
# requests and the 内示 beside it are `other` (heldout 大阪府: the request is not the budget where the adopted figure
# stands on the page; the 内示 is an intermediate stage, NEW); revenues `other`; the sum of the 13 revived programmes
# put into the budget is `budget` (NEW: a grouping's total, as fresh8b's `14事業…の補正額合計`), a trap; the fund balance
# `other` (heldout_amounts' 財政調整基金残高(見込)), a trap. No programme has its own figure: no rows.
B, O, FY = "budget", "other", 2011
M = [
    fyr(1, "平成23年度", FY), fyr(2, "平成23年度", FY),
    amt(4, "154億2,210万円", 15422100000, role=O, fy=FY), amt(5, "164億3,811万円", 16438110000, role=O, fy=FY),
    amt(7, "150億8,880万円", 15088800000, role=O, fy=FY), amt(8, "150億8,000万円", 15080000000, role=O, fy=FY),
    cnt(10, "42事業", 42, "事業"), amt(10, "8億7,721万8千円", 877218000, role=O, fy=FY),
    cnt(10, "13事業", 13, "事業"), amt(10, "1億3,840万6千円", 138406000, role=B, fy=FY), cnt(10, "13事業", 13, "事業"),
    cnt(12, "16事業", 16, "事業"), amt(12, "7億1,874万8千円", 718748000, role=O, fy=FY),
    fyr(15, "平成23年度", FY), amt(15, "158億8,200万円", 15882000000, role=B, fy=FY),
    amt(16, "6億2,791万円", 627910000, role=O, fy=FY),
    date(17, "平成23年3月", "2011-03"), fyr(17, "平成23年度", FY),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=4, text="154億2,210万円", value_yen=15422100000, fy=FY, mention_role=O, what="担当課要求の額 歳入",
         reason="revenue request total"),
    dict(line=5, text="164億3,811万円", value_yen=16438110000, fy=FY, mention_role=O, what="担当課要求の額 歳出",
         reason="whole-account request total beside the adopted budget"),
    dict(line=7, text="150億8,880万円", value_yen=15088800000, fy=FY, mention_role=O, what="財政課長内示の額 歳入",
         reason="revenue, intermediate stage"),
    dict(line=8, text="150億8,000万円", value_yen=15080000000, fy=FY, mention_role=O, what="財政課長内示の額 歳出",
         reason="whole-account total at an intermediate stage"),
    dict(line=10, text="8億7,721万8千円", value_yen=877218000, fy=FY, mention_role=O, what="財務部長復活要求 42事業の要求額合計",
         reason="sum of requests over programmes"),
    dict(line=10, text="1億3,840万6千円", value_yen=138406000, fy=FY, mention_role=B, what="予算計上した13事業の事業費総額合計",
         reason="a grouping's total, not one programme"),
    dict(line=12, text="7億1,874万8千円", value_yen=718748000, fy=FY, mention_role=O, what="市長復活要求 16事業の要求額合計",
         reason="sum of requests over programmes"),
    dict(line=15, text="158億8,200万円", value_yen=15882000000, fy=FY, mention_role=B, what="平成23年度当初予算額",
         reason="whole-budget total"),
    dict(line=16, text="6億2,791万円", value_yen=627910000, fy=FY, mention_role=O, what="財政調整基金残高見込み額",
         reason="fund balance"),
]
