from kinds import cnt, date, dur, fyr

DOC = "fukui_pref_h31_teian"
# 福井県 知事提案理由説明要旨 of the 第405回定例県議会 (2019-02-13): the opening of a speech, no amount in the kept
# text. `平成31年度当初予算`, `平成30年度2月補正予算` are fiscal years (2月補正 a label, no date); `本年5月` 2019-05;
# `次の4年間`, `100年に一度` durations; `3回連続` a count; `第405回`, `4期目` ordinals; `ページID 040616` a code.
M = [
    date(3, "2019年2月13日", "2019-02-13"),
    date(7, "平成31年2月13日", "2019-02-13"),
    fyr(23, "平成31年度", 2019),
    fyr(23, "平成30年度", 2018),
    cnt(27, "3回", 3, "回"),
    date(31, "5月", "2019-05"),
    dur(31, "4年間", 4, "year"),
    dur(31, "100年", 100, "year"),
]
ROWS = []
NOT_ROWS = []
