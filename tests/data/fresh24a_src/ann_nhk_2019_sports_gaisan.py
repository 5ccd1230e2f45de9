from kinds import amt, date, dur

DOC = "nhk_2019_sports_gaisan"
# スポーツ庁's request for `来年度` as NHK reports it. NO fiscal year is written (NEW, arguable): `2年後の東京オリンピック`
# with `2020年の東京大会` dates the article 2018 and so `来年度` FY2019, but that takes arithmetic on another event's date;
# fresh8a's rule for a text that names no budget year (fy null, rows `fy_alt: [2019]`) is kept. `余り` at_least, max null
# (fresh6b, fresh16c); `およそ86億円` approx. The total (`461億円余` twice, `461億5000万円余り`) and the increase
# `121億円余り` (other) traps; the six measures rows. The first line is stored cut (`去最大…`, from 過去最大).
# `2年後` a duration 2 year; `2020年` a date.
B = "budget"
M = [
    amt(1, "461億円", 46100000000, None, q=("at_least",)),
    amt(3, "461億円", 46100000000, None, q=("at_least",)), amt(3, "121億円", 12100000000, None, role="other", q=("at_least",)),
    amt(3, "461億5000万円", 46150000000, None, q=("at_least",)), dur(3, "2年", 2, "year"),
    date(4, "2020年", "2020"), amt(4, "110億円", 11000000000), amt(4, "86億円", 8600000000, q=("approx",)),
    amt(4, "3億円", 300000000, None, q=("at_least",)),
    amt(5, "5000万円", 50000000), amt(5, "2億円", 200000000, None, q=("at_least",)),
    amt(6, "3000万円", 30000000),
]
W = "a measure `…に N円を盛り込んだ/計上` in スポーツ庁's request for 来年度 (no year written)"
# The page names no programme: where the gold name paraphrases the text, the text's own phrase is an alias (audit).
AL = {"東京大会に向けた競技力の強化": ["東京大会に向けて競技力を強化", "競技力を強化"],
      "コンプライアンスの徹底・パワーハラスメント等のアンケート調査": ["コンプライアンスの徹底"],
      "競技用の車いすや義足などのレンタル・共有事業の立ち上げ支援":
          ["競技用の車いすや義足などを安い価格でレンタルや共有する事業の立ち上げ支援"]}
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=None, fy_alt=[2019], program=p, aliases=AL.get(p, []), role=B,
             ministry="スポーツ庁", why=W)
        for ln, t, v, p in (
            (4, "110億円", 11000000000, "東京大会に向けた競技力の強化"),
            (4, "86億円", 8600000000, "ナショナルトレーニングセンターの拡充"),
            (4, "3億円", 300000000, "ドーピング検査の人材確保や新たな技術開発"),
            (5, "5000万円", 50000000, "コンプライアンスの徹底・パワーハラスメント等のアンケート調査"),
            (5, "2億円", 200000000, "大学スポーツを統括する新たな組織の充実"),
            (6, "3000万円", 30000000, "競技用の車いすや義足などのレンタル・共有事業の立ち上げ支援"))]
NOT_ROWS = [
    dict(line=1, text="461億円", value_yen=46100000000, fy=None, mention_role=B, what="過去最大の461億円余 (headline)",
         reason="the agency's request total"),
    dict(line=3, text="461億円", value_yen=46100000000, fy=None, mention_role=B, what="過去最大の461億円余り",
         reason="the agency's request total"),
    dict(line=3, text="121億円", value_yen=12100000000, fy=None, mention_role="other", what="今年度予算より121億円余り多く",
         reason="an increase"),
    dict(line=3, text="461億5000万円", value_yen=46150000000, fy=None, mention_role=B, what="過去最大の461億5000万円余り",
         reason="the agency's request total"),
]
