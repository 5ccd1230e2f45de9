from kinds import amt, date, fyr

DOC = "space_h30_gaisan_aerospace_blog"
# 各府省's 平成30年度 requests for 宇宙 (and aviation) programmes, listed by a blog under ministry labels on lines of their
# own (`文部科学省`, `経産省`, `内閣府`, `国土交通省`, `総務省`, `防衛省`). The lead `平成30年度予算の概算要求` makes every
# figure a request: `budget` FY2018 (fresh5c / fresh6b: a request is the budget of the requested year). The lead says
# `()内は今年度予算に対する差額`: the brackets are changes, `other` FY2018, unsigned (`増` carries the sign; the bare
# `( 13億円)`, `( 1億円)` are differences too), traps; `(新規)`, `(ほぼ同額)` no mention. Each `name N円` is a row
# with its ministry; a name broken over two lines (`政府衛星のデータのオープン&フリー化` / `及び利用環境整備事業費`,
# 防衛省's `name` then `(detail) N円`) is the row's program, its figure on the line it stands. `31日までに` (the blog's post
# of 2017-08) a deadline, null..2017-08-31 at_most (GUIDE: `まで`; audit). Names: `H3ロケット`, `技術試験衛星9号機`,
# `X線`, `3号機`, `ALOS-2`, `HTV-X`.
B, O, FY = "budget", "other", 2018
M = [
    date(1, "31日", None, "2017-08-31", q=("at_most",)), fyr(1, "平成30年度", FY),
    amt(3, "340億円", 34000000000, fy=FY), amt(3, "149億円", 14900000000, role=O, fy=FY),
    amt(4, "16億円", 1600000000, fy=FY), amt(4, "3億円", 300000000, role=O, fy=FY),
    amt(5, "65億円", 6500000000, fy=FY), amt(5, "39億円", 3900000000, role=O, fy=FY),
    amt(6, "11億円", 1100000000, fy=FY), amt(6, "3億円", 300000000, role=O, fy=FY),
    amt(7, "45億円", 4500000000, fy=FY), amt(7, "22億円", 2200000000, role=O, fy=FY),
    amt(8, "2億円", 200000000, fy=FY),
    amt(9, "36億円", 3600000000, fy=FY), amt(9, "10億円", 1000000000, role=O, fy=FY),
    amt(10, "5億円", 500000000, fy=FY),
    amt(11, "37億円", 3700000000, fy=FY), amt(11, "4億円", 400000000, role=O, fy=FY),
    amt(12, "116億円", 11600000000, fy=FY),
    amt(15, "13億円", 1300000000, fy=FY),
    amt(17, "79億円", 7900000000, fy=FY),
    amt(18, "77億円", 7700000000, fy=FY), amt(18, "13億円", 1300000000, role=O, fy=FY),
    amt(21, "191億円", 19100000000, fy=FY), amt(21, "1億円", 100000000, role=O, fy=FY),
    amt(23, "470億円", 47000000000, fy=FY), amt(23, "1億円", 100000000, role=O, fy=FY),
    amt(25, "3億円", 300000000, fy=FY),
    amt(28, "44億円", 4400000000, fy=FY),
    amt(30, "730億円", 73000000000, fy=FY),
    amt(33, "112億円", 11200000000, fy=FY),
]
W = "a programme `name N億円(change)` under its ministry's label in the 平成30年度 概算要求 list"
MEXT, METI, CAO, MLIT, MIC, MOD = "文部科学省", "経済産業省", "内閣府", "国土交通省", "総務省", "防衛省"
_R = [
    (3, "340億円", 34000000000, "H3ロケット", [], MEXT, None),
    (4, "16億円", 1600000000, "イプシロンロケット高度化", [], MEXT, None),
    (5, "65億円", 6500000000, "先進光学衛星/先進レーダ衛星", [], MEXT, None),
    (6, "11億円", 1100000000, "技術試験衛星9号機", [], MEXT, None),
    (7, "45億円", 4500000000, "X線天文衛星代替機", [], MEXT, None),
    (8, "2億円", 200000000, "深宇宙探査技術実証機(DESTINY)", ["DESTINY"], MEXT, "(新規)"),
    (9, "36億円", 3600000000, "新型宇宙ステーション補給機(HTV-X)", ["HTV-X"], MEXT, None),
    (10, "5億円", 500000000, "国際宇宙探査ミッションの開発研究", [], MEXT, "(新規)"),
    (11, "37億円", 3700000000, "次世代航空科学技術の研究開発", [], MEXT, None),
    (12, "116億円", 11600000000, "ISS日本実験棟「きぼう」の運用等", ["きぼう"], MEXT, "(ほぼ同額)"),
    (15, "13億円", 1300000000, "政府衛星のデータのオープン&フリー化及び利用環境整備事業費", [], METI, "(新規); name on lines 14-15"),
    (17, "79億円", 7900000000, "実用準天頂衛星システムによるサービス提供", [], CAO, "(新規)"),
    (18, "77億円", 7700000000, "みちびき初号機後継機の開発・整備・打上げ", [], CAO, None),
    (21, "191億円", 19100000000, "首都空港等の機能強化", ["羽田空港の飛行経路見直し等"], MLIT, "name on line 20"),
    (23, "470億円", 47000000000, "地方空港・地方航空ネットワークの活性化", [], MLIT, "name on line 22"),
    (25, "3億円", 300000000, "衛星通信における量子暗号技術の研究開発", [], MIC, "(新規)"),
    (28, "44億円", 4400000000, "宇宙状況監視に係る取組", [], MOD, "name on line 27"),
    (30, "730億円", 73000000000, "衛星通信の利用", ["Xバンド防衛通信衛星3号機の一部整備等"], MOD, "name on line 29"),
    (33, "112億円", 11200000000, "商用画像衛星・気象衛星の利用", [], MOD, "name on line 31"),
]
ROWS = []
for ln, t, v, p, a, mi, note in _R:
    r = dict(line=ln, text=t, budget_yen=v, fy=FY, program=p, aliases=a, role=B, why=W, ministry=mi)
    if note:
        r["note"] = note
    ROWS.append(r)
_T = [(3, "149億円", 14900000000, "H3ロケット"), (4, "3億円", 300000000, "イプシロンロケット高度化"),
      (5, "39億円", 3900000000, "先進光学衛星/先進レーダ衛星"), (6, "3億円", 300000000, "技術試験衛星9号機"),
      (7, "22億円", 2200000000, "X線天文衛星代替機"), (9, "10億円", 1000000000, "新型宇宙ステーション補給機"),
      (11, "4億円", 400000000, "次世代航空科学技術の研究開発"), (18, "13億円", 1300000000, "みちびき初号機後継機"),
      (21, "1億円", 100000000, "首都空港等の機能強化"), (23, "1億円", 100000000, "地方空港・地方航空ネットワーク")]
NOT_ROWS = [dict(line=ln, text=t, value_yen=v, fy=FY, mention_role=O, what=f"{w} (差額)",
                 reason="change from this year's budget (the lead: `()内は今年度予算に対する差額`)") for ln, t, v, w in _T]
