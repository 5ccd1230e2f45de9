"""A figure under a budget scope with no label on its line takes its role from what it is (issue 21,
context/owned_figures.py): a programme's own figure is the scope's money, a list's next item shares the kind of the one
before it, what a supplementary adds is the supplementary; a quantity of the world stays `other`. Each rule in several
issuers' wording, with the lines that look alike and must not change."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


def roles(*texts: str) -> dict[str, tuple[str | None, int | None]]:
    return {t: (m.role, m.fy) for t, m in amounts_by_text(*texts).items()}


#: a budget news page: a lead sentence naming the year's budget (the scope), then the items
_LEAD = "政府は22日、2026年度予算案を閣議決定した。農林水産省予算は2兆2700億円となった。"
_REQUEST = "経済産業省が公表した2027年度予算の概算要求額は、前年度比12%増の1兆4000億円となった。"


@pytest.mark.parametrize("lead, line, figures", [
    # a programme's name, ending as one, as the subject or the target of its figure
    (_LEAD, "主な内訳は、スマート農業の実証事業費が12億5千万円、農地の集約化に向けた整備費が8億円。", ["12億5千万円", "8億円"]),
    (_LEAD, "農業者年金基金の運営費交付金は41億円。", ["41億円"]),
    (_LEAD, "水田の畑地化推進事業に750億円を振り向けるほか、輸出拠点整備事業には120億円を割いた。", ["750億円", "120億円"]),
    # a quoted title names a measure, whatever words it holds
    (_REQUEST, "重点項目別では、「GX投資の加速」に3200億円、「半導体・デジタル産業の強化」に4800億円となっている。",
     ["3200億円", "4800億円"]),
    (_REQUEST, "最も多いのが「中小企業対策費」の1138億円で、次いで「エネルギー対策関係経費」の940億円です。",
     ["1138億円", "940億円"]),
    (_REQUEST, "「地域の脱炭素化支援」に最大の560億円を投入する。", ["560億円"]),
    # a field of the budget
    (_LEAD, "このうち食料安全保障分野は1兆1200億円で、前年度当初比3%増となった。", ["1兆1200億円"]),
])
def test_a_programmes_own_figure_is_the_scopes_money(lead, line, figures):
    found = roles(lead, line)
    assert [found[f][0] for f in figures] == ["budget"] * len(figures)


def test_the_next_item_of_a_list_shares_the_kind_of_the_one_before():
    found = roles(_REQUEST, "内訳は、海外展開支援事業が19億円、国際見本市の誘致・開催の促進が2億2千万円、"
                            "産業技術総合研究所運営費交付金が640億円など。")
    assert [found[f][0] for f in ("19億円", "2億2千万円", "640億円")] == ["budget"] * 3


@pytest.mark.parametrize("lead, line, figure, role", [
    (_LEAD, "農産物の輸出市場規模は1兆5000億円に達した。", "1兆5000億円", "other"),  # a quantity of the world
    (_LEAD, "国内の農業総産出額は9兆円。", "9兆円", "other"),
    (_LEAD, "内訳は、人件費が480億円、一般経費が25億円増の1200億円でした。", "480億円", "other"),  # an expense class
    (_LEAD, "台風による農業被害は320億円にのぼる。", "320億円", "other"),  # damage
    (_LEAD, "このうち、かんがい排水事業の総事業費は900億円。", "900億円", "other"),  # a whole project's cost
    (_LEAD, "前年度の整備事業費は80億円だった。", "80億円", "previous_budget"),  # last year's, by the year's rules
    (_LEAD, "スマート農業実証事業により5億円の経済効果を見込む。", "5億円", "other"),  # no programme's figure
    (_LEAD, "担い手育成事業は1経営体あたり300万円を補助する。", "300万円", "support"),  # a grant per unit
    (_REQUEST, "「新しい資本主義」を掲げ、企業の国内投資は100兆円を目標とする。", "100兆円", "other"),
    (_REQUEST, "政策金融による融資事業は2兆円の枠を確保する。", "2兆円", "other"),  # a loan frame
])
def test_a_quantity_of_the_world_under_a_budget_title_stays_what_it_was(lead, line, figure, role):
    assert roles(lead, line)[figure][0] == role


def test_a_list_after_a_change_takes_no_kind():
    found = roles(_LEAD, "前年度より12億円増え、整備事業が8億円。")
    assert found["12億円"][0] == "other"


@pytest.mark.parametrize("line, figure", [
    ("一般会計に3億8500万円を追加計上しました。", "3億8500万円"),
    ("防災ラジオの普及事業では、1,760万円の予算増となった。", "1,760万円"),
    ("この特別会計も、歳入歳出に800万円の追加を行う。", "800万円"),
])
def test_what_a_supplementary_adds_is_the_supplementary(line, figure):
    found = roles("令和7年度6月補正予算の概要", line)
    assert found[figure][0] == "supplementary_budget"


@pytest.mark.parametrize("line, figure, role", [
    ("補正後の予算総額は、632億円となります。", "632億円", "budget"),  # the whole after it
    ("当初予算に計上した1億2000万円の事業費を見直す。", "1億2000万円", "other"),  # the initial budget's
])
def test_a_whole_in_a_supplementary_is_no_addition(line, figure, role):
    assert roles("令和7年度6月補正予算の概要", line)[figure][0] != "supplementary_budget"


@pytest.mark.parametrize("line, figure", [
    ("A市が8億4500万円補正案発表 道路補修など", "8億4500万円"),
    ("知事は、総額312億円規模となる5月補正予算案の概要を発表した。", "312億円"),
    ("市は、3億1200万円を増額する令和7年度一般会計補正予算案を発表した。", "3億1200万円"),
])
def test_a_supplementary_named_right_after_its_figure_is_its_size(line, figure):
    assert roles("令和7年度補正予算の概要", line)[figure][0] == "supplementary_budget"


def test_the_total_after_a_supplementary_named_after_it_is_no_supplementary():
    found = roles("令和7年度補正予算の概要", "補正後の予算額は608億円となる。", "一般会計は520億円の補正後予算となる。")
    assert found["608億円"][0] == "budget"
    assert found["520億円"][0] != "supplementary_budget"


@pytest.mark.parametrize("line, figures, role", [
    ("農林水産省関係 補正予算の概要 公 5,120億円 非 2,310億円 1.防災・減災、国土強靱化 3,400億円 公 3,100億円",
     ["2,310億円", "3,400億円", "3,100億円"], "supplementary_budget"),
    ("環境省 令和8年度予算 2,980億円 (1)脱炭素の推進 1,200億円 ②循環経済の構築 430億円", ["1,200億円", "430億円"], "budget"),
])
def test_a_slides_summary_in_one_line_shares_the_kind_of_its_first_figure(line, figures, role):
    found = roles(line)
    assert [found[f][0] for f in figures] == [role] * len(figures)


@pytest.mark.parametrize("line, figure", [
    ("令和8年度予算 2,980億円 (1)うち国費 1,200億円", "1,200億円"),  # a share of the figure, no item
    ("令和8年度予算 2,980億円 1.人件費 1,200億円", "1,200億円"),  # an expense class
])
def test_a_share_or_a_class_after_a_budget_figure_is_no_item(line, figure):
    assert roles(line)[figure][0] != "budget"


def test_a_level_after_a_change_against_last_year_is_the_programmes():
    found = roles(_REQUEST, "農業農村整備事業は対前年度比20%増の4,820億円、森林整備事業は13%増の1,230億円を要求した。")
    assert [found[f][0] for f in ("4,820億円", "1,230億円")] == ["budget", "budget"]


@pytest.mark.parametrize("line, figures", [
    ("主な事業は、これまでは借地だった公民館用地を購入する費用4200万円、排水路改修の補助1800万円など。", ["4200万円", "1800万円"]),
    ("主な事業は、空き家の解体費など296万円、バス路線の見直しに伴う委託費324万円など。", ["296万円"]),
])
def test_items_of_a_titled_list_with_an_adverb_or_a_closing_nado(line, figures):
    found = roles("令和7年度6月補正予算案の概要", line)
    assert [found[f][0] for f in figures] == ["supplementary_budget"] * len(figures)


@pytest.mark.parametrize("line, figures", [
    ("▽スマート農業技術の開発・実証事業(14億円)▽農地中間管理機構事業(35億円)▽", ["14億円", "35億円"]),
    ("・半導体人材の育成推進事業（12.3億円）、・地域の脱炭素化支援交付金（40億円）", ["12.3億円", "40億円"]),
])
def test_a_programmes_cost_in_brackets_after_its_name_is_the_scopes(line, figures):
    found = roles(_LEAD, "主な施策は以下の通り。", line)
    assert [found[f][0] for f in figures] == ["budget"] * len(figures)


@pytest.mark.parametrize("line, figure, role", [
    ("▽担い手確保支援事業(上限150万円)", "150万円", "support"),  # a cap in the bracket
    ("農業総産出額(9兆円)の拡大を目指す。", "9兆円", "other"),  # a statistic
])
def test_a_bracket_after_a_name_that_is_no_programmes_cost(line, figure, role):
    assert roles(_LEAD, line)[figure][0] == role


def test_a_boxs_share_and_a_supplementarys_size_are_no_programmes_rows():
    found = amounts_by_text("令和7年度 農林水産省関係 補正予算の概要",
                            "農林水産省関係 補正予算の概要 公 5,120億円 非 2,310億円 1.防災・減災、国土強靱化 3,400億円",
                            "A市が8億4500万円補正案発表 道路補修など")
    assert found["2,310億円"].total_of and found["8億4500万円"].total_of  # a share of a whole, a supplementary's size
    assert not found["3,400億円"].total_of  # a numbered item's own figure stays a programme's


#: a city's initial budget page (the reviewer's near misses, in other wording)
_CITY = "令和8年度 当初予算案(南山市)"


@pytest.mark.parametrize("line, figure", [
    ("このうち国の交付金は4億円で、残りは市債と一般財源で賄う。", "4億円"),  # a grant coming in
    ("うち県補助金が1億2千万円、地方債が3億円となる。", "1億2千万円"),
    ("新庁舎建設事業は約80億円を見込み、令和11年度の完成を目指す。", "80億円"),  # an estimate, no appropriation
    ("下水道更新事業は総額120億円を想定している。", "120億円"),
    ("「GX経済移行債」の20兆円を活用し、今年度は1兆2,000億円を計上した。", "20兆円"),  # a bond's frame
    ("「ふるさと応援寄附金」は2億円に達した。", "2億円"),  # donations coming in
])
def test_money_coming_in_or_a_plan_under_a_budget_title_is_no_programmes_budget(line, figure):
    found = roles(_CITY, "新学校給食センター整備事業に12億円を計上した。", line)
    assert found[figure][0] != "budget"


def test_a_statistic_inside_a_list_of_programmes_is_no_item():
    found = roles(_CITY, "主な事業は、輸出促進事業が125億円、"
                         "農林水産物の輸出額が1兆5,000億円に達したことを受けた販路開拓支援事業が40億円。")
    assert (found["125億円"][0], found["1兆5,000億円"][0], found["40億円"][0]) == ("budget", "other", "budget")


@pytest.mark.parametrize("line, figure", [
    ("歳入では、市税を1億2,000万円増額し、繰入金を3億円追加する。", "1億2,000万円"),  # revenue raised
    ("債務負担行為として限度額8億円を追加する。", "8億円"),  # a ceiling
])
def test_revenue_or_a_ceiling_added_by_a_supplementary_is_no_supplementary(line, figure):
    assert roles("令和7年度6月補正予算の概要", line)[figure][0] == "other"


@pytest.mark.parametrize("line, figures", [
    ("このほか、台風11号などの災害復旧工事で3930万円、マイナンバー導入に関する経費で852万円を盛り込みました。", ["3930万円", "852万円"]),
    ("また、小学校のトイレ改修工事で2,400万円を追加します。", ["2,400万円"]),
])
def test_a_work_named_with_de_before_its_figure_is_the_supplementarys(line, figures):
    found = roles("A市9月補正予算案", line)
    assert [found[f][0] for f in figures] == ["supplementary_budget"] * len(figures)


def test_a_whole_named_with_de_is_no_programme():
    assert roles(_LEAD, "市全体で300億円の経済効果を見込む。")["300億円"][0] == "other"


@pytest.mark.parametrize("line, added, whole", [
    ("町長は、「補正予算において歳入歳出にそれぞれ1,490万円を追加し、総合計は96億7,912万8,000円に達した」と説明した。",
     "1,490万円", "96億7,912万8,000円"),
    ("課長は、この補正では歳入歳出にそれぞれ1,214万9,000円を追加し、総額は7億8,214万9,000円になると説明した。",
     "1,214万9,000円", "7億8,214万9,000円"),
    ("物価高騰対応として、7,118万9千円を追加し、総額を34億1,001万4千円とするものです。", "7,118万9千円", "34億1,001万4千円"),
])
def test_a_supplementarys_size_and_the_whole_after_it(line, added, whole):
    found = amounts_by_text("令和5年度一般会計補正予算(第4号)", line)
    assert found[added].role == "supplementary_budget" and found[added].total_of  # the size: no programme's row
    assert found[whole].role == "budget" and found[whole].total_of  # the whole after it


def test_a_revenue_raised_in_a_supplementary_is_no_size():
    found = roles("令和5年度一般会計補正予算(第4号)", "財源として、県支出金を1,200万円増額し、繰越金で残りを賄う。")
    assert found["1,200万円"][0] != "supplementary_budget"


@pytest.mark.parametrize("line, figure, role", [
    ("今回の補正予算額は4千658万5千円の増額となりました。(特別会計と合わせると5千324万2千円の増額)", "5千324万2千円",
     "supplementary_budget"),
    ("補正後の一般会計は前年度より3,200万円の増額となりました。", "3,200万円", "other"),  # a change from last year
])
def test_a_supplementarys_increase_stated_as_a_change(line, figure, role):
    assert roles("令和6年度一般会計補正予算(第5号)", line)[figure][0] == role


def test_a_revenue_topic_with_a_budget_word_in_its_sentence_is_a_source():
    found = roles("令和7年度当初予算の概要",
                  "歳入の半分以上を占める地方交付税は、国の予算規模等を踏まえ昨年度同額の40億円を見込んでいます。")
    assert found["40億円"][0] == "other"


def test_a_revenue_class_raised_in_a_supplementary_is_no_size():
    found = roles("令和6年度一般会計補正予算(第5号)", "繰入金について、財政調整基金で6,303万9千円を増額しています。")
    assert found["6,303万9千円"][0] == "other"


@pytest.mark.parametrize("line, figure", [
    ("このうち、こども家庭庁の一括計上分は5556億600万円だった。", "5556億600万円"),
    ("このうち防衛省の要求分は1,200億円だ。", "1,200億円"),
])
def test_a_share_put_in_or_asked_for_is_the_scopes(line, figure):
    assert roles(_REQUEST, line)[figure][0] == "budget"


def test_a_quoted_title_ending_as_a_class_names_a_measure_and_the_bare_class_does_not():
    found = roles(_REQUEST, "主な一般経費をみると、「庁局署一般経費」の617億円で、一般経費が25億円増の824億円でした。")
    assert found["617億円"][0] == "budget"


@pytest.mark.parametrize("line, level", [
    ("新年度一般会計当初予算の要求総額は、今年度の当初予算より1819億円多い2兆4128億円となっています。", "2兆4128億円"),
    ("一般会計は15億5100万円で、累計額は前年度同期比5%減の225億6100万円となった。", "225億6100万円"),
])
def test_a_level_after_more_or_less_or_a_running_total_is_the_budget(line, level):
    assert roles("令和8年度予算の編成", line)[level][0] == "budget"


@pytest.mark.parametrize("line, figure", [
    ("公共用地先行取得等事業として地方債2億6510万円を予算化するものです。", "2億6510万円"),
    ("財源として、県補助金3,000万円を計上しています。", "3,000万円"),
])
def test_money_coming_in_named_right_before_its_figure_is_no_budget(line, figure):
    assert roles("令和6年度一般会計補正予算(第5号)", line)[figure][0] == "other"


@pytest.mark.parametrize("line, figure, role", [
    ("水産関係予算は、1,909億円で10億円の減。令和5年度補正との合計でも3,170億円と38億円減額された。", "3,170億円", "other"),
    ("令和5年度補正予算では1,200億円を計上した。", "1,200億円", "supplementary_budget"),  # one kind: no sum
])
def test_two_kinds_of_budget_added_up_are_other(line, figure, role):
    assert roles("令和6年度予算の概要", line)[figure][0] == role


def test_the_initial_budget_added_to_a_supplementary_is_the_budget_after_it():
    assert roles("令和7年度10月補正予算の概要", "当初予算と合わせた予算規模は92億8,972万円!!")["92億8,972万円"][0] == "budget"


@pytest.mark.parametrize("line, figure, role", [
    ("▽民生費 4018万3千円", "4018万3千円", "other"),  # the account split by function (款)
    ("・土木費：2億1,000万円", "2億1,000万円", "other"),
    ("▽子育て世帯臨時給付事業 4018万3千円", "4018万3千円", "supplementary_budget"),  # a programme
    ("▽予備費 300万円", "300万円", "supplementary_budget"),  # a reserve is no function's split
])
def test_a_figure_labelled_by_a_function_class_alone_is_a_split(line, figure, role):
    assert roles("■令和4年度A町一般会計補正予算(第4回)", "▼補正の内訳", line)[figure][0] == role


@pytest.mark.parametrize("line, figure", [
    ("主な歳出の補正内容は、小又川発電所導水管修繕工事負担金312万円、庁舎修繕費127万円など。", "312万円"),
    ("市総合医療センターへの運営費負担金に5千万円を追加します。", "5千万円"),
])
def test_a_burden_a_programme_pays_is_no_revenue(line, figure):
    assert roles("◆令和6年度A村一般会計補正予算(第5号)", line)[figure][0] == "supplementary_budget"


def test_a_supplementarys_list_of_increases_is_the_supplementarys():
    found = roles("◆令和6年度A村一般会計補正予算(第5号)",
                  "主な歳出の補正内容は増額予算が、財政調整基金積立金125万円、庁舎修繕工事負担金312万円など。")
    assert found["125万円"][0] == "supplementary_budget"
    assert roles("令和7年度当初予算の概要", "6年度ぶりの増額予算 1億円を計上")["1億円"][0] == "budget"


@pytest.mark.parametrize("lines, figure, role", [
    (["令和6年度12月補正予算の概要", "繰越明許費 道路改良事業 15億円"], "15億円", "other"),  # money carried to next year
    (["令和7年度予算", "全体計画事業費 12億円"], "12億円", "other"),  # a plan's whole cost
    (["令和8年度予算の概要", "このうち内閣府の交付金は2,000億円で、地方創生を推進する。"], "2,000億円", "budget"),  # 府 is no giver
])
def test_a_ceiling_a_plans_whole_or_a_ministrys_grant(lines, figure, role):
    assert roles(*lines)[figure][0] == role


def test_a_plans_programme_ending_in_its_cost_is_no_whole():
    found = roles("令和元年度6月補正予算案の概要", "▽寺井地区都市再生整備計画事業費 1億5210万円")
    assert found["1億5210万円"][0] == "supplementary_budget"


@pytest.mark.parametrize("line, figure, role", [
    ("・科学研究費助成事業 2,379億円（2,377億円）", "2,379億円", "budget"),  # a grant's word inside a programme's name
    ("・若手研究者の研究費 500万円", "500万円", "support"),  # the grant's size itself
])
def test_a_grants_word_inside_a_programmes_name_labels_nothing(line, figure, role):
    assert roles("令和8年度 文部科学省予算(案)の概要", line)[figure][0] == role


@pytest.mark.parametrize("line, figure, role", [
    ("〇支援金 農作物の作付面積(二毛作含む。) 200円/10a", "200円", "support"),  # a grant's rate per unit
    ("〇補助金 利用者1人につき 5,000円／人", "5,000円", "support"),
    ("事業費 1,000円/2,000円 (当初/補正)", "1,000円", "other"),  # a slash between two figures is no unit
])
def test_a_figure_per_unit_with_a_slash_is_a_rate(line, figure, role):
    found = roles("令和5年度5月補正予算の概要", "原油価格高騰の影響を受けている市内農業者に支援金を支給する。", line)
    assert found[figure][0] == role


@pytest.mark.parametrize("line, figure, role", [
    ("財政調整のための基金につきましては、取崩額を42億円減額して55億円といたしました。", "55億円", "other"),  # a source's level
])
def test_the_level_a_source_is_made_into_is_no_budget(line, figure, role):
    assert roles("平成29年度2月補正予算案の概要", line)[figure][0] == role


def test_a_programmes_level_after_its_change_is_no_source():
    assert roles("平成29年度2月補正予算案の概要", "道路維持事業を1,000万円増額して5,000万円としました。")["5,000万円"][0] != "other"


@pytest.mark.parametrize("line, figure, role", [
    ("これは水産基盤整備が730億円と前年度を1億円上回ったことによるもの。", "730億円", "budget"),  # a work named as its field
    ("漁港の施設整備が進み、水揚げ額は730億円に達した。", "730億円", "other"),  # a statistic after a work's progress
])
def test_a_works_field_named_before_its_figure(line, figure, role):
    assert roles("令和6年度水産関係予算の概要", line)[figure][0] == role


def test_a_level_including_related_expenses_is_the_budget():
    line = "なお、関係経費を含めると、前年度と比べて710億円増額の5兆1,251億円である。"
    assert roles("平成29年度 防衛関係費の概要", line)["5兆1,251億円"][0] == "budget"


def test_public_and_non_public_works_are_classes_not_programmes():
    found = amounts_by_text(_REQUEST, "林野庁関係予算要求の内訳は、公共事業が同17.8%増の2,334億7,400万円、"
                                      "非公共事業が同12.0%増の1,143億5,700万円。")
    assert [bool(found[f].total_of) for f in ("2,334億7,400万円", "1,143億5,700万円")] == [True, True]
    near = amounts_by_text(_REQUEST, "内訳は、森林整備事業が1,200億円、治山事業が740億円。")  # programmes stay rows
    assert [near[f].total_of for f in ("1,200億円", "740億円")] == [None, None]


@pytest.mark.parametrize("line, figure", [
    ("文部科学省は、学校施設の耐震化に関する経費について411・9%増の3143億円の確保を目指す。", "3143億円"),
    ("農地の集約化に向けた整備費については12億円の計上を求めた。", "12億円"),
    ("こども家庭庁は、保育所の整備事業については同3%増の820億円の要求とした。", "820億円"),
])
def test_a_programmes_figure_after_its_topic_is_the_scopes_money(line, figure):
    found = roles("中央省庁が2019年度当初予算の概算要求に盛り込んだ国土強靱化の関連予算は、4兆8951億円だった。", line)
    assert found[figure] == ("budget", 2019)


def test_a_quantity_of_the_world_after_its_topic_stays_other():
    found = roles("中央省庁が2019年度当初予算の概算要求に盛り込んだ関連予算は、4兆8951億円だった。",
                  "市場規模については3兆円の確保が見込まれる。")
    assert found["3兆円"][0] == "other"


@pytest.mark.parametrize("line, figure, role", [
    # a revenue applied to a programme (`…収入等N円…を充当`) is where its money comes from, not money budgeted
    ("運行委託料41,959千円等。ＩＣカード収入等7,713千円、基金繰入金10,000千円を充当。", "7,713千円", "other"),
    ("施設使用料収入3,000千円を充当。", "3,000千円", "other"),
    ("運賃収入等 1,200万円を財源に充てる。", "1,200万円", "other"),
    # near miss: a programme whose name merely starts with the word
    ("○ 収入印紙販売事業 3,000千円", "3,000千円", "budget"),
])
def test_a_revenue_named_before_its_figure_is_no_budget(line, figure, role):
    assert roles("令和8年度当初予算の概要", line)[figure][0] == role


@pytest.mark.parametrize("lead, line, figure, role", [
    # a programme's figure told roughly (`余り`, at_least): still the programme's money of the scope
    ("北山市は、子育て世帯に商品券を配る事業を12月補正予算案に計上した。", "来年2月からの配布を予定していて、事業費は2億4300万円余りです。",
     "2億4300万円", "supplementary_budget"),
    (_LEAD, "スマート農業の実証事業費は12億円余り。", "12億円", "budget"),
    ("南町は、除雪体制の強化を1月補正予算案に盛り込んだ。", "除雪機械の更新事業が3,100万円余りで、…", "3,100万円", "supplementary_budget"),
    # near misses: a threshold is no programme's money
    ("北山市は、子育て世帯に商品券を配る事業を12月補正予算案に計上した。", "事業費が500万円以上の団体は対象外です。", "500万円",
     "!supplementary_budget"),
    (_LEAD, "総事業費は12億円以上の見込み。", "12億円", "!budget"),
])
def test_a_rounded_sum_is_still_the_programmes_figure(lead: str, line: str, figure: str, role: str) -> None:
    got = roles(lead, line)[figure][0]
    assert got != role[1:] if role.startswith("!") else got == role
