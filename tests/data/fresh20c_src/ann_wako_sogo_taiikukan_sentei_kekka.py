from kinds import cnt

DOC = "wako_sogo_taiikukan_sentei_kekka"
# 埼玉県和光市's selection report for its 総合体育館's designated manager (an ExpyDoc copy, one line): the schedule of the
# committee (`6月 3日(金)`, `6月14日(火)`, `7月 8日(金)` twice) and the scoring (`100点満点`, `委員5名の平均点が70点以上`,
# each criterion's points). The page writes no year; the weekdays fit 2016 and 2022 alike, so the days are left
# without mentions (NEW, follows fresh19a's 宍粟市: no year written → no date; a reader who fixes the year from the
# copy's other pages would add 4 dates). Points are counts of 点 (fresh14c's 須坂市), `70点以上` 70.. at_least; section
# numbers (`1 選定の経過`, `(1)`), `第1回`, `第2回` no mentions. No amounts, no rows.
P = "点"
M = [
    cnt(1, "100点", 100, P),
    cnt(1, "5名", 5, "名"),
    cnt(1, "70点", 70, P, None, q=("at_least",)),
    cnt(1, "30点", 30, P), cnt(1, "10点", 10, P), cnt(1, "10点", 10, P), cnt(1, "10点", 10, P),
    cnt(1, "30点", 30, P), cnt(1, "15点", 15, P), cnt(1, "15点", 15, P),
    cnt(1, "10点", 10, P), cnt(1, "5点", 5, P), cnt(1, "5点", 5, P),
    cnt(1, "10点", 10, P), cnt(1, "5点", 5, P), cnt(1, "5点", 5, P),
    cnt(1, "20点", 20, P), cnt(1, "20点", 20, P),
    cnt(1, "100点", 100, P),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
