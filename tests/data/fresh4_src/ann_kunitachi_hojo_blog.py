from kinds import amt, dur, pct, rank

DOC = "kunitachi_hojo_blog"
# A personal blog's table of 東京都国立市's household grants (cells one a line, blank lines as stored): every
# amount is a grant size, a per-unit grant or a cap, `support`, fy null (no year in the text), per null (`/m`, `/基`
# are no `per` of the GUIDE; as per-person grants in the earlier sets). Caps: `【上限:…、10万円】`, `(上限:15万円)`,
# `(上限:24万円)`, `※1申請20万円を限度` (限度 read as 上限) → min null, at_most. `補助対象面積×千円`: 千円 is a
# per-area amount (1,000). `補助率:20%` and `9割相当` are percents (a percent is a kind; fractions like 1/2 are not);
# `東京都で2番目に面積が小さい` a rank (a size ordering); `経理(13年)` a duration. Not mentions: `φ250mm` (physical
# units), the image id `20190329112800`, list markers (`1.`, ①–③), `1申請` (a rate marker). No rows: grant sizes
# and caps are traps.
S = "support"
M = [
    dur(3, "13年", 13, "year"),
    rank(7, "2番目", 2),
    pct(49, "20%", 20),
    amt(57, "千円", 1000, role=S),
    amt(61, "10万円", None, 100000, role=S, q=("at_most",)),
    amt(71, "4万円", 40000, role=S),
    amt(73, "1万円", 10000, role=S),
    amt(81, "5万円", 50000, role=S),
    amt(91, "4万円", 40000, role=S),
    amt(97, "5,000円", 5000, role=S),
    amt(97, "15万円", None, 150000, role=S, q=("at_most",)),
    pct(97, "9割", 90),
    amt(101, "8,000円", 8000, role=S),
    amt(101, "24万円", None, 240000, role=S, q=("at_most",)),
    pct(101, "9割", 90),
    amt(113, "29,000円", 29000, role=S),
    amt(121, "34,000円", 34000, role=S),
    amt(129, "48,000円", 48000, role=S),
    amt(135, "20万円", None, 200000, role=S, q=("at_most",)),
]
ROWS = []
WHAT = {57: "塗料 補助対象面積×千円", 61: "住宅省エネルギー化補助金 上限", 71: "蓄電池等 補助額", 73: "HEMS併設 加算",
        81: "太陽光発電システム 補助額", 91: "太陽熱利用システム 補助額", 113: "雨水浸透ます φ250mm 補助額/基",
        121: "雨水浸透ます φ300mm 補助額/基", 129: "雨水浸透ます 350mm 補助額/基", 135: "雨水浸透ます 1申請の限度"}
NOT_ROWS = []
for r in M:
    if r["kind"] != "amount":
        continue
    ln, t = r["line"], r["text"]
    what = WHAT.get(ln) or ("ブロック塀等撤去等助成 " + ("上限" if r["min"] is None else "補助額/m") +
                            (" (重点区域内)" if ln == 101 else ""))
    NOT_ROWS.append(dict(line=ln, text=t, value_yen=r["max"], fy=None, mention_role=S, what=what,
                         reason="grant cap" if r["min"] is None else "grant size (per unit or per case)"))
