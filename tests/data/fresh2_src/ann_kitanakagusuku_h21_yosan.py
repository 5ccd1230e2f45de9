from kinds import amt, fyr, pct

DOC = "kitanakagusuku_h21_yosan"
# 平成21年度…一般会計歳入歳出予算 (line 1): FY2009. 前年度の… is previous_budget (FY2008). The `|`-flattened account
# table gives names first, then the figures in the same order (budget, FY2009). The project table's header
# `20年度事業費` has no era (no fiscal year, GUIDE); the page presents the FY2009 budget, so its two projects are
# read as FY2009 budget (rows ambiguous, fy_alt 2008: the header may mean 平成20年度).
B, P, O, FY = "budget", "previous_budget", "other", 2009
M = [
    fyr(1, "平成21年度", FY),
    amt(1, "47億1,525万8千円", 4715258000, role=B, fy=FY),
    amt(1, "47億8,406万4千円", 4784064000, role=P, fy=2008),
    amt(1, "6,880万6千円", 68806000, role=O, fy=FY),
    pct(1, "1.4%", 1.4),
    pct(4, "1.4%", 1.4),
    pct(4, "39.2%", 39.2),
    pct(4, "40.3%", 40.3),
    pct(4, "2.5%", 2.5),
    amt(5, "1億4,192万5千円", 141925000, role=O, fy=FY),
    amt(9, "47億1,525万8千円", 4715258000, role=B, fy=FY),
    amt(10, "21億4,676万9千円", 2146769000, role=B, fy=FY),
    amt(11, "405万9千円", 4059000, role=B, fy=FY),
    amt(15, "1億4,147万5千円", 141475000, role=B, fy=FY),
    amt(16, "4億159万8千円", 401598000, role=B, fy=FY),
    amt(17, "5億5,824万4千円", 558244000, role=B, fy=FY),
    amt(22, "1,050万円", 10500000, role=B, fy=FY),
    amt(25, "250万円", 2500000, role=B, fy=FY),
]
W = "`事業名 |` then `amount |` on the next line in the project table of the 平成21年度 budget page"
R = dict(fy=FY, role=B, why=W, ambiguous=True, fy_alt=[2008],
         note="the column header says 20年度事業費 (no era); the page is the FY2009 budget")
ROWS = [
    dict(line=22, text="1,050万円", budget_yen=10500000, program="村史「戦争編」発刊事業", aliases=["村史 「戦争編」 発刊事業"], **R),
    dict(line=25, text="250万円", budget_yen=2500000, program="墓地実態調査", **R),
]
_A = "an account's total (the `|` table of accounts)"
NOT_ROWS = [
    dict(line=1, text="47億1,525万8千円", value_yen=4715258000, fy=FY, mention_role=B, what="一般会計歳入歳出予算の総額",
         reason="general-account total"),
    dict(line=1, text="47億8,406万4千円", value_yen=4784064000, fy=2008, mention_role=P, what="前年度の…",
         reason="the general account's previous-year total"),
    dict(line=1, text="6,880万6千円", value_yen=68806000, fy=FY, mention_role=O, what="…に比べ…の減",
         reason="change on the year before"),
    dict(line=5, text="1億4,192万5千円", value_yen=141925000, fy=FY, mention_role=O, what="基金繰入",
         reason="fund drawdown (revenue)"),
    *[dict(line=ln, text=t, value_yen=v, fy=FY, mention_role=B, what=w, reason=_A) for ln, t, v, w in [
        (9, "47億1,525万8千円", 4715258000, "一般会計"), (10, "21億4,676万9千円", 2146769000, "国民健康保険 特別会計"),
        (11, "405万9千円", 4059000, "老人保健 特別会計"), (15, "1億4,147万5千円", 141475000, "後期高齢者 医療特別会計"),
        (16, "4億159万8千円", 401598000, "公共下水道 事業特別会計"), (17, "5億5,824万4千円", 558244000, "水道事業会計")]],
]
