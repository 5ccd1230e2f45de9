"""Word lists several rules read have one home each (roles.json `changes`, stopwords.json `amount`), and
extract/word_lists.py puts them together per reader: a word added once in its home is seen by every rule that reads the
concept (the tests add it to the loaded dictionary, as an edit of the JSON file gives after a restart)."""
from __future__ import annotations

import pytest

from extract import word_lists
from extract.caches import reset
from extract.dictionary import load

from .helpers import amounts_by_text, mentions

_TITLE = "令和7年度 予算の概要"


def _roles(*lines: str) -> dict[str, str | None]:
    return {t: m.role for t, m in amounts_by_text(_TITLE, *lines).items()}


# (line, figure): a change word right after the figure, read by roles.py (a bracket after a label), comparisons.py
# (a comparison opening the sentence) and prose (a change after the figure)
_CHANGED = [
    ("○ 道路整備事業　12,345千円（前年度 1,000千円{w}）", "1,000千円"),
    ("○ 橋梁補修事業　8,200千円（前年度 300千円{w}）", "300千円"),
    ("前年度当初予算と比較して、一般会計において122億円、1.5%の{w}となりました。", "122億円"),
    ("令和6年度当初予算と比較して、企業会計において15億円、2.1パーセントの{w}となっています。", "15億円"),
]


@pytest.mark.parametrize("line, figure", _CHANGED)
def test_a_change_mark_is_read_by_every_rule(line, figure):
    assert _roles(line.format(w="増"))[figure] == "other"
    assert _roles(line.format(w="減"))[figure] == "other"


@pytest.mark.parametrize("line, figure", _CHANGED)
def test_a_change_mark_added_once_in_its_home_is_seen_by_every_rule(edited_dictionary, line, figure):
    assert _roles(line.format(w="上振れ"))[figure] != "other"  # not a change word yet
    edited_dictionary.setitem(load("roles")["changes"], "marks", [*load("roles")["changes"]["marks"], "上振れ"])
    reset()
    assert _roles(line.format(w="上振れ"))[figure] == "other"
    assert "上振れ" in word_lists.change_words() and "の上振れ" in word_lists.change_after()


def test_each_reader_takes_its_groups_from_the_one_table(edited_dictionary):
    changes = load("roles")["changes"]
    for group in ("marks", "nouns", "resized", "growth", "compared", "cut", "sizes", "spoken", "verbs"):
        edited_dictionary.setitem(changes, group, [*changes[group], f"新語{group}"])
    reset()
    seen = {name: {g for g in changes if f"新語{g}" in "|".join(words)} for name, words in (
        ("change_words", word_lists.change_words()), ("change_after", word_lists.change_after()),
        ("change_lemmas", word_lists.change_lemmas()), ("change_mark", (word_lists.change_mark().pattern,)))}
    assert seen == {"change_words": {"marks", "nouns", "growth"},
                    "change_after": {"marks", "nouns", "resized", "compared", "cut", "sizes"},
                    "change_lemmas": {"verbs", "nouns", "resized", "compared", "cut"},
                    "change_mark": {"marks", "spoken"}}


# a change after a figure in prose; near misses: a supplementary's name (`増額補正`), a level, a word that only opens so
@pytest.mark.parametrize("after, change", [
    ("の増となりました", True), ("減少した", True), ("増額する", True), ("上回る", True), ("多く計上", True),
    ("の増額補正を行う", False), ("増補正", False), ("となった", False), ("の予算", False), ("程度", False),
])
def test_a_change_opens_the_text_after_a_figure(after, change):
    assert word_lists.opens_change(after) is change


@pytest.mark.parametrize("text, spoken", [
    ("九億五千万円ふえて", True), ("三億円へった", True), ("の増", True), ("3億円", False), ("へ移す", False),
])
def test_the_change_mark_reads_speech_kana(text, spoken):
    assert (word_lists.change_mark().search(text) is not None) is spoken


def _yen(text: str) -> list[str]:
    return [m.text for m in mentions(text) if m.kind == "amount"]


# money said without 円: the money nouns come from every home of the concept (stopwords.json amount, roles.json budget
# heads and revenue topics), the verbs too (money_verbs, money_acts, open_figures.budget_verbs, changes resized)
@pytest.mark.parametrize("text, figure", [
    ("来年度の事業費は3億5000万の見込みです。", "3億5000万"),     # roles.json clause_roles.budget_heads
    ("町の税収は、おおむね12億ほどです。", "12億"),               # roles.json prose.revenue_topics
    ("施設の改修に2500万を予算化した。", "2500万"),              # roles.json open_figures.budget_verbs
    ("補助の枠を600万増額する。", "600万"),                      # roles.json changes resized
    ("庁舎の清掃を3200万で落札した。", "3200万"),                 # stopwords.json amount money_acts, a verb after
    ("歳出の見直しで四十億の削減となった。", "四十億"),             # money_acts, a noun before
])
def test_money_words_and_verbs_come_from_each_home(text, figure):
    assert figure in _yen(text) or figure.replace("四十億", "40億") in _yen(text)


@pytest.mark.parametrize("text", ["人口は約12万で、", "来場者は3万を超えた。", "会員数は2万", "三万世帯が対象"])
def test_a_bare_figure_no_money_word_names_stays_no_money(text):
    assert _yen(text) == []


def test_a_money_noun_added_to_a_roles_list_is_money_for_the_amount_rule(edited_dictionary):
    assert _yen("基盤整備枠は1億2000万を見込む。") == []
    edited_dictionary.setitem(load("roles")["clause_roles"], "budget_heads", [*load("roles")["clause_roles"]["budget_heads"], "整備枠"])
    reset()
    assert _yen("基盤整備枠は1億2000万を見込む。") == ["1億2000万"]
