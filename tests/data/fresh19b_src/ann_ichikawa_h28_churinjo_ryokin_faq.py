from kinds import amt, cnt, date, fyr, trap, traps

DOC = "ichikawa_h28_churinjo_ryokin_faq"
# 千葉県市川市's FAQ on its bicycle-parking fees from `平成28年4月1日`: the five monthly season fees
# (`1ヶ月あたりの金額(税込)は、それぞれ2,210円、…700円`: per month), the unchanged one-time fees (`24時間毎に100円`,
# `210円`: per null) and the ticket books (`11回分の回数券1,000円`, `2,100円`: per null). All `other`, fy null (the page
# dates the fees, it names no fiscal year for them), traps. `平成28年度の使用申請` a fiscal year; the years inside the
# quoted application names `「平成28年度市営有料駐輪場使用申請」` / `「平成29年度…」` are no mentions (GUIDE: quoted
# names), the unquoted `平成29年度の使用申請` is. `24時間毎` (a rate marker), `1回使用` (a kind of use), `125cc` (a
# physical unit): no mentions. `5区分` and `11回分` counts.
O = "other"
F = "a bicycle-parking fee, not a programme's budget"
M = [
    date(1, "平成28年4月", "2016-04", None, q=("at_least",)),
    date(3, "平成28年4月", "2016-04", None, q=("at_least",)),
    date(5, "2016年11月7日", "2016-11-07"),
    date(7, "平成28年4月1日", "2016-04-01"),
    cnt(8, "5区分", 5, "区分"),
    trap(amt(9, "2,210円", 2210, role=O, per="month"), "定期料金 1ヶ月あたり (区分1)", F),
    trap(amt(9, "1,720円", 1720, role=O, per="month"), "定期料金 1ヶ月あたり (区分2)", F),
    trap(amt(9, "1,400円", 1400, role=O, per="month"), "定期料金 1ヶ月あたり (区分3)", F),
    trap(amt(9, "1,080円", 1080, role=O, per="month"), "定期料金 1ヶ月あたり (区分4)", F),
    trap(amt(9, "700円", 700, role=O, per="month"), "定期料金 1ヶ月あたり (区分5)", F),
    fyr(11, "平成28年度", 2016),
    fyr(12, "平成29年度", 2017),
    date(12, "平成28年11月8日", "2016-11-08", None, q=("at_least",)),
    date(14, "平成28年4月", "2016-04", None, q=("at_least",)),
    trap(amt(17, "100円", 100, role=O), "1回使用 自転車 24時間毎", F),
    cnt(17, "11回", 11, "回"),
    trap(amt(17, "1,000円", 1000, role=O), "自転車 回数券 11回分", F),
    trap(amt(18, "210円", 210, role=O), "1回使用 原付バイク等 24時間毎", F),
    cnt(18, "11回", 11, "回"),
    trap(amt(18, "2,100円", 2100, role=O), "原付バイク等 回数券 11回分", F),
    date(21, "平成28年4月", "2016-04"),
    date(25, "平成28年11月8日", "2016-11-08", None, q=("at_least",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
