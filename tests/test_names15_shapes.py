"""Budget rows of the shapes no rule read (issue 21, fresh10b's misses generalised): prose measures whose verb is written
without its okurigana or stands after a quote, a work named before `として`; names a comma cut from their list of examples,
a time with `の`, a quote mark whose partner is outside, a newspaper's wrap; a one-programme sheet flattened onto a line;
a label that sums another label; a rate per unit after a slash. Lines written for these tests in several issuers' and
papers' styles (no dev set's wording), each with the near misses that must not change."""
from __future__ import annotations

import pytest

from extract.context.labels import LineInfo
from extract.context.name_phrase import noun_phrase, uncut
from extract.context.page_names import label_led
from extract.context.verb_forms import spellings
from extract.normalize import normalize

from .helpers import amounts_by_text, mentions

_SUPP = "令和5年度 国土交通省補正予算案の概要"


def _row(*texts: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {t: (m.role, m.program, m.total_of) for t, m in amounts_by_text(*texts).items()}


@pytest.mark.parametrize("verb, spelled", [("盛り込", "盛込"), ("積み立", "積立"), ("振り向け", "振向け"), ("計上", "計上")])
def test_a_verb_is_read_with_its_okurigana_left_out(verb, spelled):
    assert spelled in spellings((verb,))


@pytest.mark.parametrize("line, figure, name", [
    ("来年度の統一地方選挙には210億円を盛込んだ。", "210億円", "統一地方選挙"),
    ("港湾の耐震強化に35億円を積立てた。", "35億円", "港湾の耐震強化"),
    ("大臣は「河川の浚渫に48億円、砂防堰堤の整備に12億円」をあげた。", "12億円", "砂防堰堤の整備"),
    ("長官は主な事業として「観光地の再生に80億円」と述べた。", "80億円", "観光地の再生"),
    ("商店街への支援として3億2000万円を計上した。", "3億2000万円", "商店街への支援"),
])
def test_a_prose_measure_is_a_row_of_the_scope(line, figure, name):
    role, program, total = _row(_SUPP, line)[figure]
    assert role == "supplementary_budget" and program == name and total is None


@pytest.mark.parametrize("line, figure", [
    ("1人当たりの支給額として5万円を支給する。", "5万円"),  # a grant's size
    ("売上高の目標として50億円を掲げた。", "50億円"),  # an aim
    ("補助上限として50万円を計上した。", "50万円"),  # a cap
    ("来年度に5億円を繰り越す。", "5億円"),  # a date: when money moves
    ("被災世帯に10万円を配る。", "10万円"),  # a grant given
])
def test_near_misses_of_prose_measures_are_no_rows(line, figure):
    role, program, total = _row(_SUPP, line)[figure]
    assert role not in ("supplementary_budget", "budget") or total is not None or program is None


@pytest.mark.parametrize("before, name, whole", [
    ("「港湾整備、", "空港機能の強化など", "港湾整備、空港機能の強化など"),
    ("農業の担い手確保など、", "農業振興", "農業の担い手確保など、農業振興"),
    ("12億円、下水道の更新等、", "上水道の耐震化", "下水道の更新等、上水道の耐震化"),
])
def test_a_name_keeps_the_list_of_examples_a_comma_cut(before, name, whole):
    assert uncut(before + name, name) == whole


@pytest.mark.parametrize("before, name", [
    ("市は、", "道路整備など"),  # a topic ends the clause
    ("老朽化が進んでおり、", "改修工事など"),  # a verb's clause, no list
    ("8億円、", "公園の整備"),  # a figure before the comma
    ("道路の補修、", "公園の整備"),  # no example list: two works
])
def test_near_misses_of_a_cut_list_keep_the_name(before, name):
    assert uncut(before + name, name) == name


@pytest.mark.parametrize("phrase, name", [
    ("来年度の参議院選挙", "参議院選挙"), ("令和7年度の国際博覧会の開催", "国際博覧会の開催"),
    ("「港湾施設の耐震化", "港湾施設の耐震化"), ("空港の機能強化」", "空港の機能強化"),
    ("他にも災害拠点病院の耐震化", "災害拠点病院の耐震化"), ("ほかにも学校施設の長寿命化", "学校施設の長寿命化"),
    ("「子ども未来」事業", "「子ども未来」事業"),  # a quote inside the name stays
    ("昨年の豪雨による被災地の復旧", "被災地の復旧"),  # a clause around a time, as before
])
def test_a_name_drops_a_time_an_unpaired_quote_and_a_lead(phrase, name):
    assert noun_phrase(phrase) == name


def test_a_newspapers_wrap_after_a_particle_joins_the_name():
    found = _row("令和6年度予算の概算要求", "国土交通省は、防災の", "強化に向けた河川堤防の", "かさ上げに九十億円を要求した。")
    assert found["九十億円"][1] == "強化に向けた河川堤防のかさ上げ" or found["九十億円"][1] == "河川堤防のかさ上げ" \
        or found["九十億円"][1].endswith("河川堤防のかさ上げ")


def test_a_line_that_ends_a_sentence_adds_nothing_to_the_next_lines_name():
    found = _row("令和6年度予算の概算要求", "防災を強化する。", "河川堤防のかさ上げに九十億円を要求した。")
    assert found["九十億円"][1] == "河川堤防のかさ上げ"


@pytest.mark.parametrize("line, name", [
    ("Page 3: 令和5年度補正予算案の事業概要 (PR資料)地域観光資源磨き上げ事業 令和5年度補正予算案額 120億円 観光庁観光地域振興課",
     "地域観光資源磨き上げ事業"),
    ("令和6年度予算の事業概要【PR】脱炭素型地域交通推進事業 令和6年度予算額 35.5億円 環境省地球温暖化対策課", "脱炭素型地域交通推進事業"),
])
def test_a_sheets_name_right_before_its_budget_label_names_the_figure(line, name):
    info = LineInfo(normalize(line).text, mentions(line))
    assert label_led(info, info.amounts[0]) == name


@pytest.mark.parametrize("line", [
    "令和6年度予算の事業概要 (PR資料)概要 令和6年度予算額 35.5億円",  # no programme's name
    "(PR資料)脱炭素型地域交通推進事業 令和6年度予算額 うち国費 35.5億円",  # words after the label
])
def test_no_name_where_no_programme_stands_right_before_the_label(line):
    info = LineInfo(normalize(line).text, mentions(line))
    assert label_led(info, info.amounts[0]) is None


def test_a_one_programme_sheet_flattened_onto_its_first_line_is_named_by_its_title():
    found = _row("地域脱炭素移行・再エネ推進交付金 <概要> 趣旨 基金を設置し、令和4年度補正予算において必要な経費を措置する。 "
                 "事業概要 約350億円(国費) 所要額", "地域脱炭素移行・再エネ推進交付金", "<概要>")
    assert found["350億円"][1] == "地域脱炭素移行・再エネ推進交付金"


@pytest.mark.parametrize("label", ["追加額の計", "要求額の合計", "補正予算の総額"])
def test_a_label_that_sums_another_label_is_a_total(label):
    found = _row("令和5年度 環境省補正予算(案)の内訳", f"{label} 2兆1,500億円", "○ 脱炭素の推進 1,200億円")
    assert found["2兆1,500億円"][2] is not None
    assert found["1,200億円"][2] is None


@pytest.mark.parametrize("line, figure", [
    ("・家庭用燃料電池 3万円/台(上限:30万円)", "3万円"), ("・太陽光パネル 7万円/kW", "7万円"), ("・断熱窓 2万円／枚", "2万円"),
    ("・蓄電池 4万円/kWh", "4万円"),
])
def test_a_rate_per_unit_after_a_slash_is_no_row(line, figure):
    found = _row("令和5年度補正予算 住宅省エネ支援事業", line)
    assert found[figure][0] not in ("budget", "supplementary_budget") or found[figure][2] is not None


def test_a_years_figure_after_a_slash_stays_what_it_was():
    found = _row("令和5年度予算 地域交通確保事業", "○ 運行経費 500万円/年")
    assert found["500万円"][2] != "(rate)"


@pytest.mark.parametrize("line, figure", [
    ("さらに優先課題推進枠に473億円を計上した。", "473億円"), ("新たな特別要望枠として200億円を要求した。", "200億円"),
])
def test_a_requests_frame_is_no_programme(line, figure):
    assert _row("令和2年度予算の概算要求", line)[figure][2] is not None


def test_a_work_that_creates_a_frame_keeps_its_row():
    assert _row("令和2年度予算の概算要求", "融資枠の創設に20億円を計上した。")["20億円"][2] is None


@pytest.mark.parametrize("mark", ["I", "Ⅱ", "III"])
def test_a_roman_numeral_heads_a_part_of_the_outline(mark):
    from .helpers import text_deck_outline
    _, tree = text_deck_outline(["令和5年度 農林水産省補正予算(案)の内訳", f"{mark} 物価高騰対策関係 2,100億円",
                                 "第1 肥料の高騰対策 800億円"])
    assert any(n.kind == "heading" and n.name.startswith("物価高騰対策関係") for n in tree.nodes)


@pytest.mark.parametrize("line", ["I am here", "Villa 計画", "X線検査装置の整備 3億円"])
def test_a_latin_word_is_no_roman_heading(line):
    from .helpers import text_deck_outline
    _, tree = text_deck_outline(["令和5年度 補正予算の内訳", line])
    assert not any(n.kind == "heading" and n.line_index == 1 for n in tree.nodes)


@pytest.mark.parametrize("item", ["　・災害救助費等負担金（内閣府） 410億円", "○ 被災者生活再建支援金 410億円"])
def test_a_pillars_only_item_with_the_pillars_figure_keeps_its_row(item):
    last = amounts_by_text("令和8年度 防災関係予算の概要", "Ⅰ 事前防災の推進 計 900億円", "　・治水事業 500億円",
                           "　・砂防事業 400億円", "Ⅱ 被災者支援の充実 計 410億円", item)["410億円"]  # the item's (the last)
    assert last.line == 6 and last.total_of is None and last.program is not None


@pytest.mark.parametrize("line, figure", [
    ("経済対策の総額として13兆円を計上した。", "13兆円"), ("補正予算の合計として2兆円を計上した。", "2兆円"),
    ("予備費として5,000億円を計上した。", "5,000億円"),
])
def test_a_whole_named_before_as_is_no_row(line, figure):
    assert _row("令和8年度補正予算案の概要", line)[figure][2] is not None


def test_a_work_named_before_as_keeps_its_row_beside_a_whole():
    found = _row("令和8年度補正予算案の概要", "経済対策の総額として13兆円を計上した。",
                 "中小企業の賃上げへの支援として4,500億円を盛り込んだ。")
    assert found["4,500億円"] == ("supplementary_budget", "中小企業の賃上げへの支援", None)


@pytest.mark.parametrize("phrase", ["100年の森づくり事業", "5年の計画期間", "30年のあゆみ記念事業"])
def test_a_number_of_years_with_no_is_part_of_the_name(phrase):
    assert noun_phrase(phrase) == phrase
