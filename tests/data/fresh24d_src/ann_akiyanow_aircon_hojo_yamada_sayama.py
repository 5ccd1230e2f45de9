from kinds import amt, cnt, fyr, pct, trap, traps

DOC = "akiyanow_aircon_hojo_yamada_sayama"
# A portal's list (akiya-now.com) of towns' grants for air conditioners; its stored part holds 岩手県山田町's scheme and
# the start of 狭山市's. `費用の30%(上限5万円)` and `30%以内の額で5万円を上限`: percents (30; null..30 at_most) and caps per
# household (`support`, at_most), traps, fy null (`令和4年度から令和6年度まで` is the scheme's period, two fiscal-year points,
# not a label of the money: fresh23c). `1世帯当たり1台に限る` a count of 1 台, at_most (NEW: `に限る` read as a limit like
# `を限度`); `1世帯当たり` a rate marker. `年度の3月31日` a recurring day, no date; `100円未満の端数` a rounding unit, no
# mention; the image file name on line 3 no mention.
S = "support"
AM = ("at_most",)
M = [
    fyr(10, "令和4年度", 2022),
    fyr(10, "令和6年度", 2024),
    pct(10, "30%", 30),
    trap(amt(10, "5万円", None, 50000, role=S, q=AM), "山田町エアコン設置支援 上限5万円", "a cap per household (support)"),
    pct(18, "30%", None, 30, q=AM),
    trap(amt(18, "5万円", None, 50000, role=S, q=AM), "山田町エアコン設置支援 5万円を上限", "the same cap, repeated (support)"),
    cnt(18, "1台", None, "台", 1, q=AM),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
