from kinds import amt, cnt, fyr, pct

DOC = "toon_r7_shi_yosan"
# 東温市 (愛媛県; its 広報, mykoho article 382159/…; the 田窪第2工業団地 names the city), 令和7年度 市の予算 (title:
# every figure is of FY2025). The 一般会計 total (twice), the special accounts' total and the enterprise accounts' total
# are budget FY2025 (account totals: traps). Revenues (市税, 地方交付税, 国庫支出金) and the changes of 消防費, 投資的経費,
# 物件費 and of the special accounts are other FY2025 (traps). No programme has a figure: no row.
# `田窪第2工業団地` is a name; `(図1)` a figure label; `4会計`, `2会計` counts (fresh4's `4会計`).
B, O, FY = "budget", "other", 2025
M = [
    fyr(1, "令和7年度", FY),
    fyr(2, "令和7年度", FY),
    amt(3, "212億7,100万円", 21271000000, role=B, fy=FY), pct(3, "9・0%", 9.0),
    cnt(3, "4会計", 4, "会計"), amt(3, "88億4,980万円", 8849800000, role=B, fy=FY),
    cnt(3, "2会計", 2, "会計"), amt(3, "35億1,451万円", 3514510000, role=B, fy=FY),
    amt(4, "212億7,100万円", 21271000000, role=B, fy=FY),
    pct(6, "37・8%", 37.8),
    pct(7, "37・8%", 37.8), pct(7, "62・2%", 62.2),
    amt(7, "42億3,521万円", 4235210000, role=O, fy=FY), amt(7, "48億5,000万円", 4850000000, role=O, fy=FY),
    amt(7, "30億3,597万円", 3035970000, role=O, fy=FY),
    pct(8, "21・7%", 21.7),
    pct(9, "34・1%", 34.1),
    amt(10, "7億3,528万円", 735280000, role=O, fy=FY), pct(10, "78・9%", 78.9),
    amt(11, "6億5,392万円", 653920000, role=O, fy=FY), pct(11, "16・5%", 16.5),
    amt(11, "5億7,075万円", 570750000, role=O, fy=FY), pct(11, "20・2%", 20.2),
    amt(13, "17億3,760万円", 1737600000, role=O, fy=FY), pct(13, "16・4%", 16.4),
    cnt(13, "4会計", 4, "会計"), amt(13, "5億490万円", 504900000, role=O, fy=FY), pct(13, "5・4%", 5.4),
]
ROWS: list[dict] = []
_W = {
    (3, "212億7,100万円"): ("一般会計予算の総額", "account total"),
    (3, "88億4,980万円"): ("特別会計予算 4会計の総額", "special accounts' total"),
    (3, "35億1,451万円"): ("企業会計 2会計", "enterprise accounts' total"),
    (4, "212億7,100万円"): ("■一般会計", "account total"),
    (7, "42億3,521万円"): ("自主財源の市税", "revenue"),
    (7, "48億5,000万円"): ("地方交付税", "revenue"),
    (7, "30億3,597万円"): ("国庫支出金", "revenue"),
    (10, "7億3,528万円"): ("消防費の前年度比増", "change of a class"),
    (11, "6億5,392万円"): ("投資的経費の前年度比増", "change of a class"),
    (11, "5億7,075万円"): ("物件費の前年度比増", "change of a class"),
    (13, "17億3,760万円"): ("特別会計の前年度比減", "change of a total"),
    (13, "5億490万円"): ("4会計を比べた減", "change of a total"),
}
NOT_ROWS = [dict(line=ln, text=t, value_yen=next(r["min"] for r in M if r["line"] == ln and r["text"] == t), fy=FY,
                 mention_role=next(r["role"] for r in M if r["line"] == ln and r["text"] == t), what=w, reason=why)
            for (ln, t), (w, why) in _W.items()]
