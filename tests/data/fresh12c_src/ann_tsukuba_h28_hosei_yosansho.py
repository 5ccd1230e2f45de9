from kinds import amt, fyr

DOC = "tsukuba_h28_hosei_yosansho"
# 茨城県つくば市's 平成28年度 補正予算書 as 123deta.com stores its PDF text: the contents (six bills, each `平成28年度つくば市…
# 補正予算(第N号)` with its page `1ページ` … `61ページ`: page references, no mentions), then 議案第78号's 第1条 in a spaced
# layer where each figure stands on its own line, its unit on the next: `1, 90 2,1 95` / `千 円 を` (1,902,195千円, the
# supplementary's total: supplementary_budget FY2016) and `83,558,930` / `千円とする。` (the general account's total after
# it: budget FY2016); both traps. As the GUIDE's broken mention: the text is the part on the line where the mention
# starts (the figure, spaces as stored), the value the whole (the unit on the next line). The bill's title year is split
# over three lines (`平成` / `28` / `年 度つくば市…`, twice: lines 20-22 and 24-26): one fiscal year each, on the line
# where it starts, text `平成` (NEW, arguable: the part on the first line holds no digit; a reader could key it on `28`).
# `議案第` / `78`, `(1)` … `(3)`, `第 1 条`, `第 2 条`, `第 2 13条 第 1 項` are bill, page and article numbers; `翌 年 度` no year.
S, B, FY = "supplementary_budget", "budget", 2016
M = [fyr(1, "平成28年度", FY)] + [fyr(n, "平成28年度", FY) for n in (5, 7, 9, 11, 13, 15)] + [
    fyr(20, "平成", FY), fyr(24, "平成", FY),
    amt(31, "1, 90 2,1 95", 1902195000, role=S, fy=FY),
    amt(36, "83,558,930", 83558930000, role=B, fy=FY),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=31, text="1, 90 2,1 95", value_yen=1902195000, fy=FY, mention_role=S,
         what="一般会計補正予算(第2号)の追加額 (第1条)", reason="a supplementary's total over all its items"),
    dict(line=36, text="83,558,930", value_yen=83558930000, fy=FY, mention_role=B,
         what="補正後の一般会計歳入歳出予算の総額 (第1条)", reason="an account total after the supplementary"),
]
