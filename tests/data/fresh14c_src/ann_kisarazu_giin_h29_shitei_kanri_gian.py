from kinds import cnt, date

DOC = "kisarazu_giin_h29_shitei_kanri_gian"
# A 木更津市 council member's page (sinobu.com, 2017/12/16): the 指定管理 bills of the December session, their 債務負担行為
# 限度額 and 年単価 in a table of bare cells whose unit is said only after it (`限度額及び年単価の単位は千円である`): bare
# cells are no mentions (fresh9b, fresh11a, issue 22), nor the periods `3034` (平成30-34 written without era) or the
# applicants' numbers. The mentions: the page's date `2017/12/16` and the counts `9件`, `10件` (`第100号から第108号` are
# bill numbers). No amount: the deck tests that a table of 限度額 in 千円 stays silent.
M = [
    date(2, "2017/12/16", "2017-12-16"),
    cnt(3, "9件", 9, "件"), cnt(3, "10件", 10, "件"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
