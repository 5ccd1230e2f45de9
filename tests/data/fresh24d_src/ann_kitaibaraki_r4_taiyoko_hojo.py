from kinds import amt, cnt, date, trap, traps

DOC = "kitaibaraki_r4_taiyoko_hojo"
# 茨城県北茨城市's page (published `2022年03月17日`) on its grant for rooftop solar: `1基当たり5万円` a flat grant per
# system (`support`, per null; `1基当たり` a rate marker), fy null (the windows are calendar dates, no year label:
# fresh23a). Two windows, each one range (`令和4年4月1日(金)~令和4年9月30日`, `令和4年10月3日(月)~令和5年2月24日`);
# `募集数 約40件`, `約20件` the number of grants offered, counts approx. `10キロワット未満` physical; list numbers and the
# law's `第6条第1項` no mentions.
M = [
    date(1, "2022年03月17日", "2022-03-17"),
    trap(amt(8, "5万円", 50000, role="support"), "太陽光発電システム1基当たり5万円", "a flat grant per system (support)"),
    date(9, "令和4年4月1日(金)~令和4年9月30日", "2022-04-01", "2022-09-30"),
    cnt(10, "40件", 40, "件", q=("approx",)),
    date(11, "令和4年10月3日(月)~令和5年2月24日", "2022-10-03", "2023-02-24"),
    cnt(12, "20件", 20, "件", q=("approx",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
