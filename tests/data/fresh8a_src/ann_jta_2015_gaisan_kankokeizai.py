from kinds import amt, date, fyr, pct

DOC = "jta_2015_gaisan_kankokeizai"
# 観光庁's 2015年度 概算要求 as 観光経済新聞 reports it. A request is the budget of the requested year (budget FY2015,
# fresh5c's 海上保安庁). The total `180億700万円` and the total with the 復興枠 `185億5500万円` are traps; the lead's
# `インバウンド関係施策に約162億円` (the first pillar's figure rounded) is an ambiguous row (blind audit: a restatement of
# a body row, as this set's `VJCに87億円` and fresh6b's 公取委 points; it was a trap); the four pillars `「name」が同N%増のN円` and the
# programmes of the first pillar `name が N円` are rows (as fresh6b's 公取委 重要施策). `訪日2千万人時代` is a name
# (no count); `約6倍` a ratio (no mention); `8月28日` is dated 2014 (a request for 2015年度 is made the August before).
B, O, FY = "budget", "other", 2015
M = [
    date(1, "8月28日", "2014-08-28"), fyr(1, "2015年度", FY), pct(1, "84%", 84),
    amt(1, "180億700万円", 18007000000, fy=FY), amt(1, "162億円", 16200000000, fy=FY, q=("approx",)),
    pct(1, "79%", 79), amt(1, "185億5500万円", 18555000000, fy=FY),
    pct(2, "16%", 16),
    pct(3, "91%", 91), amt(3, "162億1300万円", 16213000000, fy=FY), pct(3, "84%", 84),
    amt(3, "9億5800万円", 958000000, fy=FY), pct(3, "9%", 9), amt(3, "6600万円", 66000000, fy=FY),
    pct(3, "7%", 7), amt(3, "4億6千万円", 460000000, fy=FY),
    amt(4, "19億4700万円", 1947000000, fy=FY), amt(4, "2億2千万円", 220000000, fy=FY),
    amt(4, "125億2500万円", 12525000000, fy=FY), amt(4, "14億円", 1400000000, fy=FY),
]
W = "`「name」が同N%増のN円` in 観光庁's 2015年度 概算要求 (a request: budget of the requested year)"
W2 = "`name が N円` in the detail of the first pillar of 観光庁's 2015年度 概算要求"
ROWS = [
    dict(line=3, text="162億1300万円", budget_yen=16213000000, fy=FY,
         program="訪日2千万人時代に向けたインバウンド政策の推進", role=B, why=W),
    dict(line=3, text="9億5800万円", budget_yen=958000000, fy=FY, program="観光地域づくり支援", role=B, why=W),
    dict(line=3, text="6600万円", budget_yen=66000000, fy=FY, program="観光産業振興", role=B, why=W),
    dict(line=3, text="4億6千万円", budget_yen=460000000, fy=FY, program="観光統計の整備", role=B, why=W),
    dict(line=4, text="19億4700万円", budget_yen=1947000000, fy=FY, program="訪日旅行促進(ビジット・ジャパン)事業",
         aliases=["訪日旅行促進事業", "ビジット・ジャパン事業"], role=B, why=W2),
    dict(line=4, text="2億2千万円", budget_yen=220000000, fy=FY, program="国際会議等(MICE)の誘致・開催の促進",
         aliases=["国際会議等の誘致・開催の促進", "MICEの誘致・開催の促進"], role=B, why=W2),
    dict(line=4, text="125億2500万円", budget_yen=12525000000, fy=FY, program="日本政府観光局(JNTO)運営費交付金",
         aliases=["日本政府観光局運営費交付金", "JNTO運営費交付金"], role=B, why=W2),
    dict(line=4, text="14億円", budget_yen=1400000000, fy=FY, program="広域観光周遊ルート形成促進事業", role=B, why=W2),
]
ROWS.append(dict(line=1, text="162億円", budget_yen=16200000000, fy=FY, program="インバウンド関係施策",
                 aliases=["訪日2千万人時代に向けたインバウンド政策の推進"], role=B, ambiguous=True,
                 why="the lead restates the first pillar (line 3) in round figures: `このうちインバウンド関係施策に約162億円`",
                 note="duplicate of line 3's pillar row (162億1300万円); a trap before the blind audit"))
NOT_ROWS = [
    dict(line=1, text="180億700万円", value_yen=18007000000, fy=FY, mention_role=B, what="2015年度予算の概算要求額",
         reason="the agency's request total"),
    dict(line=1, text="185億5500万円", value_yen=18555000000, fy=FY, mention_role=B, what="復興枠を含めた要求額の総額",
         reason="the agency's request total with the 復興枠"),
]
