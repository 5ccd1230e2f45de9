from kinds import cnt

DOC = "minamiaso_choyo_shitei_kanri_shukeihyo"
# 熊本県南阿蘇村's tally sheet of its selection committee for the 長陽地区 facilities (an ExpyDoc copy, one cell a line):
# each criterion's points per member and the committee's size (`(10点×9名)`, `(30点×9名)`, `30点×9名)`, `(20点×9` / `名)`,
# `※選定委員会9名で採点`): counts of 点 and 名 (fresh14c). The bare cells (`90`, `83`, `270`, `205`, … `900`, `709`: the
# points available and the candidate's points) are no mentions (GUIDE: bare numbers in tables); a `9` whose `名` falls on
# the next line is no mention (fresh14c: a figure whose unit is lost to the line break). Criterion numbers no mentions.
P = "点"
M = [
    cnt(14, "10点", 10, P), cnt(14, "9名", 9, "名"),
    cnt(25, "30点", 30, P), cnt(25, "9名", 9, "名"),
    cnt(36, "30点", 30, P), cnt(36, "9名", 9, "名"),
    cnt(49, "20点", 20, P),
    cnt(57, "10点", 10, P),
    cnt(63, "9名", 9, "名"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
