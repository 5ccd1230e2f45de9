from kinds import amt, pct, trap, traps

DOC = "fukui_u_h24_zaimu_gaiyo"
# 福井大学's financial-statement summary of 平成24事業年度 (the year only in the address `financial_24`; the stored text
# names none but the era-less `25年度業務実施分`, no mention, the use of part of the 運営費交付金債務): balances (資産 …
# 損益外減価償却累計額) and the settled 経常費用 with its change and a part (教員人件費) with its change: `other`, fy null (no
# year written above the figures: fresh6a, fresh13c), traps. `(▲0.8%)`, `(▲7.4%)`: percents of the decrease, negative
# as written.
O = "other"
B = ("a balance of the settled financial statements (貸借対照表)", "a balance at the year's end, not a budget")
S = ("a settled expense of the year (損益計算書)", "a settlement's result, not a budget")
C = ("a change of a settled expense against the year before", "a change, not a budget")


def ok(oku: int, sen: int = 0) -> int:
    return oku * 10**8 + sen * 10**7


def a(line: int, text: str, v: int, why: tuple[str, str] = B) -> dict:
    return trap(amt(line, text, v, role=O), *why)


M = [
    a(1, "862億3千万円", ok(862, 3)), a(1, "422億8千万円", ok(422, 8)), a(1, "175億9千万円", ok(175, 9)),
    a(1, "66億3千万円", ok(66, 3)), a(1, "25億3千万円", ok(25, 3)), a(1, "110億7千万円", ok(110, 7)),
    a(2, "271億2千万円", ok(271, 2)), a(2, "72億3千万円", ok(72, 3)), a(2, "18億6千万円", ok(18, 6)),
    a(2, "48億円", ok(48)), a(2, "21億9千万円", ok(21, 9)), a(2, "37億3千万円", ok(37, 3)),
    a(3, "591億1千万円", ok(591, 1)), a(3, "506億7千万円", ok(506, 7)), a(3, "114億9千万円", ok(114, 9)),
    a(3, "65億4千万円", ok(65, 4)), a(4, "95億9千万円", ok(95, 9)),
    a(5, "2億4千万円", ok(2, 4), C), pct(5, "▲0.8%", -0.8), a(5, "281億7千万円", ok(281, 7), S),
    a(6, "71億9千万円", ok(71, 9), S), a(6, "5億7千万円", ok(5, 7), C), pct(6, "▲7.4%", -7.4),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
