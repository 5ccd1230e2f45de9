from kinds import amt, cnt, fyr

DOC = "tottori_r1_dengen_yokyu"
# 鳥取県 予算編成過程の公開, 令和元年度予算 (line 2): one request sheet of a 交付金 programme (電源立地地域整備費, 補助率
# 定額, 限度額 by formula). The request has no assessed figure on the page: it is the FY2019 `budget` (fresh8b 鳥取県
# h22, fresh9b's requests alone); `前年度予算額` and the `30年度当初予算額` column `previous_budget` FY2018. The era-less
# column headers `31年度` / `30年度` are no mentions (GUIDE) but set their columns' fy (the title's FY2019 and the
# year before). 人件費 and トータルコスト (事業費 + 人件費) are `other` (a kind of expense and a cost measure, fresh4 /
# the h22 sheet); staff `0.1人` counts of 人 (fresh9b 池田市). The 要求額 table's cells `70,817(73,404)` sit under
# `(単位:千円)`: bare cells, no mentions. The 交付金's split by municipality (`鳥取市(佐治町):19,277千円`) `other`.
B, P, O = "budget", "previous_budget", "other"
M = [
    fyr(2, "令和元年度", 2019),
    amt(20, "70,949千円", 70949000, role=B, fy=2019), amt(21, "794千円", 794000, role=O, fy=2019),
    amt(22, "71,743千円", 71743000, role=O, fy=2019),
    cnt(23, "0.1人", 0.1, "人"), cnt(24, "0.0人", 0.0, "人"), cnt(25, "0.0人", 0.0, "人"),
    amt(27, "73,536千円", 73536000, role=P, fy=2018), amt(28, "795千円", 795000, role=O, fy=2018),
    amt(29, "74,331千円", 74331000, role=O, fy=2018),
    cnt(30, "0.1人", 0.1, "人"), cnt(31, "0.0人", 0.0, "人"), cnt(32, "0.0人", 0.0, "人"),
    amt(35, "70,949千円", 70949000, role=B, fy=2019),
    amt(36, "73,536千円", 73536000, role=P, fy=2018),
    amt(59, "19,277千円", 19277000, role=O, fy=2019), amt(60, "51,540千円", 51540000, role=O, fy=2019),
]
ROWS = [
    dict(line=35, text="70,949千円", fy=2019, budget_yen=70949000, previous_budget_yen=73536000,
         program="電源立地地域整備費", aliases=["電源立地地域対策交付金"],
         why="the sheet's 事業費 要求額 (no assessed figure on the page) with its `(前年度予算額 N)`", role=B,
         note="the same figure heads the cost table (line 20): one row"),
]
NOT_ROWS = [
    dict(line=21, text="794千円", value_yen=794000, fy=2019, mention_role=O, what="人件費(B)", reason="a kind of expense"),
    dict(line=22, text="71,743千円", value_yen=71743000, fy=2019, mention_role=O, what="トータルコスト(A+B)",
         reason="a cost measure adding staff cost to the appropriation"),
    dict(line=27, text="73,536千円", value_yen=73536000, fy=2018, mention_role=P, what="30年度当初予算額 事業費",
         reason="previous year's figure"),
    dict(line=28, text="795千円", value_yen=795000, fy=2018, mention_role=O, what="30年度 人件費", reason="previous year, kind of expense"),
    dict(line=29, text="74,331千円", value_yen=74331000, fy=2018, mention_role=O, what="30年度 トータルコスト",
         reason="previous year's cost measure"),
    dict(line=36, text="73,536千円", value_yen=73536000, fy=2018, mention_role=P, what="(前年度予算額 N)",
         reason="previous year's figure, the row's previous_budget_yen"),
    dict(line=59, text="19,277千円", value_yen=19277000, fy=2019, mention_role=O, what="交付金内訳 鳥取市(佐治町)",
         reason="one recipient's share of the 交付金"),
    dict(line=60, text="51,540千円", value_yen=51540000, fy=2019, mention_role=O, what="交付金内訳 三朝町",
         reason="one recipient's share of the 交付金"),
]
