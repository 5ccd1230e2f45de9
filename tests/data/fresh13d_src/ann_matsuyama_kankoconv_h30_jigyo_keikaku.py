from kinds import amt, date, fyr

DOC = "matsuyama_kankoconv_h30_jigyo_keikaku"
# (公財)松山観光コンベンション協会 平成30年度事業計画 (PDF text by 123deta.com): the site's summary line (the first
# lines of the plan's chapter Ⅰ: `1. 観光 物産振興事業 ( 公益目的事業 1) 予算総額 101,718 千円 ( 人件費を除く 以下同じ )
# (1) おいでんか松山観光客誘致促進事業支出予算 3,000 千円`), then the document's cover and its 活動方針. The title
# `平成30年度 (公財)松山観光コンベンション協会事業計画` labels the figures: budget FY2018. `予算総額` of the 公益目的事業 1 is
# that programme's budget (a row; NEW, arguable: a 公益目的事業 is the body's programme, not a total of a field), the
# item (1)'s `支出予算` a row of its own. `101,718 千円` is written with a space before the unit: the text keeps it.
# `平成31年1月以降` a date with `at_least`. `公益目的事業 1`, `1.`, `(1)` are names and list numbers.
B = "budget"
M = [
    amt(1, "101,718 千円", 101718000, fy=2018), amt(1, "3,000 千円", 3000000, fy=2018),
    fyr(3, "平成30年度", 2018),
    fyr(4, "平成30年度", 2018), date(4, "平成31年1月", "2019-01", None, q=("at_least",)),
]
W = "the plan year's figure of a 事業 in the body's 平成30年度事業計画"
ROWS = [
    dict(line=1, text="101,718 千円", budget_yen=101718000, fy=2018, program="観光・物産振興事業",
         aliases=["観光 物産振興事業", "公益目的事業1"], role=B, ministry="(公財)松山観光コンベンション協会",
         why=W + ": `予算総額 101,718 千円 ( 人件費を除く )` of the 公益目的事業 1"),
    dict(line=1, text="3,000 千円", budget_yen=3000000, fy=2018, program="おいでんか松山観光客誘致促進事業", role=B,
         ministry="(公財)松山観光コンベンション協会", why=W + ": `支出予算 3,000 千円`, item (1) of 観光・物産振興事業"),
]
NOT_ROWS: list = []
