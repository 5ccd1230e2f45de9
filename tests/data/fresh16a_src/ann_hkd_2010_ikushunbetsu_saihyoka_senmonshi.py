from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "hkd_2010_ikushunbetsu_saihyoka_senmonshi"
# 北海道開発局's 事業審議委員会 re-evaluated five river works and two dams (2010-08-10), as 北海道建設新聞社 reports it on
# senmonshi.com (2010/08/11). Money: `2010年度から18年度までの総事業費には1310億円` (石狩川), `08年度から19年度までの期間に1010億円`
# (千歳川遊水地), `10年度から16年度までの事業費には49億円` (沙流川): each project's cost over a span of years under
# re-evaluation: `other`, fy null (a sum over several years, not one year's budget; arguable: a reader could give the
# span's first year), traps (fresh12a's 全体事業費). `2010/08/11` and `10日` (2010-08-10, the day before the report)
# dates; `2010年度` a fiscal year; `18年度` (the second end of `2010年度から18年度まで`) a fiscal year 2018 (audit: the
# era-less second end after `から` takes the first end's century, fresh13b's `2024年度から26年度`, fresh11b's
# `平成29年度から30年度にかけて`); `08年度`, `19年度`, `11年度`, `12年度`, `10年度`, `16年度`: two-digit years
# without an era and no first end to fix them (GUIDE: no mentions). `3―5年` a duration
# range (3..5 year); `5事業` (three times), `2事業` (twice), `7事業`, `2ダム`, `3つ` counts. B/C values (`3・6`, `2・2`,
# `12・8`), `1を上回り`, `札幌第1合同庁舎` no mentions.
O = "other"
S = "a project's cost over the span of years under re-evaluation, not a year's budget"
M = [
    date(5, "2010/08/11", "2010-08-11"),
    date(7, "10日", "2010-08-10"), cnt(7, "5事業", 5, "事業"), cnt(7, "2事業", 2, "事業"), cnt(7, "5事業", 5, "事業"),
    cnt(7, "2ダム", 2, "ダム"),
    dur(8, "3―5年", 3, "year", hi=5), cnt(8, "5事業", 5, "事業"), cnt(8, "2事業", 2, "事業"), cnt(8, "3つ", 3, "つ"),
    cnt(9, "7事業", 7, "事業"),
    fyr(10, "2010年度", 2010), fyr(10, "18年度", 2018),
    trap(amt(10, "1310億円", 131000000000, role=O), "石狩川改修 総事業費 (2010-18年度)", S),
    trap(amt(10, "1010億円", 101000000000, role=O), "千歳川遊水地 (08-19年度)", S),
    trap(amt(11, "49億円", 4900000000, role=O), "沙流川 事業費 (10-16年度)", S),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
