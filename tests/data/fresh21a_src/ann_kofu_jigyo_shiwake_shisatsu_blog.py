from kinds import cnt, dur, fyr

DOC = "kofu_jigyo_shiwake_shisatsu_blog"
# A council member's blog (2010-04-09 by its address) on a study visit to 甲府市's 事業仕分け: counts of 事業 by outcome, `6名`,
# `5班`, `33名`, `2日間` 2 day; `平成20年度` a fiscal year; the two-digit `21年度`, `22年度予算` no mentions (era given only by
# the sentence's first year; fresh4 / fresh10b). `1班` a rate marker (per team), no mention. No money on the page.
M = [
    fyr(1, "平成20年度", 2008),
    cnt(1, "35事業", 35, "事業"),
    cnt(1, "100事業", 100, "事業"),
    cnt(1, "3事業", 3, "事業"),
    cnt(1, "10事業", 10, "事業"),
    cnt(1, "10事業", 10, "事業"),
    cnt(1, "6名", 6, "名"),
    cnt(1, "5班", 5, "班"),
    cnt(1, "33名", 33, "名"),
    dur(1, "2日間", 2, "day"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
