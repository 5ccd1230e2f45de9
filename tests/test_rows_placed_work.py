"""A sentence's budget figure put INTO a budget document (`…24年度予算案に500万円を計上`) is the budget of the work the
sentence names (context/whole_clauses.py placed_work), not that document's whole (issue 21, rows on prose shapes: news
articles of towns, cities and the state left such figures `total_of` the document, no row, in rounds 12, 16 and 20 at blind
time). Lines written for these tests in the style of several issuers' news and bills (a town, a village, a city, the state),
with the near misses that must stay as they are: a document's whole, a sum of all works, a basis, a grant's size, a result,
a previous year's figure, an actor as the topic."""
from __future__ import annotations

import pytest

from extract.context.labels import LineInfo
from extract.context.name_phrase import noun_phrase
from extract.context.whole_clauses import REACH, budget_document, placed_name, placed_work, without_place
from extract.normalize import normalize

from .helpers import mentions
from .test_roles_shapes import amount, rows, run

BUDGET, SUPPLEMENTARY = "令和6年度当初予算案の概要", "12月補正予算案の概要"


@pytest.mark.parametrize("title, line, figure, name", [
    # the sentence's topic names the work, the document is where its money is put
    (BUDGET, "橋梁点検の委託費は25年度予算案に800万円を計上した。", "800万円", "橋梁点検の委託費"),
    (BUDGET, "保育所整備事業は、来年度予算案に1200万円を計上した。", "1200万円", "保育所整備事業"),
    (BUDGET, "給食費の無償化経費は来年度当初予算案に1億2千万円を計上した。", "1億2千万円", "給食費の無償化経費"),
    # the work named between the document and the figure (`など`, `として`, a comma after the document, `へ`)
    (BUDGET, "町は来年度当初予算案に道の駅の改修設計費など3800万円を盛り込んだ。", "3800万円", "道の駅の改修設計費"),
    (BUDGET, "2025年度予算案に新庁舎基本設計費約4500万円を盛り込む。", "4500万円", "新庁舎基本設計費"),
    (SUPPLEMENTARY, "12月補正予算には、除雪対策費など2億5千万円を追加する。", "2億5千万円", "除雪対策費"),
    (BUDGET, "村は新年度予算へ、移住定住促進事業費680万円を盛り込んだ。", "680万円", "移住定住促進事業費"),
    (BUDGET, "市は、令和7年度当初予算に、防犯カメラ設置事業として1500万円を計上した。", "1500万円", "防犯カメラ設置事業"),
    # a name read from the sentence's start loses the document it was put into
    (BUDGET, "市は来年度予算案に学校給食費の無償化に向けた経費として1億2千万円を計上した。", "1億2千万円",
     "学校給食費の無償化に向けた経費"),
    # a level after its change: the work of the topic, also after a relative clause that puts it into the document
    (BUDGET, "図書館改修事業は、来年度予算案に前年度比2千万円増の1億円を計上した。", "1億円", "図書館改修事業"),
    (BUDGET, "政府の来年度予算案に盛り込まれた地方創生交付金は、今年度より20億円少ない980億円となった。", "980億円",
     "地方創生交付金"),
])
def test_a_figure_put_into_a_document_is_the_named_works_row(title, line, figure, name):
    found = run(title, line)
    assert figure in rows(found)
    m = amount(found, figure)
    assert (m.program, m.total_of) == (name, None)


@pytest.mark.parametrize("title, line, figure", [
    # the document's whole: no work named, a sum of all works, a basis, the sum a relative clause refers to
    (SUPPLEMENTARY, "補正予算に5億円を計上した。", "5億円"),
    (SUPPLEMENTARY, "市は12月補正予算に総額5億円を計上した。", "5億円"),
    (BUDGET, "来年度予算案に全事業の合計で12億円を計上した。", "12億円"),
    (SUPPLEMENTARY, "政府は20年度第3次補正予算案に国費ベースで1兆9656億円を計上した。", "1兆9656億円"),
    (BUDGET, "関係予算とは別に、25年度補正予算に計上した同計画関係の1兆9159億円と合わせて取り組む。", "1兆9159億円"),
    (SUPPLEMENTARY, "国の補正予算に伴う経費として566億4,700万円の増額補正等を行う。", "566億4,700万円"),
    # a grant's size, a result, a previous year's figure beside the budgeted one
    (BUDGET, "県は新年度予算案に、中小企業1社当たり上限50万円の補助を盛り込んだ。", "50万円"),
    (BUDGET, "前年度の決算額は2億円で、来年度予算案に2億5千万円を計上した。", "2億円"),
    (BUDGET, "新年度予算に前年度実績の3億円を上回る4億円を計上。", "3億円"),
    # the budget as it stands after supplementaries, compared with the initial one (a town's fiscal report)
    (SUPPLEMENTARY, "3回の補正予算の実施により、当初予算に比べ5.6%増の132億4,116万5千円の現計予算額となっています。",
     "132億4,116万5千円"),
])
def test_a_whole_a_grant_a_result_or_a_previous_figure_is_no_row(title, line, figure):
    assert figure not in rows(run(title, line))


def test_a_previous_year_beside_a_placed_figure_is_its_previous_not_a_row():
    found = run(BUDGET, "図書館改修事業は、来年度予算案に1億円(前年度8千万円)を計上した。")
    assert rows(found) == ["1億円"]
    assert amount(found, "1億円").program == "図書館改修事業"
    assert amount(found, "8千万円").role == "previous_budget"


@pytest.mark.parametrize("line", ["町長は来年度予算案に5億円を計上したと述べた。", "政府は来年度予算案に1兆円を盛り込んだ。"])
def test_an_actor_as_the_topic_names_no_work(line):
    m = run(BUDGET, line)[0]
    assert m.program not in ("町長", "政府")


@pytest.mark.parametrize("head, name", [
    ("工事監理業務の委託費は24年度予算案に", "工事監理業務の委託費"),
    ("17年度予算案に測量や基本計画など約", "測量や基本計画"),
    ("市は来年度予算案に", None),  # an actor
    ("来年度予算案に全事業の合計で", None),  # a basis
    ("国の予算に対して", None),  # no document the money is put into
    ("外務省、補正予算案に過去最高の", None),  # a record, no work
    ("平成13年度当初予算には、道路交通環境の整備に要する費用など総額約", None),  # the sum of the works listed
    ("予算に関する説明で、", None),
    ("3回の補正予算の実施により、当初予算に比べ5.6%増の", None),  # a comparison with the budget, no place (`に比べ`)
    ("歳出予算に占める割合は", None),
])
def test_placed_name(head, name):
    assert placed_name(head) == name


@pytest.mark.parametrize("name, document, bare", [
    ("来年度予算案", True, "来年度予算案"),
    ("12月補正予算", True, "12月補正予算"),
    ("令和7年度当初予算", True, "令和7年度当初予算"),
    ("来年度予算案に学校給食費の無償化に向けた経費", False, "学校給食費の無償化に向けた経費"),
    ("予算に関する説明", False, "予算に関する説明"),  # `に関する`: no place
    ("保育所整備事業", False, "保育所整備事業"),
])
def test_budget_document_and_without_place(name, document, bare):
    assert budget_document(name) is document
    assert without_place(name) == bare


@pytest.mark.parametrize("name, bare", [
    ("続いて新型コロナウイルス感染症対策補助金", "新型コロナウイルス感染症対策補助金"),  # a speaker's `続いて` (minutes)
    ("次いで学童保育運営事業", "学童保育運営事業"),
    ("持続可能な地域交通確保事業", "持続可能な地域交通確保事業"),  # `続` inside a name: no lead word
])
def test_a_speakers_lead_adverb_is_no_part_of_a_name(name, bare):
    assert noun_phrase(name) == bare


CHANGES = "令和4年度12月補正予算案の審査"


@pytest.mark.parametrize("line, figure, name", [
    # a supplementary's change glued to the work it changes (assembly reports, a council member's note, a city's news)
    ("1.道路維持補修事業 修繕費2450万円増額補正への質疑", "2450万円", "道路維持補修事業 修繕費"),
    ("委員会では、財政調整基金積立約3億円増額、子育て世帯臨時給付金の8千万円減額を可決した。", "3億円", "財政調整基金積立"),
    ("委員会では、財政調整基金積立約3億円増額、子育て世帯臨時給付金の8千万円減額を可決した。", "8千万円", "子育て世帯臨時給付金"),
    ("主な事業では、図書館改修事業費を前倒しで2億1500万円を追加。", "2億1500万円", "図書館改修事業費"),
])
def test_a_change_glued_to_a_named_work_is_its_row(line, figure, name):
    found = run(CHANGES, line)
    assert figure in rows(found)
    assert (amount(found, figure).program, amount(found, figure).total_of) == (name, None)


@pytest.mark.parametrize("line, figure", [
    ("一般会計は4億3200万円を増額し、総額は120億円となる。", "4億3200万円"),  # the account's change: the supplementary's size
    ("特別会計と合わせると5千324万円の増額となる。", "5千324万円"),
    ("一般会計は4億3200万円を増額し、総額は120億円となる。", "120億円"),  # the total after it
])
def test_a_change_of_the_whole_stays_no_row(line, figure):
    assert figure not in rows(run(CHANGES, line))


#: over REACH characters of a list with commas and no full stop (a flattened table read as one line)
_LONG_LIST = "、".join(f"第{k}地区の側溝清掃" for k in range(1, 16)) + "、"


@pytest.mark.parametrize("line, figure, name", [
    # the document within the figure's sentence and its reach: the work it names
    ("下水道長寿命化事業は、来年度予算案に3億4千万円を計上した。", "3億4千万円", "下水道長寿命化事業"),
    ("町の新年度予算に盛り込まれた公民館改修事業は、前年度より600万円多い2400万円となった。", "2400万円", "公民館改修事業"),
    # near misses: the document named in an EARLIER sentence, or farther back than the reach on a full-stop-less line
    ("来年度予算案に盛り込まれた公民館改修事業は、1億円。" + _LONG_LIST + "総額2400万円", "2400万円", None),
    ("来年度予算案に盛り込まれた公民館改修事業は、" + _LONG_LIST + "2400万円", "2400万円", None),
    ("公民館改修事業は、来年度予算案に1億円。" + _LONG_LIST + "2400万円", "2400万円", None),
])
def test_placed_work_reads_its_own_sentence_within_its_reach(line, figure, name):
    """A document is read only in the figure's own sentence and within REACH characters before it, as the module's other
    readers do (label_owner, spoken_work): a long line without a full stop costs each figure a window, not the line."""
    assert len(_LONG_LIST) > REACH
    text = normalize(line).text
    (m,) = [m for m in mentions(line) if m.kind == "amount" and m.text == figure]
    assert placed_work(LineInfo(text, [m]), m) == name
