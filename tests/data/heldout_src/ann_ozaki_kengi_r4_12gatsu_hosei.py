DOC = "ozaki_kengi_r4_12gatsu_hosei"
S, F = "supplementary_budget", 2022
A = ["approx"]
AMOUNTS = [
    (5, "378億円", 37800000000, 37800000000, S, F),
    (5, "383億円", 38300000000, 38300000000, S, 2021),
    (7, "4326億円", 432600000000, 432600000000, "budget", F),
    (7, "4260億円", 426000000000, 426000000000, "previous_budget", 2021),
    (13, "260億円", 26000000000, 26000000000, S, F, A),
    (15, "8.2億円", 820000000, 820000000, S, F, A),
    (17, "1億円", 100000000, 100000000, S, F, A),
    (21, "1億円", 100000000, 100000000, S, F, A),
    (23, "2.7億円", 270000000, 270000000, S, F, A),
    (25, "5800万円", 58000000, 58000000, S, F, A),
    (27, "4.7億円", 470000000, 470000000, S, F, A),
    (29, "10億円", 1000000000, 1000000000, S, F, A),
    (31, "51億円", 5100000000, 5100000000, S, F, A),
    (35, "700万円", 7000000, 7000000, S, F, A),
    (37, "13.4億円", 1340000000, 1340000000, S, F, A),
    (39, "5.6億円", 560000000, 560000000, S, F, A),
]
W = "・ item line under a numbered pillar (1⃣/3⃣): name before the space, 約N億円 after it; role and fy from the title 令和4年度12月補正予算の概要 (lines 1, 3)"
def r(line, text, yen, prog, **kw):
    return dict(line=line, text=text, fy=F, role=S, budget_yen=yen, program=prog, why=W, **kw)
ROWS = [
    r(15, "8.2億円", 820000000, "新型コロナ・円安・物価高騰に立ち向かう事業者支援",
      note="the name reads like a group of measures (支援), but the list is flat: the items under it add up to more than 8.2億円, so they are not its breakdown"),
    r(17, "1億円", 100000000, "円安・物価高騰対策緊急支援事業"),
    r(21, "1億円", 100000000, "賃金アップ環境整備応援補助金"),
    r(23, "2.7億円", 270000000, "新型コロナ安心対策認証店応援事業"),
    r(25, "5800万円", 58000000, "肥料価格高騰緊急対策事業"),
    r(27, "4.7億円", 470000000, "畜産クラスター施設整備事業"),
    r(29, "10億円", 1000000000, "新型コロナ・物価高騰及び生活者支援等緊急対応調整費",
      note="an adjustment reserve (調整費) listed as an item with its own figure"),
    r(35, "700万円", 7000000, "孤独・孤立を防ぐ温もりのある支え愛社会づくり推進事業"),
    r(37, "13.4億円", 1340000000, "生活困窮者に係る総合支援拡充事業"),
    r(39, "5.6億円", 560000000, "出産・子育て応援交付金"),
]
NOT_ROWS = [
    dict(line=5, text="378億円", value_yen=37800000000, fy=F, mention_role=S, what="☆補正額", reason="total of the whole supplementary budget"),
    dict(line=5, text="383億円", value_yen=38300000000, fy=2021, mention_role=S, what="(令和3年度11月補正383億円)", reason="last year's supplementary total, in brackets after this year's; not a programme, not a previous figure of any item"),
    dict(line=7, text="4326億円", value_yen=432600000000, fy=F, mention_role="budget", what="★補正後", reason="general account total after this supplementary"),
    dict(line=7, text="4260億円", value_yen=426000000000, fy=2021, mention_role="previous_budget", what="(前年度同期 4260億円)", reason="last year's general account total at the same point"),
    dict(line=13, text="260億円", value_yen=26000000000, fy=F, mention_role=S, what="1⃣ 円安・物価高騰克服に向けて", reason="pillar total (numbered heading), not a programme"),
    dict(line=31, text="51億円", value_yen=5100000000, fy=F, mention_role=S, what="2⃣ 新型コロナ第8波緊急対策", reason="pillar total (numbered heading, no items listed under it), not a programme"),
]
