from kinds import amt, fyr, pct

DOC = "hamamatsu_r6_tosho_yosan"
# 令和6年度当初予算 (lines 1, 8): account totals are FY2024 budget; changes against 令和5年度 and the city-tax
# revenue estimate are other (a change; a revenue item, not an appropriation), with the year of their scope.
B, O, FY = "budget", "other", 2024
M = [
    fyr(1, "令和6年度", 2024),
    fyr(8, "令和6年度", 2024),
    amt(10, "3963億円", 396300000000, role=B, fy=FY),
    fyr(10, "令和5年度", 2023),
    amt(10, "68億円", 6800000000, role=O, fy=FY),
    pct(10, "1・7%", 1.7),
    amt(11, "6980億円", 698000000000, role=B, fy=FY),
    pct(13, "37%", 37, q=("approx",)),
    amt(13, "1472億円", 147200000000, role=O, fy=FY),
    fyr(13, "令和5年度", 2023),
    amt(13, "25億円", 2500000000, role=O, fy=FY),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=10, text="3963億円", value_yen=396300000000, fy=FY, mention_role=B, what="一般会計当初予算額",
         reason="general account total; an account, not a programme"),
    dict(line=10, text="68億円", value_yen=6800000000, fy=FY, mention_role=O, what="令和5年度に比べて68億円…の増",
         reason="a change against last year"),
    dict(line=11, text="6980億円", value_yen=698000000000, fy=FY, mention_role=B, what="全会計合計",
         reason="total of every account"),
    dict(line=13, text="1472億円", value_yen=147200000000, fy=FY, mention_role=O, what="市税収入",
         reason="a revenue estimate, not a programme"),
    dict(line=13, text="25億円", value_yen=2500000000, fy=FY, mention_role=O, what="令和5年度に比べて25億円減",
         reason="a change against last year"),
]
