from kinds import amt, cnt, date, dur, fyr, pct

DOC = "fukko_r7_yosanan_minpo"
# 復興庁's share of the 2025年度予算案 of the 東日本大震災復興特別会計 (福島民報 on Yahoo!). Budget FY2025 throughout.
# The special account's total (headline and body) is an account total, `復興庁所管分の4864億円` the agency's total:
# traps. The 分野 totals `N分野は N円` are rows (pillars, as fresh6b's 重要施策); `前年度当初比 N円(N%)増/減` and
# `2024年度当初予算と比べて N円(N%)増` changes `other` (unsigned: the word carries the sign), percents with `・` as
# the decimal point. `2025(令和7)年度` is ONE fiscal year (年度 written once); `10年ぶり` a duration (GUIDE);
# `27日` dated 2024-12 (a 予算案 is decided the December before); `4町` a count; `福島第1原発` a name.
B, O, FY = "budget", "other", 2025
M = [
    fyr(1, "2025年度", FY), amt(1, "6592億円", 659200000000, fy=FY), dur(1, "10年ぶり", 10, "year"),
    date(2, "27日", "2024-12-27"), fyr(2, "2025(令和7)年度", FY), amt(2, "6592億円", 659200000000, fy=FY),
    fyr(2, "2024年度", 2024), amt(2, "261億円", 26100000000, role=O, fy=FY), pct(2, "4・1%", 4.1),
    dur(2, "10年ぶり", 10, "year"), amt(2, "4864億円", 486400000000, fy=FY), amt(2, "158億円", 15800000000, role=O, fy=FY),
    pct(2, "3・3%", 3.3), dur(2, "10年ぶり", 10, "year"), amt(2, "3355億円", 335500000000, fy=FY),
    amt(2, "17億円", 1700000000, role=O, fy=FY), pct(2, "0・5%", 0.5), cnt(2, "4町", 4, "町"),
    amt(3, "675億円", 67500000000, fy=FY), amt(3, "145億円", 14500000000, role=O, fy=FY), pct(3, "27・4%", 27.4),
    amt(3, "224億円", 22400000000, fy=FY), amt(3, "15億円", 1500000000, role=O, fy=FY), pct(3, "6・3%", 6.3),
]
W = "a 分野 (pillar) total `N分野は N円` of 復興庁's 2025年度予算案 (復興特会)"
ROWS = [
    dict(line=2, text="3355億円", budget_yen=335500000000, fy=FY, program="原子力災害からの復興・再生", role=B, why=W),
    dict(line=3, text="675億円", budget_yen=67500000000, fy=FY, program="住宅再建・復興まちづくり", role=B, why=W),
    dict(line=3, text="224億円", budget_yen=22400000000, fy=FY, program="創造的復興", role=B, why=W),
]
_W = {
    (1, "6592億円"): ("復興特会 (headline)", "a special account's total", B),
    (2, "6592億円"): ("東日本大震災復興特別会計(復興特会)", "a special account's total", B),
    (2, "261億円"): ("2024年度当初予算と比べて増", "change of the account total", O),
    (2, "4864億円"): ("復興庁所管分", "the agency's total inside the account", B),
    (2, "158億円"): ("前年度当初予算と比べて増", "change", O),
    (2, "17億円"): ("前年度当初比増", "change", O),
    (3, "145億円"): ("前年度当初比増", "change", O),
    (3, "15億円"): ("前年度当初比減", "change", O),
}
NOT_ROWS = [dict(line=ln, text=t, value_yen=next(r["min"] for r in M if r["line"] == ln and r["text"] == t), fy=FY,
                 mention_role=role, what=w, reason=why) for (ln, t), (w, why, role) in _W.items()]
