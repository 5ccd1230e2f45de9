from kinds import amt, fyr

DOC = "mhlw_h28_hosei2_gaiyo_paperzz"
# 厚生労働省's 平成28年度第二次補正予算(案)の概要 (PDF text by paperzz.com, stored as ONE line): the summary page
# (`計 N円 (うち特別会計N円)`, four pillars `第N name N円` with their sub-pillars `(N)name N円`), then the body with
# programme items `○ name N円`. The title labels every figure supplementary_budget FY2016. The PDF's columns are
# flattened: `(3)社会全体の所得と消費の底上げや働き方改革の実現 第2 21世紀型のインフラ整備 3,685億円 127億円` gives
# (3)'s figure first, then 第2's (626+166+3,685 = 4,477 and 60+67 = 127). The total and its 特別会計 part are traps;
# the pillars, sub-pillars and items are rows; the body's headings repeat the summary's figures (`4,477億円 626億円`
# before `427億円`): ambiguous rows (NEW; as fresh8a's restatements). `平成29年度分の前倒し` a fiscal year; `- 1-`
# a page number; `21世紀` no mention (a century, no kind); `第1`, `(1)`, `○` list labels; `制度要求` no amount.
S, FY = "supplementary_budget", 2016
_A = [("5,698億円", 569800000000), ("52億円", 5200000000), ("4,477億円", 447700000000), ("626億円", 62600000000),
      ("166億円", 16600000000), ("3,685億円", 368500000000), ("127億円", 12700000000), ("60億円", 6000000000),
      ("67億円", 6700000000), ("406億円", 40600000000), ("1,033億円", 103300000000), ("270億円", 27000000000),
      ("762億円", 76200000000), ("4,477億円", 447700000000), ("626億円", 62600000000), ("427億円", 42700000000),
      ("112億円", 11200000000)]
M = [fyr(1, "平成28年度", FY), fyr(1, "平成29年度", 2017)] + [amt(1, t, v, role=S, fy=FY) for t, v in _A]
W = "a pillar `第N name N円` or sub-pillar `(N)name N円` on the summary page of 厚生労働省's 平成28年度第二次補正予算(案)の概要"
WI = "a programme item `○ name N円` in 厚生労働省's 平成28年度第二次補正予算(案)の概要"
_R = [("4,477億円", "一億総活躍社会の実現の加速", W), ("626億円", "安心して子どもを産み育てられる環境の整備", W),
      ("166億円", "介護人材の確保、介護離職防止の推進等", W), ("3,685億円", "社会全体の所得と消費の底上げや働き方改革の実現", W),
      ("127億円", "21世紀型のインフラ整備", W), ("60億円", "インフラ整備や海外展開支援", W),
      ("67億円", "生産性向上へ向けた取組の加速", W), ("406億円", "英国のEU離脱に伴うリスクへの対応や中小企業、地方等の支援", W),
      ("1,033億円", "熊本地震や東日本大震災からの復興や防災対応の強化", W), ("270億円", "熊本地震からの復旧・復興", W),
      ("762億円", "災害対応の強化・老朽化対策・防犯対策等", W),
      ("427億円", "保育所等の整備の推進", WI), ("112億円", "保育士についての再就職準備金貸付事業の拡充等", WI)]
ROWS = [dict(line=1, text=t, budget_yen=dict(_A)[t], fy=FY, program=p, role=S, why=w) for t, p, w in _R]
REP = "the body's heading repeats the summary page's figure (the same text on this one line)"
ROWS += [dict(line=1, text="4,477億円", budget_yen=447700000000, fy=FY, program="一億総活躍社会の実現の加速", role=S, why=W,
              ambiguous=True, note=REP),
         dict(line=1, text="626億円", budget_yen=62600000000, fy=FY, program="安心して子どもを産み育てられる環境の整備", role=S,
              why=W, ambiguous=True, note=REP)]
NOT_ROWS = [
    dict(line=1, text="5,698億円", value_yen=569800000000, fy=FY, mention_role=S, what="計",
         reason="the ministry's supplementary total"),
    dict(line=1, text="52億円", value_yen=5200000000, fy=FY, mention_role=S, what="うち特別会計",
         reason="the special-account part of the ministry's total"),
]
