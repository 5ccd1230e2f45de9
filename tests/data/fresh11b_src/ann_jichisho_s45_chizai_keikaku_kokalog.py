from kinds import amt, pct

DOC = "jichisho_s45_chizai_keikaku_kokalog"
# 自治省's government commissioner (長野, 財政局長) explaining the 地方財政計画 in a Diet committee (kokalog's copy of the
# 1970-04-03 transcript). KANJI numerals, `・` as the decimal point (`一八・九%`). The text writes NO year: fy null.
# Every figure is the local-finance plan's (all local governments' revenues and spending), not a budget of the speaker:
# other, a trap (as fresh3's 総務大臣 `一般財源総額 62.1兆円程度`): the plan's size, its increase, 地方税's increase (twice:
# once before, once after its split into 府県税 / 市町村税), the split, the tax cuts and the resulting revenue loss.
# `六ページから七ページ` page references, `一から順次項目に従って` and `一つは` enumeration (no count).
O = "other"
_A = [(5, "七兆八千九百七十九億円", 7897900000000, "地方財政計画の規模"), (5, "一兆二千五百八十二億円", 1258200000000, "規模の前年度に対する増加"),
      (10, "五千七百五十億円", 575000000000, "地方税の前年度に対する増加"), (10, "三千三百二億円", 330200000000, "府県税 (増加分)"),
      (10, "二千四百四十八億円", 244800000000, "市町村税 (増加分)"), (10, "五千七百五十億円", 575000000000, "地方税の増加 (repeated)"),
      (10, "六百六十二億円", 66200000000, "住民税の減税による減収"), (12, "六十億円", 6000000000, "事業税等の減収"),
      (12, "十六億円", 1600000000, "電気ガス税の減収"), (12, "二百三十五億円", 23500000000, "減収 (負担調整を含む結果)")]
M = [amt(ln, t, v, role=O) for ln, t, v, _ in _A] + [pct(5, "一八・九%", 18.9), pct(10, "二〇・五%", 20.5)]
ROWS: list = []
NOT_ROWS = [dict(line=ln, text=t, value_yen=v, fy=None, mention_role=O, what=w, reason="local-finance plan figure (revenues, changes)")
            for ln, t, v, w in _A if (ln, t, w) != (10, "五千七百五十億円", "地方税の増加 (repeated)")]
