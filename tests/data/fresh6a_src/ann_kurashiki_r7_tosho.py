from kinds import amt, date, fyr, pct

DOC = "kurashiki_r7_tosho"
# 倉敷市 (岡山県; its 広報, mykoho 332020/…; the text says 市 and the 第七次総合計画): 〔特集〕令和7年度当初予算 (title: FY2025).
# The per-citizen figure `44.8万円` is other (fresh4), per null. The rounded 一般会計 total `2,120億円`, the exact one, the
# special accounts' total, each special account (国民健康保険事業 … 後期高齢者医療事業) and the 財産区会計 are budget FY2025:
# account totals, traps (fresh5a: accounts are not programmes). The comparison with the previous year's `6月補正後予算`
# (`28億円`) is other. `6月補正後予算` is a budget label (no date); `令和6年12月末` a date (2024-12, 末 dropped).
B, O, FY = "budget", "other", 2025
M = [
    fyr(1, "令和7年度", FY),
    fyr(2, "令和7年度", FY),
    amt(4, "44.8万円", 448000, role=O, fy=FY),
    date(5, "令和6年12月", "2024-12"),
    fyr(7, "令和7年度", FY), amt(7, "2,120億円", 212000000000, role=B, fy=FY),
    amt(7, "28億円", 2800000000, role=O, fy=FY), pct(7, "1.4%", 1.4),
    amt(9, "2,119億8,400万円", 211984000000, role=B, fy=FY),
    amt(12, "1,014億9,200万円", 101492000000, role=B, fy=FY),
    amt(14, "440億2,500万円", 44025000000, role=B, fy=FY),
    amt(15, "487億2,700万円", 48727000000, role=B, fy=FY),
    amt(16, "8,700万円", 87000000, role=B, fy=FY),
    amt(17, "86億5,300万円", 8653000000, role=B, fy=FY),
    amt(19, "4,400万円", 44000000, role=B, fy=FY),
]
ROWS: list[dict] = []
_W = {
    (4, "44.8万円"): ("市民1人当たりの予算額", "per-citizen figure"),
    (7, "2,120億円"): ("一般会計 (rounded)", "account total"),
    (7, "28億円"): ("前年度6月補正後予算との比較", "change of a total"),
    (9, "2,119億8,400万円"): ("◇一般会計", "account total"),
    (12, "1,014億9,200万円"): ("◇特別会計", "special accounts' total"),
    (14, "440億2,500万円"): ("国民健康保険事業", "special account total"),
    (15, "487億2,700万円"): ("介護保険事業", "special account total"),
    (16, "8,700万円"): ("母子父子寡婦福祉資金貸付", "special account total"),
    (17, "86億5,300万円"): ("後期高齢者医療事業", "special account total"),
    (19, "4,400万円"): ("◇財産区会計", "account total"),
}
NOT_ROWS = [dict(line=ln, text=t, **{k: next(r[f] for r in M if r["line"] == ln and r["text"] == t)
                                     for k, f in (("value_yen", "min"), ("fy", "fy"), ("mention_role", "role"))},
                 what=w, reason=why)
            for (ln, t), (w, why) in _W.items()]
