"""Roles a figure's few words before or after it give in prose news of budgets and requests (context/stage_marks.py,
context/request_verbs.py, context/roles.py): a stage mark alone (`当初N、補正M`), a ditto label (`（同N）`), a figure a
budget's verb takes in a budget deck with no scope label (`N円を要求`, `N円が新規計上`), a previous-year label
(`昨年度のN`) unless a comparison stands between (`前年度を上回るN`), and a level after an amount's change
(`…比べてN円増額のM円`). Probe lines are made up in several issuers' styles; near misses keep their old reading."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text as _found

_NEWS = "農林水産省は来年度予算の概算要求をまとめた。"


@pytest.mark.parametrize("line, initial, supplementary", [
    ("「スマート農業の推進」に当初120億円、補正85億円を計上。", "120億円", "85億円"),
    ("・港湾の耐震化 当初 42億円、補正 16億円", "42億円", "16億円"),
    ("森林整備には当初で310億円、補正で95億円を充てる。", "310億円", "95億円"),
])
def test_stage_marks_say_initial_and_supplementary(line: str, initial: str, supplementary: str) -> None:
    found = _found("令和7年度予算案の概要", line)
    assert found[initial].role == "budget"
    assert found[supplementary].role == "supplementary_budget"


@pytest.mark.parametrize("line, figure", [
    ("事業開始当初5億円だった基金は、", "5億円"),  # `当初` inside a word (at the start of): no stage mark
    ("計画の補正係数で3億円を算定した。", "3億円"),  # `補正` inside a compound
    ("建設費は当初は30億円を見込んでいたが、資材高騰で42億円に膨らんだ。", "30億円"),  # `at first`
    ("事業費は当初3億円の予定だったが、設計変更で増えた。", "3億円"),
    ("契約金額は当初が1億2,000万円で、変更後は1億3,500万円となった。", "1億2,000万円"),
    ("新庁舎の建設費は、当初30億円の計画だったが、42億円に膨らんだ。", "30億円"),
    # a budget verb later in the sentence that does not take the figure, or a plan after the verb
    ("新庁舎の建設には当初3億円を投じる計画だったが、最終的に5億円を投じた。", "3億円"),
    ("事業費は当初20億円で、県が財源を確保する見通しだった。", "20億円"),
])
def test_near_miss_stage_word_inside_a_word(line: str, figure: str) -> None:
    assert _found("新体育館の建設", line)[figure].role not in ("budget", "previous_budget", "supplementary_budget")


@pytest.mark.parametrize("line, figure, role", [
    ("再生可能エネルギーの導入支援(要求額は84億円)と、送電網の強化(同27億円)を盛り込んだ。", "27億円", "budget"),
    ("道路の維持(前年度予算額 12億円)と橋梁の補修(同 5億円)", "5億円", "previous_budget"),
])
def test_ditto_repeats_the_label_before(line: str, figure: str, role: str) -> None:
    assert _found(_NEWS, line)[figure].role == role


def test_near_miss_ditto_with_no_label_before() -> None:
    found = _found("市政だより", "公園の整備(同12億円)を行う。")
    assert found["12億円"].role not in ("budget", "previous_budget")


@pytest.mark.parametrize("lead, line, figure", [
    (_NEWS, "水産資源調査の拡充として18億3000万円を要求している。", "18億3000万円"),
    ("気象庁は来年度概算要求で観測網を強化する方針。", "線状降水帯の予測精度の向上には、45億円が新規計上された。", "45億円"),
    ("令和8年度 文部科学省予算案のポイント", "教員の働き方改革に向けて、新たに230億円を計上する。", "230億円"),
    ("環境省の概算要求が出そろった。", "脱炭素先行地域づくりは前年並みの350億円で要求した。", "350億円"),
])
def test_a_budget_verb_takes_the_figure(lead: str, line: str, figure: str) -> None:
    assert _found(lead, line)[figure].role == "budget"


@pytest.mark.parametrize("lead, line, figure", [
    ("株式会社の決算短信", "特別損失として12億円を計上した。", "12億円"),  # no budget deck: a loss booked
    (_NEWS, "財政調整基金から8億円を繰り入れて計上した。", "8億円"),  # a source drawn on
    (_NEWS, "補正予算では20億円、当初予算では30億円とし、合わせて50億円を計上した。", "50億円"),  # a sum of two kinds
    (_NEWS, "前年度から5億円減額して計上した。", "5億円"),  # a cut
    (_NEWS, "1件当たり上限300万円を計上する。", "300万円"),  # a grant's cap
])
def test_near_miss_no_budget_by_the_verb(lead: str, line: str, figure: str) -> None:
    assert _found(lead, line)[figure].role != "budget"


@pytest.mark.parametrize("line, figure, role", [
    ("「地域交通の再構築」は昨年度の40億円から大きく増え、55億円となった。", "40億円", "previous_budget"),
    ("一般会計総額は前年度を上回る115兆円となった。", "115兆円", "budget"),  # compared with last year: this year's
    ("防災関係予算は、前年度当初を超える32億円を確保した。", "32億円", "budget"),
    ("「交通安全対策事業」は昨年度比3億円の増となった。", "3億円", "other"),
    ("昨年度の決算額は2億5,000万円でした。", "2億5,000万円", "!previous_budget"),  # near miss: a settlement
])
def test_previous_year_label_and_comparisons(line: str, figure: str, role: str) -> None:
    got = _found("令和7年度予算の概要", line)[figure].role
    assert got != role[1:] if role.startswith("!") else got == role


@pytest.mark.parametrize("line, figure", [
    ("令和7年度の一般会計予算の総額は、前年度と比べて12億円増額の340億円となった。", "340億円"),
    ("令和7年度の防衛関係費は、前年度に比べて500億円増の7兆9,000億円である。", "7兆9,000億円"),
    ("当初予算の総額は、前年度当初比で2億1000万円(3.1%)増の70億円となりました。", "70億円"),
])
def test_a_level_after_an_amount_change_is_the_budget(line: str, figure: str) -> None:
    assert _found("予算の概要", line)[figure].role == "budget"


def test_near_miss_an_amount_then_of_is_no_level() -> None:
    found = _found("予算の概要", "令和7年度の総事業費1億円の内訳として、設計費2,000万円を見込む。")
    assert found["2,000万円"].role != "budget"


def test_a_sum_of_an_account_added_stays_the_budget() -> None:
    """`…で120億円、復興特別会計を合わせて124億円`: an account added to the year's budget, no sum of two kinds of money."""
    found = _found("令和8年度 復興庁予算案の概要",
                   "令和7年度補正予算では8億円、令和8年度予算案では一般会計のみで96億円、特別会計を合わせて101億円が計上された。")
    assert found["101億円"].role == "budget"


@pytest.mark.parametrize("lead", [
    "国の補正予算案を受け、市は独自の対策の検討に入った。",  # another body's bill, mentioned only
    "野党は、政府の予算案を「ばらまき」と批判した。",
])
def test_near_miss_a_lead_that_mentions_a_budget_makes_no_budget_deck(lead: str) -> None:
    assert _found(lead, "", "市は公共交通の維持に2億円を計上した。")["2億円"].role != "budget"


@pytest.mark.parametrize("line, figure, role", [
    ("特別会計は、対前年度比2.4%増の18億3,000万円。", "18億3,000万円", "budget"),  # an account as the topic
    ("町税は前年度比1.2%増の9億8,000万円を見込む。", "9億8,000万円", "other"),  # a revenue as the topic
    ("一般会計の決算では、歳入は前年度比3.1%増の120億円だった。", "120億円", "other"),  # a side as the topic
])
def test_a_level_is_an_accounts_budget_when_the_account_is_the_topic(line: str, figure: str, role: str) -> None:
    assert _found("市政だより", line)[figure].role == role


@pytest.mark.parametrize("line, added, whole", [
    ("既定の歳入歳出予算の総額に歳入歳出それぞれ2億4,000万円を追加し、88億1,500万円とするものです。", "2億4,000万円", "88億1,500万円"),
    ("一般会計補正予算は、1,250万円を追加し、総額34億5,600万円としました。", "1,250万円", "34億5,600万円"),
    ("6,400万円が減額補正され、予算の総額を41億2,000万円とした。", "6,400万円", "41億2,000万円"),
])
def test_the_whole_after_a_supplementary_is_the_budget(line: str, added: str, whole: str) -> None:
    found = _found("令和7年度6月補正予算の概要", line)
    assert found[added].role != "budget"  # the change itself stays the supplementary's (or other)
    assert found[whole].role == "budget" and found[whole].total_of


@pytest.mark.parametrize("line, figure", [
    ("公園の遊具を追加し、事業費を1,200万円とした。", "1,200万円"),  # no figure added before: the work's own cost
    ("1,250万円を追加し、その財源は繰越金200万円とした。", "200万円"),  # the clause names no whole
])
def test_near_miss_no_whole_after_the_supplementary(line: str, figure: str) -> None:
    found = _found("令和7年度6月補正予算の概要", line)
    assert not (found[figure].role == "budget" and found[figure].role_source == "level")


@pytest.mark.parametrize("line, figure", [
    ("事業費は当初は3億円の予定だったが、資材高騰で5億円に増えた。", "3億円"),  # `initially`: no stage mark
    ("道路の維持(前年度予算額 12億円)と橋梁の補修(同2億円増)", "2億円"),  # a ditto bracket holding a change
])
def test_near_miss_initially_and_a_ditto_change(line: str, figure: str) -> None:
    assert _found("市政だより", line)[figure].role not in ("budget", "previous_budget")


@pytest.mark.parametrize("lead, line, figure, role", [
    ("市は9月補正予算案を発表した。", "一般会計は8億2,300万円で、物価高騰対策が中心。", "8億2,300万円", "supplementary_budget"),
    ("県は補正予算案を提出します。", "一般会計の総額で120億円余りの補正予算案となる。", "120億円", "supplementary_budget"),
    # near misses: the whole after the supplementary, and an account under the year's budget
    ("市は9月補正予算案を発表した。", "補正後の一般会計の総額は612億円となる。", "612億円", "budget"),
    ("市は令和8年度当初予算案を発表した。", "一般会計は612億円で、過去最大。", "612億円", "budget"),
])
def test_an_accounts_figure_in_a_supplementarys_scope(lead: str, line: str, figure: str, role: str) -> None:
    assert _found(lead, line)[figure].role == role


def test_near_miss_last_years_statistic_changed_is_no_previous_budget() -> None:
    found = _found("令和7年度当初予算の概要", "観光消費額が昨年度の320億円から350億円に伸びた。")
    assert found["320億円"].role != "previous_budget"


def test_near_miss_last_years_statistic_is_no_previous_budget() -> None:
    found = _found("市長は定例記者会見で、来年度予算案の編成方針について説明した。", "",
                   "昨年度の観光客数は過去最高で、観光消費額は320億円に達した。")
    assert found["320億円"].role == "other"


@pytest.mark.parametrize("line, figure", [
    ("これにより、一般会計は635億円となる。", "635億円"),  # the account as it stands after the supplementary
    ("補正後の予算総額は、一般会計が635億円、特別会計が392億円となる。", "392億円"),
    ("一般会計は635億円規模に膨らむ。", "635億円"),
])
def test_near_miss_an_accounts_result_after_the_supplementary(line: str, figure: str) -> None:
    assert _found("市は9月補正予算案を発表した。", line)[figure].role == "budget"



@pytest.mark.parametrize("title, caption, lead, line, figure", [
    # a news item on a city's own supplementary (the headline's figure before its label, the lead's figure before the bill):
    # what the items' budget verbs put in is what the supplementary adds
    ("燃料高騰対策など1億4千万円増額 北山町が補正予算案", "【会見する山田町長=北山町役場で】",
     "【北山】北山町の山田町長は12日の会見で、燃料高騰対策など約1億4千万円を増額する令和5年度一般会計補正予算案を発表した。",
     "農業者の燃料費支援事業として事業費約1,250万円を計上する。", "1,250万円"),
    ("子育て支援に9600万円 南市が補正予算案", "【記者会見する佐藤市長】",
     "【南】南市の佐藤市長は3日、子育て世帯への支援など9600万円を追加する2024年度一般会計補正予算案を発表した。",
     "学習支援事業には事業費約600万円を計上した。", "600万円"),
    ("除雪費など5億円追加 東村", "(東村役場)", "東村は20日、除雪費など5億円を追加する令和6年度第4次補正予算案を村議会に提出した。",
     "村道の除雪委託に事業費3,100万円を盛り込んだ。", "3,100万円"),
])
def test_an_announced_supplementary_gives_its_verbs_figures_its_role(title: str, caption: str, lead: str, line: str,
                                                                     figure: str) -> None:
    assert _found(title, caption, lead, line)[figure].role == "supplementary_budget"


@pytest.mark.parametrize("title, lead, line, figure, role", [
    # near misses: the year's budget announced keeps `budget`, a supplementary named elsewhere in its lead too
    ("学校給食など3億円 北山町", "北山町は12日、給食費の無償化など総額85億円の令和5年度一般会計予算案を発表した。",
     "農業者の燃料費支援事業として事業費約1,250万円を計上する。", "1,250万円", "budget"),
    ("村道改良に6,800万円 東村", "東村は新年度予算案を村議会に提出した。", "村道の改良に6,800万円を計上した。", "6,800万円", "budget"),
    ("除雪費など5億円 東村", "東村は20日、補正で賄った昨冬に続き除雪費など総額30億円の令和7年度一般会計予算案を村議会に提出した。",
     "村道の除雪委託に事業費3,100万円を盛り込んだ。", "3,100万円", "budget"),  # `補正` not the announced budget's stage
])
def test_near_miss_an_announced_budget_of_another_stage(title: str, lead: str, line: str, figure: str, role: str) -> None:
    assert _found(title, lead, line)[figure].role == role


@pytest.mark.parametrize("lead, line, figure, role", [
    # a body's general meeting adopting its own budget makes the deck a budget's: its spending lines are that budget
    ("一般社団法人北山町観光協会は20日、通常総会を開き、今年度の事業計画と収支予算を承認した。",
     "新年度の支出は、観光イベント事業が320万円、広報宣伝事業が85万円などとした。", "85万円", "budget"),
    ("南市国際交流協会は通常総会で、今年度の事業計画と予算を原案通り決めた。",
     "支出では、日本語教室事業が48万円、国際理解講座事業が26万円などとした。", "26万円", "budget"),
    # near miss: a settlement approved names no budget
    ("一般社団法人北山町観光協会は20日、通常総会を開き、昨年度の事業報告と収支決算を承認した。",
     "昨年度の支出は、観光イベント事業が320万円、広報宣伝事業が85万円などだった。", "85万円", "other"),
    # near misses of `決め` (fixr20): a project decided with its estimated cost is no budget adopted, in the lead or after it
    ("西川市は、老朽化した市民体育館を建て替える基本計画を決めた。", "総事業費は約42億円を見込み、2029年度の完成を目指す。",
     "42億円", "other"),
    ("東浜町は、総事業費約18億円で駅前広場を再整備する方針を決めた。", "完成は2028年度の予定。", "18億円", "other"),
])
def test_a_body_adopting_its_own_budget_makes_a_budget_deck(lead: str, line: str, figure: str, role: str) -> None:
    assert _found("協会の総会", lead, line)[figure].role == role
