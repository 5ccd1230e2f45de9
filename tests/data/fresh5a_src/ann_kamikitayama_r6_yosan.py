from kinds import amt, date, fyr, pct

DOC = "kamikitayama_r6_yosan"
# 上北山村 (奈良県; 広報かみきたやま 2024年4月号), 令和6年度 一般会計予算の概要. The 一般会計 total is budget FY2024
# (twice); the all-accounts `総予算額` budget FY2024 (a total); the increase over the previous year other. The revenue
# side (依存財源, 自主財源, 地方交付税 and the increases of 地方交付税, 村債, 繰入金) is other (revenues and changes).
# `74・9%` etc.: middle dot as the decimal point (fresh3). `3月定例村議会` (an April 2024 issue) is 2024-03.
B, O, FY = "budget", "other", 2024
M = [
    fyr(1, "令和6年度", FY),
    fyr(3, "令和6年度", FY), amt(3, "19億9,488万7千円", 1994887000, role=B, fy=FY), pct(3, "14.6%", 14.6),
    fyr(4, "令和6年度", FY), date(4, "3月", "2024-03"),
    amt(5, "2億5,359万1千円", 253591000, role=O, fy=FY), amt(5, "19億9,488万7千円", 1994887000, role=B, fy=FY),
    amt(5, "24億3,312万6千円", 2433126000, role=B, fy=FY),
    pct(7, "74・9%", 74.9), amt(7, "14億9,341万円", 1493410000, role=O, fy=FY),
    pct(7, "25・1%", 25.1), amt(7, "5億147万7千円", 501477000, role=O, fy=FY),
    pct(8, "48・8%", 48.8), amt(8, "9億7,376万1千円", 973761000, role=O, fy=FY),
    amt(8, "1,332万4千円", 13324000, role=O, fy=FY), amt(8, "9,080万円", 90800000, role=O, fy=FY),
    amt(8, "1億888万4千円", 108884000, role=O, fy=FY),
]
ROWS = []
_W = {
    (3, "19億9,488万7千円"): ("一般会計予算 (heading)", "account total"),
    (5, "2億5,359万1千円"): ("一般会計の前年度比増", "change of a total"),
    (5, "19億9,488万7千円"): ("一般会計", "account total"),
    (5, "24億3,312万6千円"): ("特別会計を含めた総予算額", "all-accounts total"),
    (7, "14億9,341万円"): ("依存財源", "revenue"),
    (7, "5億147万7千円"): ("自主財源", "revenue"),
    (8, "9億7,376万1千円"): ("地方交付税", "revenue"),
    (8, "1,332万4千円"): ("地方交付税の増額", "revenue change"),
    (8, "9,080万円"): ("村債の増額", "revenue change"),
    (8, "1億888万4千円"): ("繰入金の増額", "revenue change"),
}
NOT_ROWS = [dict(line=r["line"], text=r["text"], value_yen=r["min"], fy=r["fy"], mention_role=r["role"],
                 what=_W[(r["line"], r["text"])][0], reason=_W[(r["line"], r["text"])][1])
            for r in M if r["kind"] == "amount"]
