from kinds import amt, cnt, date, dur, pct

DOC = "kitami_gappei20_tosho_denshobato"
# 北見市 (北海道; `端野`, `2006年の市町合併`), its initial budget as the local paper 経済の伝書鳩 reports it; the stored
# text begins with the body. The text writes NO year of the budget: fy null on its amounts, rows `fy_alt: [2025]`
# (blind audit: the city's own 令和7年度 figures 特別会計282億6,900万5千円 / 全会計1,230億6,047万3千円 round to
# line 2's, and the paper's 2026 item calls FY2025 `過去最高額` with 29 new programmes; the merger of 2006-03 turns 20
# in FY2025's March). `20年度の781億円` is a past year's 一般会計 (the record it passes): budget,
# fy 2020 (a two-digit year whose century `2006年` fixes, fresh4), a trap. Totals of the accounts and the whole are
# budget traps; revenues (市税 … ふるさと納税) with their changes, and the expense classes (義務的経費, 投資的経費) are other
# traps. Programmes are rows: `合併20年検証経費100万円`, `定期予防接種事業費は3億150万円` and its part `帯状疱疹ワクチンの
# 定期接種に要する経費3470万円` (a parent and its part written inside it: the part an AMBIGUOUS row, fresh4's 気象庁,
# fresh8a's 国税庁, fresh8b's 小矢部市; blind audit), the three big works; `その他事業費
# 2億6680万円` (the rest of the 予防接種 figure) a trap. Percents with `・` as the decimal point; `10・6%減少` → 10.6 (the word
# carries the sign); `1・8倍` a ratio (no mention); `4件減の29件` two counts; `20年の節目`, `築20年` durations;
# `合併20年検証経費`'s `20年` is inside the programme's name (no mention).
B, O = "budget", "other"
M = [
    amt(1, "781億円", 78100000000, role=B, fy=2020),
    amt(2, "282億6900万円", 28269000000, role=B), amt(2, "147億6900万円", 14769000000, role=B),
    amt(2, "1230億6千万円", 123060000000, role=B), pct(2, "4・3%", 4.3),
    amt(3, "50億円", 5000000000, role=O),
    amt(4, "150億2900万円", 15029000000, role=O), pct(4, "5・9%", 5.9), amt(4, "32億4600万円", 3246000000, role=O),
    pct(4, "8・7%", 8.7), amt(4, "215億2500万円", 21525000000, role=O), pct(4, "3・8%", 3.8),
    amt(4, "127億5700万円", 12757000000, role=O), pct(4, "25・0%", 25.0), amt(4, "50億8千万円", 5080000000, role=O),
    pct(4, "81・4%", 81.4), amt(4, "22億8千万円", 2280000000, role=O),
    amt(5, "331億300万円", 33103000000, role=O), pct(5, "4・9%", 4.9), amt(5, "66億8400万円", 6684000000, role=O),
    pct(5, "10・6%", 10.6),
    cnt(6, "4件", 4, "件"), cnt(6, "29件", 29, "件"), date(6, "2006年", "2006"), dur(6, "20年", 20, "year"),
    amt(6, "100万円", 1000000, role=B), amt(6, "3億150万円", 301500000, role=B), amt(6, "3470万円", 34700000, role=B),
    amt(6, "2億6680万円", 266800000, role=B),
    amt(7, "5億3700万円", 537000000, role=B), dur(7, "20年", 20, "year"), amt(7, "12億6500万円", 1265000000, role=B),
    amt(7, "16億8400万円", 1684000000, role=B),
]
W = "a programme with its own figure in the paper's report of the city's initial budget (no year written)"
R = dict(fy=None, fy_alt=[2025], role=B)
ROWS = [
    dict(line=6, text="100万円", budget_yen=1000000, program="合併20年検証経費", why=W, **R),
    dict(line=6, text="3億150万円", budget_yen=301500000, program="定期予防接種事業費", why=W, **R),
    dict(line=6, text="3470万円", budget_yen=34700000, program="帯状疱疹ワクチンの定期接種に要する経費", why=W + "; a part of 定期予防接種事業費",
         aliases=["帯状疱疹ワクチン定期接種"], ambiguous=True,
         note="a part written inside its parent's figure (blind audit: strict -> ambiguous, fresh4 / fresh8a / fresh8b)", **R),
    dict(line=7, text="5億3700万円", budget_yen=537000000, program="防災備蓄倉庫の整備事業費 (泉町)", why=W, aliases=["防災備蓄倉庫整備事業"], **R),
    dict(line=7, text="12億6500万円", budget_yen=1265000000, program="大和のリサイクルプラザ長寿命化工事", why=W,
         aliases=["リサイクルプラザ長寿命化工事"], **R),
    dict(line=7, text="16億8400万円", budget_yen=1684000000, program="中央大通沿道地区の市街地再開発事業費", why=W,
         aliases=["市街地再開発事業"], **R),
]
_T = [(1, "781億円", 78100000000, B, 2020, "20年度の一般会計 (the record passed)", "a past year's account total"),
      (2, "282億6900万円", 28269000000, B, None, "特別会計 (three accounts)", "account total"),
      (2, "147億6900万円", 14769000000, B, None, "企業会計 (上下水道事業など)", "account total"),
      (2, "1230億6千万円", 123060000000, B, None, "予算総額", "whole budget total"),
      (3, "50億円", 5000000000, O, None, "ふるさと納税 (headline)", "revenue"),
      (4, "150億2900万円", 15029000000, O, None, "市税", "revenue"),
      (4, "32億4600万円", 3246000000, O, None, "地方消費税交付金", "revenue"),
      (4, "215億2500万円", 21525000000, O, None, "地方交付税", "revenue"),
      (4, "127億5700万円", 12757000000, O, None, "国庫支出金", "revenue"),
      (4, "50億8千万円", 5080000000, O, None, "ふるさと納税", "revenue"),
      (4, "22億8千万円", 2280000000, O, None, "ふるさと納税の増額", "change of a revenue"),
      (5, "331億300万円", 33103000000, O, None, "義務的経費", "expense class"),
      (5, "66億8400万円", 6684000000, O, None, "投資的経費", "expense class"),
      (6, "2億6680万円", 266800000, B, None, "定期予防接種のその他事業費", "the rest of a programme's figure (その他)")]
NOT_ROWS = [dict(line=ln, text=t, value_yen=v, fy=fy, mention_role=r, what=w, reason=why) for ln, t, v, r, fy, w, why in _T]
