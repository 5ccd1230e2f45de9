from kinds import amt, cnt, date, trap, traps

DOC = "indonesia_news_2019_enshakan_india_care"
# indonesia-news.biz's category page (items of March 2020; the stored text names no year. The annotator first dated them
# 2019 from the site's paging; blind audit: JICA's release of 2020-03-31 (the same loan, `3月30日`, 44億900万円) and the
# embassy's notice of 令和2年3月27日 (the same nine loans, total and signers) fix 2020; the file name keeps its first
# year). JICA's loan to the Philippines `44億900万円を限度とする円借款貸付契約` (`other`, at_most, min null), six
# headlines of loans (`479億円`, `94億円`,
# `100億円を…協調融資`, `643億円`, `総額3,744億円`: `other`, no qualifier; `5,000万ドル` in dollars, no amount), the India notes
# `9案件の総額3,744億4,000万円を限度とする円借款` and five of their caps `対象案件および供与限度額は①…に139億6,700万円②…` (`other`,
# at_most: the `供与限度額` label heads the list). Loans to countries, fy null (no fiscal year is written): traps. `2橋梁`, `2校`,
# `9案件`, `9件` counts; `2022年8月` the completion date; `①`…`⑤`, `第二期`, `フェーズ1`, `三号線` names and list numbers.
O = "other"
R_CAP = "a yen loan's cap agreed for one project: a loan to a country, not a budget"
R_HEAD = "a news headline's loan figure: a loan to a country, not a budget"
M = [
    date(1, "3月31日", "2020-03-31"), date(1, "30日", "2020-03-30"),
    trap(amt(1, "44億900万円", None, 4409000000, role=O, q=("at_most",)), "マニラ首都圏主要橋梁耐震補強事業(第二期) 限度額", R_CAP),
    cnt(1, "2橋梁", 2, "橋梁"), date(1, "2022年8月", "2022-08"),
    trap(amt(2, "479億円", 47900000000, role=O), "ミャンマー 鉄道整備と発電能力強化 円借款 (見出し)", R_HEAD),
    cnt(3, "2校", 2, "校"),
    trap(amt(3, "94億円", 9400000000, role=O), "タイ 産業人材育成事業 円借款 (見出し)", R_HEAD),
    trap(amt(4, "100億円", 10000000000, role=O), "インド 中小零細事業支援 協調融資 (見出し)", R_HEAD),
    trap(amt(6, "643億円", 64300000000, role=O), "インドネシア ジャカルタ下水道整備など 円借款 (見出し)", R_HEAD),
    trap(amt(7, "3,744億円", 374400000000, role=O), "インド 鉄道・地下鉄・道路整備 円借款 総額 (見出し)", R_HEAD),
    cnt(8, "9案件", 9, "案件"),
    trap(amt(8, "3,744億4,000万円", None, 374440000000, role=O, q=("at_most",)), "インド 9案件 総額 限度",
         "the cap of nine loans' total in the notes: loans, not a budget"),
    date(8, "3月27日", "2020-03-27"), cnt(8, "9案件", 9, "案件"),
    trap(amt(9, "139億6,700万円", None, 13967000000, role=O, q=("at_most",)), "アーメダバード・メトロ計画(第二期) 供与限度額", R_CAP),
    trap(amt(9, "1,300億円", None, 130000000000, role=O, q=("at_most",)), "デリー・ムンバイ間貨物専用鉄道建設計画(フェーズ1)(第四期) 供与限度額", R_CAP),
    trap(amt(9, "554億7,400万円", None, 55474000000, role=O, q=("at_most",)), "上水道マディヤ・プラデシュ州地方給水計画 供与限度額", R_CAP),
    trap(amt(9, "399億2,800万円", None, 39928000000, role=O, q=("at_most",)), "ムンバイ・メトロ三号線建設計画(第三期) 供与限度額", R_CAP),
    trap(amt(9, "669億900万円", None, 66909000000, role=O, q=("at_most",)), "ムンバイ湾横断道路建設計画(第二期) 供与限度額", R_CAP),
    cnt(9, "9件", 9, "件"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
