from kinds import amt, cnt, fyr

DOC = "gamagori_r7_suido_yosan"
# 蒲郡市 (愛知県; its 上下水道 page): 令和7年度 水道事業会計予算, a public enterprise's budget as `|` tables whose cells
# carry `千円` (amounts). Title's 令和7年度: every amount FY2025. The 款 totals of expenditure (水道事業費用, 資本的支出)
# are budget (the account's appropriations, fresh4: an enterprise's expenditure total is its budget), and so are their
# 項 (営業費用 … 予備費, 建設改良費, 企業債償還金: appropriations by 款項, the voted units; traps, not programmes). The
# revenue 款 and 項 (水道事業収益, 資本的収入, 企業債, 負担金, 補助金 …) are other (revenues). `主要な建設改良事業` in the
# 業務予定量 table is the figure of the planned main works: budget, the one row (ambiguous: a class of works, no
# single programme). `35,327栓` is a count of 栓; `立方メートル` quantities are physical units (no mention).
B, O, FY = "budget", "other", 2025
M = [
    fyr(1, "令和7年度", FY),
    cnt(4, "35,327栓", 35327, "栓"),
    amt(7, "2,315,697千円", 2315697000, role=B, fy=FY),
    amt(10, "2,013,700千円", 2013700000, role=O, fy=FY),
    amt(11, "1,829,749千円", 1829749000, role=O, fy=FY),
    amt(12, "183,921千円", 183921000, role=O, fy=FY),
    amt(13, "30千円", 30000, role=O, fy=FY),
    amt(14, "2,119,500千円", 2119500000, role=B, fy=FY),
    amt(15, "2,068,907千円", 2068907000, role=B, fy=FY),
    amt(16, "40,563千円", 40563000, role=B, fy=FY),
    amt(17, "30千円", 30000, role=B, fy=FY),
    amt(18, "10,000千円", 10000000, role=B, fy=FY),
    amt(21, "1,985,700千円", 1985700000, role=O, fy=FY),
    amt(22, "778,450千円", 778450000, role=O, fy=FY),
    amt(23, "6,600千円", 6600000, role=O, fy=FY),
    amt(24, "1,019,391千円", 1019391000, role=O, fy=FY),
    amt(25, "49,574千円", 49574000, role=O, fy=FY),
    amt(26, "22,685千円", 22685000, role=O, fy=FY),
    amt(27, "109,000千円", 109000000, role=O, fy=FY),
    amt(28, "2,907,900千円", 2907900000, role=B, fy=FY),
    amt(29, "2,739,876千円", 2739876000, role=B, fy=FY),
    amt(30, "168,024千円", 168024000, role=B, fy=FY),
]
ROWS = [dict(line=7, text="2,315,697千円", budget_yen=2315697000, fy=FY, program="主要な建設改良事業", role=B,
             why="the planned main works of the 令和7年度 水道事業会計予算 (title), in its 業務予定量 table", ambiguous=True,
             note="a class of works rather than one programme; its money is inside 建設改良費")]
_W = {
    (10, "2,013,700千円"): ("水道事業収益", "enterprise revenue total"),
    (11, "1,829,749千円"): ("営業収益", "revenue"),
    (12, "183,921千円"): ("営業外収益", "revenue"),
    (13, "30千円"): ("特別利益", "revenue"),
    (14, "2,119,500千円"): ("水道事業費用", "enterprise expenditure total"),
    (15, "2,068,907千円"): ("営業費用", "expenditure class (項)"),
    (16, "40,563千円"): ("営業外費用", "expenditure class (項)"),
    (17, "30千円"): ("特別損失", "expenditure class (項)"),
    (18, "10,000千円"): ("予備費", "reserve"),
    (21, "1,985,700千円"): ("資本的収入", "enterprise revenue total"),
    (22, "778,450千円"): ("企業債", "revenue (bonds)"),
    (23, "6,600千円"): ("固定資産売却代金", "revenue"),
    (24, "1,019,391千円"): ("負担金", "revenue"),
    (25, "49,574千円"): ("分担金", "revenue"),
    (26, "22,685千円"): ("補助金", "revenue"),
    (27, "109,000千円"): ("出資金", "revenue"),
    (28, "2,907,900千円"): ("資本的支出", "enterprise expenditure total"),
    (29, "2,739,876千円"): ("建設改良費", "expenditure class (項)"),
    (30, "168,024千円"): ("企業債償還金", "expenditure class (項)"),
}
NOT_ROWS = [dict(line=ln, text=t, value_yen=next(r["min"] for r in M if r["line"] == ln and r["text"] == t), fy=FY,
                 mention_role=next(r["role"] for r in M if r["line"] == ln and r["text"] == t), what=w, reason=why)
            for (ln, t), (w, why) in _W.items()]
