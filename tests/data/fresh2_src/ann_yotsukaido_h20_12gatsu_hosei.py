from kinds import amt, date

DOC = "yotsukaido_h20_12gatsu_hosei"
# 四街道市 12月補正 (the page is filed under h20/, 平成20年度; the text writes no 年度 and only the page's update
# date 2011年3月31日). fy null on every amount (rows: fy_alt 2008). 12月定例会 is the session's month: a date of
# December 2008 (the deck's year from the address, as a reader of the page reads it; the update date is not the
# session's). 既定額 and 総額 are the budget before and after (budget); the 追加 supplementary; the `|`-flattened
# tables list 歳入 (other: revenue) and 歳出 (supplementary items) with the figure on the line after the name.
S, B, O = "supplementary_budget", "budget", "other"
M = [
    date(1, "2011年3月31日", "2011-03-31"),
    date(2, "12月", "2008-12"),
    amt(3, "222億9,600万円", 22296000000, role=B),
    amt(3, "2億2,270万円", 222700000, role=S),
    amt(3, "225億1,870万円", 22518700000, role=B),
    amt(3, "149億1,643万9千円", 14916439000, role=B),
    amt(3, "841万円", 8410000, role=S),
    amt(3, "149億2,484万9千円", 14924849000, role=B),
    amt(9, "7,403万4千円", 74034000, role=O),
    amt(11, "5,738万3千円", 57383000, role=O),
    amt(13, "3,010万8千円", 30108000, role=O),
    amt(15, "2,962万5千円", 29625000, role=O),
    amt(20, "-4,570万円", -45700000, role=S),
    amt(22, "5,459万3千円", 54593000, role=S),
    amt(24, "1,771万4千円", 17714000, role=S),
    amt(26, "6,954万4千円", 69544000, role=S),
    amt(34, "9,038万6千円", 90386000, role=O),
    amt(39, "-1億305万円", -103050000, role=O),
    amt(47, "1,373万2千円", 13732000, role=S),
    amt(52, "-9,600万円", -96000000, role=S),
]
W = "`name |` then `amount |` on the next line, under 一般会計/特別会計補正予算(歳出)の主なもの of the 12月補正"
N = "no 年度 in the text; the page is filed under h20 (平成20年度) and its session is 12月定例会"
R = dict(fy=None, role=S, why=W, fy_alt=[2008], note=N)
ROWS = [
    dict(line=20, text="-4,570万円", budget_yen=-45700000, program="税源移譲に伴う住民税還付金", ambiguous=True, **{
        **R, "note": N + "; a decrease (negative supplementary)"}),
    dict(line=22, text="5,459万3千円", budget_yen=54593000, program="障害者自立支援給付費", **R),
    dict(line=24, text="1,771万4千円", budget_yen=17714000, program="国庫支出金返還金(生活保護給付事業)",
         aliases=["国庫支出金返還金"], **R),
    dict(line=26, text="6,954万4千円", budget_yen=69544000, program="医療扶助費(生活保護給付事業)", aliases=["医療扶助費"], **R),
    dict(line=47, text="1,373万2千円", budget_yen=13732000, program="退職被保険者等療養給付費", **R),
    dict(line=52, text="-9,600万円", budget_yen=-96000000, program="四街道市都市核北土地区画整理事業", ambiguous=True, **{
        **R, "note": N + "; a decrease (negative supplementary)"}),
]
_R = "revenue of the supplementary (歳入の主なもの), not a programme"
NOT_ROWS = [
    dict(line=3, text="222億9,600万円", value_yen=22296000000, fy=None, mention_role=B, what="一般会計 既定額",
         reason="general-account total before the supplementary"),
    dict(line=3, text="2億2,270万円", value_yen=222700000, fy=None, mention_role=S, what="一般会計 追加",
         reason="total of the general account's supplementary"),
    dict(line=3, text="225億1,870万円", value_yen=22518700000, fy=None, mention_role=B, what="一般会計 総額",
         reason="general-account total after the supplementary"),
    dict(line=3, text="149億1,643万9千円", value_yen=14916439000, fy=None, mention_role=B, what="特別会計 既定額",
         reason="special accounts' total before the supplementary"),
    dict(line=3, text="841万円", value_yen=8410000, fy=None, mention_role=S, what="特別会計 追加",
         reason="total of the special accounts' supplementary"),
    dict(line=3, text="149億2,484万9千円", value_yen=14924849000, fy=None, mention_role=B, what="特別会計 総額",
         reason="special accounts' total after the supplementary"),
    *[dict(line=ln, text=t, value_yen=v, fy=None, mention_role=O, what=w, reason=_R) for ln, t, v, w in [
        (9, "7,403万4千円", 74034000, "地方特例交付金"), (11, "5,738万3千円", 57383000, "生活保護費負担金"),
        (13, "3,010万8千円", 30108000, "障害者自立支援給付費負担金"), (15, "2,962万5千円", 29625000, "資源有価物売払代"),
        (34, "9,038万6千円", 90386000, "療養給付費等交付金"), (39, "-1億305万円", -103050000, "土地区画整理事業基金繰入金")]],
]
