"""Numbers, years, names and ministries of budget figures written in ways earlier rules missed (issue 21, the shapes of
fresh8a/b and of government-wide compilations): a decimal typed with a middle dot (`40・8億円`), a letter era glued to a
name's katakana on its own line (`H3ロケット`), a ministry's label box in round brackets beside a programme, and the words
a sentence sets before a programme's name. Lines written for these tests in several issuers' styles, each with the near
misses that must not change."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text, mentions


def _found(*texts: str) -> dict[str, tuple[int | float | None, str | None, int | None]]:
    return {t: (m.min, m.role, m.fy) for t, m in amounts_by_text(*texts).items()}


# a middle dot between digits before a myriad's multiplier and 円 is a decimal point (as the percent rule reads `4・1%`)
@pytest.mark.parametrize("line, text, value", [
    ("観光振興事業に40・8億円を計上した。", "40・8億円", 4_080_000_000),
    ("施設整備費として3・2兆円を充てる。", "3・2兆円", 3_200_000_000_000),
    ("前年度比で12・5億円の増額となった。", "12・5億円", 1_250_000_000),
    ("補助金は1・25万円", "1・25万円", 12_500),
])
def test_a_middle_dot_between_digits_before_a_multiplier_is_a_decimal_point(line, text, value):
    assert _found("令和7年度予算", line)[text][0] == value


@pytest.mark.parametrize("line, text, value", [
    ("子育て支援策・8億円を計上。", "8億円", 800_000_000),  # a list's dot after a word: no number before it
    ("平成27・28年度の事業費は5億円", "5億円", 500_000_000),  # a list of two years
    ("第1・2号補正で3億円", "3億円", 300_000_000),
    ("1・2年生の給食費に500万円", "500万円", 5_000_000),
    ("総額40・800円", "800円", 800),  # no multiplier: a list, never a decimal of yen
])
def test_a_middle_dot_in_a_list_is_no_decimal_point(line, text, value):
    assert _found("令和7年度予算", line)[text][0] == value


# a letter era and its number glued to katakana on the line's own text is a name, no year of the figure on its line
@pytest.mark.parametrize("line, figure", [
    ("【文】H3ロケットの開発・運用 312億円", "312億円"),
    ("・H3ロケット開発事業に120億円を計上。", "120億円"),
    ("○R2ロボット実証事業 8億円", "8億円"),
])
def test_a_names_letter_and_number_is_no_fiscal_year(line, figure):
    assert _found("令和8年度 宇宙関係予算について（案）", line)[figure][1:] == ("budget", 2026)


@pytest.mark.parametrize("lines, year", [
    (("区分 R8 R9", "モデルケース 12億円"), 2027),  # a year closing its line before the next line's katakana stays a year
    (("R5当初予算 3億円",), 2023),  # a year before a label
    (("R6 モデル事業 2億円",), 2024),  # set apart from the katakana by a space
])
def test_a_letter_era_off_a_name_is_still_a_year(lines, year):
    years = [m.min for m in mentions("宇宙関係予算について", *lines) if m.kind == "fiscal_year"]
    assert year in years


def _named(*texts: str) -> dict[str, tuple[str | None, str | None]]:
    return {t: (m.program, m.ministry) for t, m in amounts_by_text(*texts).items()}


# a ministry's full name in round brackets before or after a programme is its label box: the ministry, no part of the name
@pytest.mark.parametrize("line, figure, program, ministry", [
    ("地域子育て支援拠点整備事業（経済産業省） 30億円", "30億円", "地域子育て支援拠点整備事業", "経済産業省"),
    ("（国土交通省）こどもの移動環境整備事業 12億円", "12億円", "こどもの移動環境整備事業", "国土交通省"),
    ("・洋上風力発電導入促進事業(環境省) 250億円", "250億円", "洋上風力発電導入促進事業", "環境省"),
    ("【文部科学省】学校給食費無償化推進事業 120億円（100億円）", "120億円", "学校給食費無償化推進事業", "文部科学省"),
])
def test_a_ministry_in_a_box_beside_the_name_is_the_ministry(line, figure, program, ministry):
    assert _named("令和7年度 こども関連予算の概要", line)[figure] == (program, ministry)


@pytest.mark.parametrize("line, figure, program", [
    ("庁舎整備事業（仮称） 3億円", "3億円", "庁舎整備事業（仮称）"),  # a note in brackets, no ministry
    ("県庁舎耐震化事業（県庁） 5億円", "5億円", "県庁舎耐震化事業（県庁）"),  # no ministry's name: the bracket stays
])
def test_a_round_bracket_that_names_no_ministry_stays(line, figure, program):
    assert _named("令和7年度 当初予算の概要", line)[figure] == (program, None)


# a compilation lists each ministry's programmes under a line that names the ministry alone
def test_a_ministrys_block_line_gives_its_programmes_their_ministry():
    found = _named("令和7年度 防災関係予算の概要", "【内閣府】", "・防災情報システム整備事業 12億円", "・避難所環境改善事業 5億円",
                   "【国土交通省関係】", "・河川改修事業 300億円", "■ 総務省", "○ 消防防災施設整備費補助金 40億円",
                   "２．文部科学省所管", "(1) 学校施設の防災機能強化 80億円")
    assert [found[f][1] for f in ("12億円", "5億円", "300億円", "40億円", "80億円")] == \
        ["内閣府", "内閣府", "国土交通省", "総務省", "文部科学省"]
    assert found["40億円"][0] == "消防防災施設整備費補助金"


def test_one_ministrys_name_alone_is_the_issuer_no_block():
    found = _named("令和7年度 予算の概要", "国土交通省", "・河川改修事業 300億円", "・道路整備事業 200億円")
    assert found["300億円"] == ("河川改修事業", None)


# a compilation's ministry column: the row's ministry, the next cell its programme
@pytest.mark.parametrize("row", [
    "文部科学省 | 学校給食費無償化推進事業 | 120億円 | 100億円",
    "| 文部科学省 | 学校給食費無償化推進事業 | 120億円 | 100億円 |",
    "文部科学省 学校給食費無償化推進事業 120億円（100億円）",
])
def test_a_ministry_column_is_the_rows_ministry(row):
    found = _named("令和7年度 こども関連予算一覧", "府省名 | 事業名 | 令和7年度予算額 | 令和6年度予算額", row,
                   row.replace("文部科学省", "こども家庭庁").replace("学校給食費無償化推進事業", "こども食堂支援事業")
                   .replace("120億円", "5億円").replace("100億円", "4億円"))
    assert found["120億円"] == ("学校給食費無償化推進事業", "文部科学省")
    assert found["5億円"] == ("こども食堂支援事業", "こども家庭庁")


def test_a_name_that_reads_on_after_the_ministry_keeps_it():
    found = _named("令和7年度 予算の概要", "・文部科学省の学校施設整備事業 80億円")
    assert found["80億円"][0] == "文部科学省の学校施設整備事業"


# a figure named by the budget document's title states the document's whole: no programme's row
@pytest.mark.parametrize("line, figure", [
    ("国土交通省関係 第3次補正予算の概要公 1兆8,353億円 非 397億円", "1兆8,353億円"),
    ("令和7年度予算のポイント 総額 52億円", "52億円"),
])
def test_a_figure_named_by_the_documents_title_is_no_programme(line, figure):
    m = amounts_by_text("令和2年度 予算", line)[figure]
    assert m.program is None


def test_a_programmes_own_overview_is_still_its_name():
    assert _named("令和7年度 当初予算", "・子育て支援事業の概要 3億円")["3億円"][0] == "子育て支援事業の概要"


# words a sentence sets before a programme's name: a lead adverb, a dated clause, a rank's apposition, a list number
@pytest.mark.parametrize("lines, figure, program", [
    (("観光庁の2015年度予算の概算要求額は180億円。このうちインバウンド関係施策に約162億円を計上。",), "162億円", "インバウンド関係施策"),
    (("補正予算案では、10月27日に市内で開く明治維新150年記念事業に40万円を計上した。",), "40万円", "明治維新150年記念事業"),
    (("重要事項であるサイバー空間の脅威への対処には、66億円を盛り込んだ。",), "66億円", "サイバー空間の脅威への対処"),
    (("3.意匠・商標の制度改正に対応した審査体制の整備", "0.9 億円(新規)"), "0.9 億円", "意匠・商標の制度改正に対応した審査体制の整備"),
])
def test_words_before_a_name_are_no_part_of_it(lines, figure, program):
    assert _named("令和7年度予算案", *lines)[figure][0] == program


@pytest.mark.parametrize("lines, figure, program", [
    (("うちわ製作事業に30万円を計上した。",), "30万円", "うちわ製作事業"),  # `うち` opening a word
    (("1.5倍増の観光振興事業に3億円を計上した。",), "3億円", "1.5倍増の観光振興事業"),  # a number, no list number
])
def test_look_alike_words_before_a_name_stay(lines, figure, program):
    assert _named("令和7年度予算案", *lines)[figure][0] == program


# a local body's departments are no ministries (the field is for national bodies), whatever their names' shape
@pytest.mark.parametrize("first, second", [
    ("【教育委員会】", "【農業委員会】"),
    ("■教育庁", "■警視庁"),
    ("【企業庁】", "【東京消防庁】"),
])
def test_a_local_bodys_department_blocks_give_no_ministry(first, second):
    found = _named("令和8年度 当初予算 主要事業一覧（東森市）", first, "・小中学校トイレ改修事業 1億8,000万円", second,
                   "・農地利用最適化推進事業 1,200万円")
    assert found["1億8,000万円"] == ("小中学校トイレ改修事業", None)
    assert found["1,200万円"] == ("農地利用最適化推進事業", None)


def test_a_box_of_no_ministry_closes_a_block_and_a_label_box_does_not():
    found = _named("令和8年度 女性活躍関係予算", "【内閣府】", "・男女共同参画推進事業 8億円", "【厚生労働省】", "【新規】",
                   "・女性の就業支援 25億円", "【各府省共通】", "・テレワーク環境整備 40億円")
    assert [found[f][1] for f in ("8億円", "25億円", "40億円")] == ["内閣府", "厚生労働省", None]


def test_a_ministrys_subtotal_line_opens_its_block():
    found = _named("令和8年度 科学技術関係予算", "内閣府 計 1,200億円", "　宇宙開発利用推進事業 80億円",
                   "文部科学省 計 9,780億円", "　科学技術振興機構運営費交付金 1,040億円")
    assert found["80億円"][1] == "内閣府"
    assert found["1,040億円"] == ("科学技術振興機構運営費交付金", "文部科学省")


@pytest.mark.parametrize("line, figure, ministry", [
    ("・事業承継・引継ぎ支援事業 …… 18億円【経済産業省】", "18億円", "経済産業省"),
    ("・地方創生交付金事業 5億円（内閣府）", "5億円", "内閣府"),
    ("・国税電子申告システム整備事業 30億円［国税庁］", "30億円", "国税庁"),
    ("・学校施設改修事業 12億円（10億円）", "12億円", None),  # last year's figure in the bracket
    ("・図書館整備事業 3億円（教育委員会）", "3億円", None),  # a local department
])
def test_a_box_after_the_figure_names_its_ministry(line, figure, ministry):
    assert _named("令和8年度 関係予算", line)[figure][1] == ministry


# prose that names each work before its figure: `Xで N円`, a list joined by `と`, a topic after a lead adverb, a field label
@pytest.mark.parametrize("lines, figure, program", [
    (("また、台風11号などの災害復旧工事で3930万円を盛り込みました。",), "3930万円", "台風11号などの災害復旧工事"),
    (("このほか、台風11号などの災害復旧工事で3930万円、マイナンバー導入に関する経費で852万円を盛り込みました。",), "852万円",
     "マイナンバー導入に関する経費"),
    (("被災した自治体への見舞金200万円と町内で被災された住民への見舞金70万円を予算化するものです。",), "70万円",
     "町内で被災された住民への見舞金"),
    (("さらに、防災ラジオの普及事業では、2,000台を追加購入するために1,760万円の予算増が議論された。",), "1,760万円",
     "防災ラジオの普及事業"),
    (("提案内容 在パラオ日本大使館日本フェア派遣等経費として229万円を計上するものです。",), "229万円",
     "在パラオ日本大使館日本フェア派遣等経費"),
    (("観光庁予算は126億円。予算の主な内訳は、外客誘致関係の「訪日外国人3千万人プログラム」の事業費が94億8千万円、"
      "観光統計の整備費が3億円。",), "94億8千万円", "訪日外国人3千万人プログラム"),
    (("このほか訪日外国人3千万人プログラムでは、受け入れ環境の整備事業に2億円。",), "2億円", "受け入れ環境の整備事業"),
])
def test_prose_names_the_work_before_each_figure(lines, figure, program):
    assert _named("令和元年度 一般会計補正予算", *lines)[figure][0] == program


@pytest.mark.parametrize("lines, figure", [
    (("本市で3億円を計上した。",), "3億円"),  # a place before `で`, no work
    (("令和元年度の補正予算は、来年度で5億円を繰り越す。",), "5億円"),  # not an appropriating verb
])
def test_a_place_or_another_verb_before_a_figure_names_no_work(lines, figure):
    m = amounts_by_text("令和元年度 一般会計補正予算", *lines)[figure]
    assert m.program in (None, "令和元年度 一般会計補正予算") or m.total_of


def test_a_breakdowns_topic_states_no_whole():
    m = amounts_by_text("2010年度予算案",
                        "予算の主な内訳は、「訪日外国人3千万人プログラム」の事業費が94億円、観光統計の整備費が3億円。")["94億円"]
    assert m.total_of is None


def _roles(*texts: str) -> dict[str, tuple[str | None, int | None, bool]]:
    return {t: (m.role, m.fy, bool(m.total_of)) for t, m in amounts_by_text(*texts).items()}


# a header of column kinds says which figure of each row each column holds
@pytest.mark.parametrize("header, row", [
    ("事業名 補正前の額 補正額 補正後の額", "子育て支援事業 12,000千円 3,000千円 15,000千円"),
    ("| 事業名 | 補正前 | 補正額 | 補正後 |", "| 子育て支援事業 | 12,000千円 | 3,000千円 | 15,000千円 |"),
    ("区分 現計予算額 今回補正 補正後予算額", "子育て支援事業 12,000千円 3,000千円 15,000千円"),
])
def test_a_supplementarys_before_and_after_columns_are_levels_no_rows(header, row):
    found = _roles("令和6年度 一般会計補正予算（第3号）の概要", header, row)
    assert found["12,000千円"] == ("budget", 2024, True)
    assert found["3,000千円"] == ("supplementary_budget", 2024, False)
    assert found["15,000千円"] == ("budget", 2024, True)


@pytest.mark.parametrize("header, row", [
    ("事業名 要求額 査定額 前年度予算額", "防災行政無線更新事業 50,000千円 45,000千円 30,000千円"),
])
def test_a_request_beside_an_assessed_column_is_no_budget(header, row):
    found = _roles("令和7年度 予算編成過程の公表", header, "|---|---|---|---|", row)
    assert found["50,000千円"][0] == "other"
    assert found["45,000千円"] == ("budget", 2025, False)
    assert found["30,000千円"][:2] == ("previous_budget", 2024)


@pytest.mark.parametrize("lines, figure, role", [
    (("事業名 要求額 前年度予算額", "防災行政無線更新事業 50,000千円 30,000千円"), "50,000千円", "budget"),  # a request alone
    (("事業名 補正前の額 補正額 補正後の額", "子育て支援事業 3,000千円"), "3,000千円", "supplementary_budget"),  # one figure
    (("事業名 補正前の額 補正額 補正後の額", "主な事業は次のとおり", "子育て支援事業 12,000千円 3,000千円 15,000千円"), "12,000千円",
     "supplementary_budget"),  # a line with no figure ended the table
])
def test_rows_off_a_column_kinds_header_keep_their_roles(lines, figure, role):
    assert _roles("令和7年度 一般会計補正予算の概要" if "補正" in lines[0] else "令和7年度 予算の概要", *lines)[figure][0] == role


# a sheet's strip of years on one budget row: the row is the sheet's year's, last year's the previous budget
@pytest.mark.parametrize("title, header, row, year", [
    ("事業評価シート（令和6年度）", "予算額 令和4年度 令和5年度 令和6年度", "当初予算 1,200千円 1,350千円 1,500千円", 2024),
    ("行政事業レビューシート", "| 区分 | 令和4年度 | 令和5年度 | 令和6年度 |", "| 当初予算 | 1,200千円 | 1,350千円 | 1,500千円 |", 2024),
    ("事務事業評価表（令和5年度）", "予算額 令和4年度 令和5年度 令和6年度", "予算額 1,200千円 1,350千円 1,500千円", 2023),
])
def test_a_year_strips_budget_row_is_the_sheets_year(title, header, row, year):
    found = _roles(title, "事業名 地域公共交通確保維持事業", header, row)
    by_year = {fy: role for role, fy, _ in found.values()}
    assert by_year[year] == "budget"
    assert by_year[year - 1] == "previous_budget"
    assert [role for role, fy, _ in found.values() if fy < year - 1] in ([], ["other"])
    assert amounts_by_text(title, "事業名 地域公共交通確保維持事業", header, row)[
        next(t for t, (r, fy, _) in found.items() if fy == year)].program == "地域公共交通確保維持事業"


@pytest.mark.parametrize("row", [
    "執行額 1,100千円 1,300千円 1,450千円",  # what was spent, no budget's strip
    "当初予算 1,200千円 1,350千円",  # two years: no strip
])
def test_rows_off_a_year_strip_keep_their_roles(row):
    found = amounts_by_text("事業評価シート（令和6年度）", "区分 令和4年度 令和5年度 令和6年度", row)
    assert all(m.role_source != "strip" for m in found.values())


def test_a_history_with_each_year_written_is_no_strip():
    found = amounts_by_text("ODA予算の推移", "外務省当初予算は、令和3年度7097億円、令和4年度6904億円、令和5年度7560億円となっている。")
    assert all(m.role_source != "strip" for m in found.values())


# a breakdown's list names each part; a list mark inside a line opens the next item
@pytest.mark.parametrize("line, figure, program", [
    ("ODA予算は4238億円。主な内訳は、無償資金協力1605億円(62億円減)、JICA運営費交付金(技術協力)1464億円(39億円減)など。",
     "1605億円", "無償資金協力"),
    ("ODA予算は4238億円。主な内訳は、無償資金協力1605億円(62億円減)、JICA運営費交付金(技術協力)1464億円(39億円減)など。",
     "1464億円", "JICA運営費交付金(技術協力)"),
    ("主な事業は、◇漁港の機能強化:30億円、◇藻場の保全:5億円となった。", "5億円", "藻場の保全"),
])
def test_each_item_of_a_list_in_a_line_is_named_by_its_own_words(line, figure, program):
    assert _named("2015年度予算案", line)[figure][0] == program


def test_a_list_after_no_breakdown_topic_names_no_part():
    # (`予算は、` is the whole's topic, no breakdown's: the parts' rule does not name `予算は` lists)
    m = amounts_by_text("2015年度予算案", "外務省の予算は、4238億円、前年度の4230億円から微増した。")["4238億円"]
    assert m.program != "4238億円"
    assert m.program is None or "予算" not in m.program or m.total_of


# a local supplementary's numbered programme lines: `(N)name【office】 補正額:N千円`, siblings of one with sub-items
def test_a_programmes_own_supplementary_beside_a_sibling_with_items_is_a_row():
    found = amounts_by_text("令和5年度5月補正予算(案)の概要", "(1)企画事務費【企画政策課】 補正額:7,353千円",
                            "鉄軌道事業者に対して、支援金を支給する。", "(2)生産調整推進対策事業費【農林課】 補正額:7,500千円",
                            "原油価格高騰対策支援金 7,000千円", "肥料価格高騰対策支援金 500千円",
                            "(3)畜産振興費【農林課】 補正額:2,120千円")
    for text, name in (("7,353千円", "企画事務費"), ("2,120千円", "畜産振興費")):
        m = found[text]
        assert (m.role, m.total_of, m.program) == ("supplementary_budget", None, name)


@pytest.mark.parametrize("lines, figure", [
    (("☆補正額 378億円", "・道路整備事業 3億円"), "378億円"),  # the supplementary's own total
    (("今回の補正額 5億円", "・道路整備事業 3億円"), "5億円"),
])
def test_a_supplementarys_total_label_alone_is_still_a_whole(lines, figure):
    assert amounts_by_text("令和5年度補正予算の概要", *lines)[figure].total_of


def test_a_policy_pillar_beside_a_pillar_with_items_stays_a_whole():
    found = amounts_by_text("令和4年度12月補正予算の概要", "1⃣ 物価高騰対策 約8.2億円", "・事業者支援事業 約5億円",
                            "・生活者支援事業 約3.2億円", "2⃣ 新型コロナ第8波緊急対策 約51億円")
    assert found["51億円"].total_of


@pytest.mark.parametrize("line, figure, whole", [
    ("文部科学省 計 9,780億円", "9,780億円", "文部科学省"),
    ("| 国土交通省 | 3兆8,200億円 | 3兆7,900億円 |", "3兆8,200億円", "国土交通省"),
    ("【内閣府】 合計 1,200億円", "1,200億円", "内閣府"),
    ("文部科学省 学校施設整備事業 80億円", "80億円", None),  # a programme after the ministry: its row
    ("教育委員会 計 3億円", "3億円", None),  # a local department
])
def test_a_ministrys_own_total_line_is_no_programme(line, figure, whole):
    from extract.context.ministry_names import ministry_total
    from extract.normalize import normalize
    text = normalize(line).text
    assert ministry_total(text, text.index(normalize(figure).text)) == whole


@pytest.mark.parametrize("line, figure, program", [
    ("また、昨年の豪雨による被災地での農業施設修復に3,000万円が計上される。", "3,000万円", "被災地での農業施設修復"),
    ("今年の台風に伴う道路災害復旧事業に5,000万円を計上した。", "5,000万円", "道路災害復旧事業"),
])
def test_a_past_events_clause_before_a_name_is_no_part_of_it(line, figure, program):
    assert _named("令和元年度 一般会計補正予算", line)[figure][0] == program


@pytest.mark.parametrize("name", ["ＩＣＴ活用による医療体制強化支援事業", "人工衛星の利用等による地殻変動監視の推進"])
def test_a_means_clause_with_no_time_before_it_stays_in_the_name(name):
    from extract.context.name_phrase import noun_phrase
    assert noun_phrase(name) == name


@pytest.mark.parametrize("line, figure, program", [
    ("主な事業は、土木費の町道改良工事(1億7千万円)や町営住宅の改修工事(7千万円)など。", "7千万円", "町営住宅の改修工事"),
    ("このほか、新たに8年度就役予定の小型巡視艇2隻に15億円を計上した。", "15億円", "小型巡視艇2隻"),
])
def test_a_class_a_listed_item_and_an_adverb_before_a_name_are_no_part_of_it(line, figure, program):
    assert _named("令和7年度 当初予算", line)[figure][0] == program


@pytest.mark.parametrize("phrase, name", [
    ("土木費の町道改良工事", "町道改良工事"),
    ("民生費の保育所整備事業(3億円)と教育費の給食センター改修工事", "給食センター改修工事"),
])
def test_a_class_and_a_listed_item_before_a_name_are_cut(phrase, name):
    from extract.context.name_phrase import noun_phrase
    assert noun_phrase(phrase) == name


@pytest.mark.parametrize("name", ["土木費用対効果分析事業", "教育費負担軽減事業", "新たな観光振興事業"])
def test_words_that_only_look_like_a_class_or_an_adverb_stay(name):
    from extract.context.name_phrase import noun_phrase
    assert noun_phrase(name) == name


@pytest.mark.parametrize("line, figure, program, ministry", [
    ("○ 児童手当（こども家庭庁） 2兆1,666億円（1兆5,246億円）", "2兆1,666億円", "児童手当", "こども家庭庁"),
    ("・保育所等の整備（こども家庭庁・文部科学省） 800億円", "800億円", "保育所等の整備", "こども家庭庁・文部科学省"),
    ("・地域防災拠点整備事業 90億円【内閣府・総務省】", "90億円", "地域防災拠点整備事業", "内閣府・総務省"),
])
def test_a_national_bodys_name_and_a_shared_programmes_ministries(line, figure, program, ministry):
    assert _named("令和7年度 こども・子育て関連予算の概要", line)[figure] == (program, ministry)


def test_a_joint_box_of_a_local_department_is_no_ministry():
    assert _named("令和7年度 当初予算の概要", "・学校給食事業（教育委員会・福祉部） 3億円")["3億円"][1] is None


def _budget_lines(*texts: str) -> list:
    """The lines' LineInfos with every amount made a budget figure (as the role pass leaves an assessed figure)."""
    from extract.context.labels import LineInfo
    from extract.normalize import normalize

    out = []
    for t in texts:
        ms = [m for m in mentions(t) if m.kind == "amount"]
        for m in ms:
            m.role = "budget"
        out.append(LineInfo(normalize(t).text, ms))
    return out


# the assessed figure of a compilation's item is named by the words before the line's first label, or the line above
@pytest.mark.parametrize("lines, k, name", [
    (("防災行政無線更新事業 要求額 50,000千円 査定額 45,000千円",), 1, "防災行政無線更新事業"),
    (("■ 道路維持補修事業", "要求額 30,000千円", "査定額 28,000千円"), 0, "道路維持補修事業"),
    (("令和9年度要求額 3,600百万円（令和8年度予算額 2,400百万円）",), 0, None),  # a sheet's request: its title names it
    (("令和7年度補正予算額 3,000億円（令和6年度補正予算額 1,000億円）",), 0, None),
])
def test_an_assessed_figure_is_named_by_its_item(lines, k, name):
    from extract.context.column_kinds import labelled_item

    infos = _budget_lines(*lines)
    i = len(infos) - 1
    assert labelled_item(infos, i, infos[i].amounts[k]) == name


@pytest.mark.parametrize("line, figure", [
    ("この補正では歳入歳出にそれぞれ1,214万9,000円を追加し、総額は7億8,214万9,000円になると説明した。", "1,214万9,000円"),
    ("今回の補正は、歳入歳出それぞれ3億円を追加するものです。", "3億円"),
])
def test_a_sum_added_to_both_sides_is_the_whole_supplementary(line, figure):
    from extract.context.labels import LineInfo
    from extract.context.prose_totals import unnamed_total
    from extract.normalize import normalize
    m = amounts_by_text("令和5年度 簡易水道事業特別会計補正予算", line)[figure]
    assert unnamed_total(LineInfo(normalize(line).text, [m]), m)  # no row: the sentence's whole



def test_a_total_row_under_a_header_of_column_kinds_is_no_row():
    found = amounts_by_text("令和7年度 予算編成過程の公表", "事業名 要求額 査定額", "道路維持補修事業 30,000千円 28,000千円",
                            "市民部 計 45,700千円 38,300千円")
    assert found["38,300千円"].total_of


def test_a_change_column_is_no_previous_year():
    found = amounts_by_text("令和7年度 予算編成過程の公表", "事業名 要求額 査定額 前年度比", "橋りょう点検事業 1,200万円 1,000万円 150万円")
    assert found["150万円"].role == "other"
    assert found["1,000万円"].role == "budget"


@pytest.mark.parametrize("line, figure, program", [
    ("【教育委員会】学校給食事業 3億円", "3億円", "学校給食事業"),
    ("・図書館整備事業【教育庁】 2億円", "2億円", "図書館整備事業"),
])
def test_a_local_departments_box_is_a_label_of_no_ministry(line, figure, program):
    assert _named("令和7年度 当初予算の概要", line)[figure] == (program, None)


@pytest.mark.parametrize("title, name", [
    ("地域公共交通確保維持改善事業 令和8年度予算の概要", "地域公共交通確保維持改善事業"),
    ("「こども誰でも通園制度」 令和8年度予算のポイント", "こども誰でも通園制度"),
    ("令和8年度予算の概要", None),  # the document alone names no programme
])
def test_a_sheets_title_of_a_programme_then_its_budget_document_names_it(title, name):
    assert _named(title, "令和8年度予算額 208億円（令和7年度 200億円）")["208億円"][0] == name
