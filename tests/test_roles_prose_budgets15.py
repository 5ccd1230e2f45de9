"""Budgets stated in prose and in flattened outlines, by wordings the dev sets did not use (issue 21, fresh10b: ministries'
programme pages and news of their budgets). The meaning classes, not one page's words:

- an appropriating verb of any wording (`手当てした`, `配分した`, `充当する`, `上積みした`, and the okurigana variant `盛込んだ`
  of `盛り込んだ`) appropriates what it takes, as `計上` does;
- `N次補正` (the press's short form of `第N次補正予算`) is a supplementary's label;
- a flattened outline (a PDF's text layer in one line): a figure after a budget figure with only the outline's markers and
  item names between (`第N`, `(N)`, `○`, a page number `- 1-`, the close of a bracketed note) is the same kind of money.
Several wordings each, and the near misses that must not change."""
from __future__ import annotations

import pytest

from .helpers import text_deck_outline


def run(*texts: str):
    mentions, _ = text_deck_outline(texts)
    return {m.text: m for m in mentions if m.kind == "amount"}


SUPPLEMENTARY = "令和5年度補正予算案の概要"


@pytest.mark.parametrize("line, figure", [
    ("社会福祉施設の耐震化整備の費用として172億円を手当てした。", "172億円"),
    ("中小企業対策では、飲食店への支援として4億4000万円を配分した。", "4億4000万円"),
    ("道路の補修に3億円を充当する。", "3億円"),
    ("来年度の選挙の執行経費には571億円を盛込んだ。", "571億円"),
    ("優先課題推進枠に473億円を上積みした。", "473億円"),
    ("港湾整備には1,300億円を振向ける。", "1,300億円"),
])
def test_an_appropriating_verb_of_any_wording_appropriates(line, figure):
    assert run(SUPPLEMENTARY, line)[figure].role == "supplementary_budget"


@pytest.mark.parametrize("line, figure, role", [
    ("社会福祉施設の耐震化整備の費用として172億円を手当てした。", "172億円", "other"),  # no budget named anywhere
    ("前年度より50億円上積みした。", "50億円", "other"),  # a change from last year
])
def test_near_misses_of_appropriating_verbs(line, figure, role):
    assert run("町の話題をお知らせします。", line)[figure].role == role


@pytest.mark.parametrize("line, figure", [
    ("2次補正の厚労省総額1346億円 18年度予算案、国土強靱化など重点", "1346億円"),
    ("第3次補正の国交省分は2兆円", "2兆円"),
])
def test_an_nth_supplementary_is_a_supplementarys_label(line, figure):
    assert run(line)[figure].role == "supplementary_budget"


FLAT = ("平成28年度厚生労働省第二次補正予算(案)の概要 計 5,698億円 (うち特別会計52億円) 第1 一億総活躍社会の実現の加速 "
        "4,477億円 (1)安心して子どもを産み育てられる環境の整備 626億円 (2)介護人材の確保、介護離職防止の推進等 166億円 "
        "(3)社会全体の所得と消費の底上げ 第2 21世紀型のインフラ整備 3,685億円")
FLAT_B = ("令和3年度農林水産省補正予算の概要 総額 4,000億円 ○ 経営継続の支援 1,200億円 ○ 輸出の拡大 300億円 "
          "- 2- ① 産地の整備 150億円")


@pytest.mark.parametrize("deck, figures", [
    (FLAT, ("4,477億円", "626億円", "166億円", "3,685億円")),
    (FLAT_B, ("1,200億円", "300億円", "150億円")),
])
def test_a_flattened_outlines_items_are_the_scopes_kind(deck, figures):
    found = run(deck)
    for figure in figures:
        assert found[figure].role == "supplementary_budget", figure


# the label the sentence set before its first figure frames the figures listed in parallel after it (no topic particle)
@pytest.mark.parametrize("line, figures, fy", [
    ("一方、部会には2019年度予算案の厚労省分も示され、働き方改革の支援として1211億円、女性活躍の推進に323億円、"
     "医薬品などの開発促進に7億円が盛り込まれた。", ("323億円", "7億円"), 2019),
    ("同日、令和7年度予算案の文科省分も公表され、教員の確保として120億円、学校施設の整備に80億円、部活動の地域移行に5億円を"
     "計上した。", ("80億円", "5億円"), 2025),
])
def test_a_sentences_label_frames_the_list_after_its_first_figure(line, figures, fy):
    found = run(SUPPLEMENTARY, line)
    for figure in figures:
        assert (found[figure].role, found[figure].fy) == ("budget", fy), figure


@pytest.mark.parametrize("line, figure, role", [
    # last year's figure first: its list is no budget of the year
    ("前年度予算では道路の補修として3億円、公園の整備に1億円であった。", "1億円", "supplementary_budget"),
    # a list after a figure that no label named keeps the scope's reading
    ("市は、道路の補修として3億円、公園の整備に1億円を計上した。", "1億円", "supplementary_budget"),
])
def test_near_misses_of_a_sentences_label(line, figure, role):
    assert run(SUPPLEMENTARY, line)[figure].role == role


# an era-less year that labels the deck's budget (`27年度補正予算`) states the deck's year in the era its stamp fixes; the
# stamp's own date (`平成28年4月4日現在`, FY2016) is no budget's year
@pytest.mark.parametrize("head, fy", [
    ("省エネ設備投資に使える補助金一覧表 27年度補正予算 平成28年4月4日現在 問い合わせ先: 経済産業局。", 2015),
    ("設備補助金の一覧 5年度補正予算 令和6年5月1日現在 お問い合わせは各担当まで。", 2023),
])
def test_an_eraless_budget_label_states_the_decks_year(head, fy):
    found = run(head + " 1 中小企業の省エネ促進事業 442.0億円")
    assert found["442.0億円"].fy == fy


@pytest.mark.parametrize("line, figure", [
    # a figure labelled by its own noun (a unit cost), not the list's next item (the review's probe)
    ("令和8年度予算額 5,200万円、利用者1人当たり経費 1,300円", "1,300円"),
    ("令和7年度予算額 12億円、職員一人あたり人件費 800万円", "800万円"),
])
def test_a_figure_with_a_label_of_its_own_is_no_list_item(line, figure):
    assert run("令和8年度 事務事業評価シート", "事業名 コミュニティバス運行事業", line)[figure].role == "other"


def test_a_flattened_outlines_market_size_is_no_item():
    found = run("令和8年度 経済産業省予算案の概要 計 1兆2,000億円 第1 GX投資の促進 4,500億円 (1)水素の普及 800億円 "
                "(2)水素市場 3兆円 (3)蓄電池の量産 1,200億円")
    assert found["800億円"].role == "budget"
    assert found["3兆円"].role == "other"
