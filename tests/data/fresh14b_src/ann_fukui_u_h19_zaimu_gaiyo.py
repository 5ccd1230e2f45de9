from kinds import amt, fyr, trap, traps

DOC = "fukui_u_h19_zaimu_gaiyo"
# 福井大学 平成19事業年度 財務諸表の概要: the balance sheet told in prose, `億N千万円` figures (資産, 土地, 建物 …; 負債,
# 資産見返負債, the debt taken over from the センター, 長期借入金, 運営費交付金債務, 寄附金債務; 純資産, 資本金, 資本剰余金,
# 利益剰余金, 損益外減価償却累計額): balances at the settled year's end, `other`, FY2007 from the title `平成19事業年度`
# (NEW: `事業年度` read as a fiscal year), traps. The last line is cut before its figure (no mention).
O, FY = "other", 2007
B = ("a balance of the settled financial statements (貸借対照表)", "a balance at the year's end, not a budget")


def ok(oku: int, sen: int = 0) -> int:
    return oku * 10**8 + sen * 10**7


def bal(line: int, text: str, v: int) -> dict:
    return trap(amt(line, text, v, role=O, fy=FY), *B)


M = [
    fyr(2, "平成19事業年度", FY), fyr(2, "平成19事業年度", FY), fyr(3, "平成19事業年度", FY),
    bal(6, "781億3千万円", ok(781, 3)), bal(6, "422億8千万円", ok(422, 8)), bal(6, "172億1千万円", ok(172, 1)),
    bal(6, "49億1千万円", ok(49, 1)), bal(6, "23億6千万円", ok(23, 6)), bal(6, "82億7千万円", ok(82, 7)),
    bal(8, "212億4千万円", ok(212, 4)), bal(8, "46億1千万円", ok(46, 1)), bal(8, "41億円", ok(41)),
    bal(8, "16億7千万円", ok(16, 7)), bal(8, "8億1千万円", ok(8, 1)), bal(8, "22億3千万円", ok(22, 3)),
    bal(10, "569億円", ok(569)), bal(10, "506億7千万円", ok(506, 7)), bal(10, "70億5千万円", ok(70, 5)),
    bal(10, "49億9千万円", ok(49, 9)), bal(11, "58億1千万円", ok(58, 1)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
