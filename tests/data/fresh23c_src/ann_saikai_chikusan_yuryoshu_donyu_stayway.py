from kinds import amt, date, pct, trap, traps

DOC = "saikai_chikusan_yuryoshu_donyu_stayway"
# 長崎県西海市's 農林業振興事業費補助金(畜産優良種導入事業) as a portal record (biz.stayway.jp). `経費補助率 0%` the portal's
# field (a percent 0, as written); `導入費用の10%以内` null..10 at_most; `上限4万円` a cap per cow (`support`, at_most, min
# null); `30,000円以内`, `5,000円以内`, `30,000円以内/1頭`, `20,000円以内/1頭` caps per head (at_most). `/1頭` a rate marker
# (no count). The window `2025/04/01` / `2026/03/31` two dates; the amounts keep fy null (a window, not a fiscal-year
# label: fresh22a's 栗山町 call). `F1牛` a name; postcode, `2278番地2` and the phone number no mentions.
S = "support"
AM = ("at_most",)


def cap(line: int, text: str, yen: int, what: str) -> dict:
    return trap(amt(line, text, None, yen, role=S, q=AM), what, "a grant's cap per head of cattle")


M = [
    pct(3, "0%", 0),
    pct(8, "10%", None, 10, q=AM),
    cap(8, "4万円", 40000, "優良繁殖和牛導入 上限"),
    cap(9, "30,000円", 30000, "市内産素牛導入 和牛"),
    cap(9, "5,000円", 5000, "市内産素牛導入 F1牛"),
    cap(10, "30,000円", 30000, "優良雌牛保留 1頭"),
    cap(11, "20,000円", 20000, "優良乳用牛導入 1頭"),
    date(15, "2025/04/01", "2025-04-01"),
    date(16, "2026/03/31", "2026-03-31"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
