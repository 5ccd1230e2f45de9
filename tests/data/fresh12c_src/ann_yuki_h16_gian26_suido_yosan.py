from kinds import amt, cnt, fyr

DOC = "yuki_h16_gian26_suido_yosan"
# 茨城県結城市's 議案第26号 平成16年度結城市水道事業会計予算 (an ENTERPRISE account's initial budget bill, as a `|`-table on
# tacho-net.com): 第2条 業務の予定量, 第3条 収益的収入及び支出 (the 3条 budget), 第4条 資本的収入及び支出 (the 4条 budget), every
# figure with its unit in its cell (no header unit), all FY2004 (the bill's title year). Revenue lines (水道事業収益,
# 営業収益, 営業外収益, 資本的収入, 企業債, 負担金, 加入金) are `other`, traps (revenues and an enterprise's 収益 / 資本的収入
# 款項 are no rows: fresh6a, fresh11a 浦幌町's 町税). Expenditure 款 (水道事業費用, 資本的支出) are the account's totals and their
# 項 (営業費用, 営業外費用, 建設改良費, 企業債償還金, 予備費 ×2) the voted units and reserves: `budget`, traps (fresh6a 蒲郡市). The 4条
# shortfall `不足する額262,942千円` and the reserve funds covering it `過年度分損益勘定留保資金等262,942千円` are `other`, traps.
# `主要な建設改良事業 507,186,000円` (業務の予定量) names the year's capital works programme with its figure: budget FY2004, an
# AMBIGUOUS row (NEW, arguable: an aggregate of works, like the 建設改良費 項 beside it). `16,767戸` a count; `6,297,528㎥`,
# `17,254㎥` physical units (GUIDE: no kind); `(1)` … `(4)`, `第1条` … `第4条`, `第1款`, `第1項` … `第3項` list and article marks;
# `議案第26号` a bill number. The heading `(歳入歳出予算の補正)` is as stored (the page's own slip).
B, O, FY = "budget", "other", 2004
_F = [  # (line, text, yen, role, what, reason)
    (10, "507,186,000円", 507186000, B, None, None),
    (15, "1,088,652千円", 1088652000, O, "第3条 収入 第1款 水道事業収益", "a revenue total"),
    (16, "1,060,162千円", 1060162000, O, "第3条 収入 第1項 営業収益", "a revenue line"),
    (17, "28,490千円", 28490000, O, "第3条 収入 第2項 営業外収益", "a revenue line"),
    (20, "1,071,852千円", 1071852000, B, "第3条 支出 第1款 水道事業費用", "the account's 3条 expenditure total"),
    (21, "860,584千円", 860584000, B, "第3条 支出 第1項 営業費用", "an expense class, not a programme"),
    (22, "207,268千円", 207268000, B, "第3条 支出 第2項 営業外費用", "an expense class, not a programme"),
    (23, "4,000千円", 4000000, B, "第3条 支出 第3項 予備費", "a reserve"),
    (26, "262,942千円", 262942000, O, "資本的収入額が資本的支出額に対して不足する額", "a shortfall between totals"),
    (27, "262,942千円", 262942000, O, "過年度分損益勘定留保資金等 (補填財源)", "reserve funds covering the shortfall"),
    (31, "437,260千円", 437260000, O, "第4条 収入 第1款 資本的収入", "a revenue total"),
    (32, "276,000千円", 276000000, O, "第4条 収入 第1項 企業債", "a revenue line (bonds)"),
    (33, "132,860千円", 132860000, O, "第4条 収入 第2項 負担金", "a revenue line"),
    (34, "28,400千円", 28400000, O, "第4条 収入 第3項 加入金", "a revenue line"),
    (37, "700,202千円", 700202000, B, "第4条 支出 第1款 資本的支出", "the account's 4条 expenditure total"),
    (38, "509,354千円", 509354000, B, "第4条 支出 第1項 建設改良費", "an expense class, not a programme"),
    (39, "184,848千円", 184848000, B, "第4条 支出 第2項 企業債償還金", "debt repayment, an expense class"),
    (40, "6,000千円", 6000000, B, "第4条 支出 第3項 予備費", "a reserve"),
]
M = [fyr(2, "平成16年度", FY), fyr(4, "平成16年度", FY), cnt(7, "16,767戸", 16767, "戸")] + [
    amt(line, text, yen, role=role, fy=FY) for line, text, yen, role, _, _ in _F]
ROWS = [dict(line=10, text="507,186,000円", budget_yen=507186000, fy=FY, role=B, ambiguous=True,
             program="結城市水道事業 主要な建設改良事業", aliases=["主要な建設改良事業"],
             why="`第2条 業務の予定量 … (4) 主要な建設改良事業 | 507,186,000円` in the 平成16年度 水道事業会計予算",
             note="the year's capital works in aggregate; the 建設改良費 項 (509,354千円) is the expense class beside it")]
NOT_ROWS = [dict(line=line, text=text, value_yen=yen, fy=FY, mention_role=role, what=what, reason=reason)
            for line, text, yen, role, what, reason in _F if what]
