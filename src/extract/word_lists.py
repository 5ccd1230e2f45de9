"""The word lists that several rules read, each taken from its one home in the dictionary (roles.json `changes`,
stopwords.json `amount`) and put together as each reader needs it: a word added there is seen by every rule that
reads the concept. Compiled patterns are built on first use and cached (caches.reset() forgets them)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .dictionary import load

#: `と` as a list's mark: another yen figure follows in the same clause (`…除雪費2億円と橋の補修費1億円を計上`; not after
#: `、`: `…2億円と、…1億円`); never `とする`, `と見込まれる`, `と前年度を1億円上回る`, `と比べ`
_NUMERAL = "0-9０-９〇一二三四五六七八九十百千万億兆"
LIST_TO = rf"と(?![比同しないう]|前年|対前)(?=[^、。，,]{{0,30}}?[{_NUMERAL}][{_NUMERAL}.,，]*\s*円)"


def changes(*groups: str) -> tuple[str, ...]:
    """The words of the named groups of roles.json `changes`, in order (`changes("marks", "nouns")`)."""
    table = load("roles")["changes"]
    return tuple(w for g in groups for w in table[g])


def _of(words: tuple[str, ...]) -> list[str]:
    """`増` -> `の増`: a change written as a noun after the figure's `の` (`3億円の増`)."""
    return ["の" + w for w in words]


@lru_cache(maxsize=1)
def change_words() -> tuple[str, ...]:
    """A change right after a figure, in a change column's cell, or ending the noun a figure fills (`8億円増`,
    `…の減`, `収入増`, `5億円の伸び`)."""
    return (*changes("marks"), *_of(changes("marks")), *changes("nouns", "growth"))


@lru_cache(maxsize=1)
def change_after() -> tuple[str, ...]:
    """Prose's change right after a figure (`4億5千万円減少`, `…の増`, `前年度を1億円上回る`, `…より1819億円多い`)."""
    return (*changes("resized", "compared", "cut", "nouns"), *_of(changes("marks")), *changes("marks", "sizes"))


@lru_cache(maxsize=1)
def change_lemmas() -> tuple[str, ...]:
    """The lemmas (Sudachi) of a clause's predicate that make its figure a change (`ふえる`, `減額`, `上回る`)."""
    return changes("verbs", "compared", "resized", "cut", "nouns")


@lru_cache(maxsize=1)
def change_mark() -> re.Pattern[str]:
    """A change written right after a figure, `の` allowed before it (`（同2億円増）`, `…の減`, `九億五千万円ふえて`)."""
    return re.compile(r"\s*(?:の)?" + change_mark_words())


@lru_cache(maxsize=1)
def change_mark_words() -> str:
    """The change's marks and a speech's kana stems, as an alternation (for a reader that frames them otherwise)."""
    return alternation(changes("marks", "spoken"))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of dictionary words (a list, or a table's keys), longest first so 年間 wins over 年."""
    keys = [k for k in words if not str(k).startswith("_")]
    return "(?:" + "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)) + ")"


def opens_change(after: str) -> bool:
    """The text right after a figure opens with prose's change (change_after), not with a supplementary's name
    (`…の増額補正`: roles.json prose.not_change_after)."""
    return after.startswith(change_after()) \
        and not after.lstrip("の").startswith(tuple(load("roles")["prose"]["not_change_after"]))


@lru_cache(maxsize=1)
def money_words() -> tuple[str, ...]:
    """Nouns that say a bare 万/億/兆 figure in their sentence is yen (`予算`, `売上`, `歳入`, `…額`): stopwords.json
    amount money_words and money_acts, with roles.json's budget heads and revenue topics."""
    amount, roles = load("stopwords")["amount"], load("roles")
    return (*amount["money_words"], *amount["money_acts"], *roles["clause_roles"]["budget_heads"],
            *roles["prose"]["revenue_topics"])


@lru_cache(maxsize=1)
def money_verbs() -> list[str]:
    """The verbs that take a figure with no 円 as money when written right after it (`600万計上`, `46億で落札`):
    stopwords.json amount money_verbs and money_acts, roles.json open_figures.budget_verbs and changes resized."""
    amount, roles = load("stopwords")["amount"], load("roles")
    return [*amount["money_verbs"], *amount["money_acts"], *roles["open_figures"]["budget_verbs"], *changes("resized")]


@lru_cache(maxsize=1)
def ceiling_headings() -> tuple[str, ...]:
    """A heading's name for money of other years or a ceiling (`債務負担行為`, `繰越明許費`, `地方債`): roles.json
    open_figures.ceiling_words and ceiling_headings."""
    roles = load("roles")
    return (*roles["open_figures"]["ceiling_words"], *roles["ceiling_headings"])


@lru_cache(maxsize=1)
def supplementary_change_verbs() -> tuple[str, ...]:
    """The verbs of a clause that adds to or cuts the budget (`…を追加し`, `…が減額補正され`): roles.json
    prose.supplementary_verbs and supplementary_change_verbs."""
    roles = load("roles")
    return (*roles["prose"]["supplementary_verbs"], *roles["supplementary_change_verbs"])


@lru_cache(maxsize=1)
def per_unit() -> tuple[str, ...]:
    """The words of a rate per unit (`1事業あたり`, `1件につき`): roles.json prose.per_head and cap_terms.per_unit."""
    roles = load("roles")
    return (*roles["prose"]["per_head"], *roles["cap_terms"]["per_unit"])


@lru_cache(maxsize=1)
def per_recipient() -> tuple[str, ...]:
    """The words before a figure that make it a grant's size per recipient or a cap (`…当たり`, `1世帯`, `上限`):
    per_unit() and roles.json per_recipient."""
    return (*per_unit(), *load("roles")["per_recipient"])


@lru_cache(maxsize=1)
def request_verbs() -> tuple[str, ...]:
    """The verbs that put money into a budget (`N円を計上`, `N円要求`, `N円を予算化`): roles.json open_figures.budget_verbs,
    which can only put money into a budget, and request_verbs."""
    roles = load("roles")
    return (*roles["open_figures"]["budget_verbs"], *roles["request_verbs"])


@lru_cache(maxsize=1)
def lead_subject() -> str:
    """A lookbehind for the `は` of a news lead's subject, whole (`宇都宮市は`, `政府は`, `(真塩卓村長)は`; not `入院は`,
    `延長は`, `(目安)は`, `地区は`): anchors.json lead_subjects, less lead_not_subjects. Read by the day of a lead in
    Arabic (rules/date_relative.py) and in kanji (kanji_figures.py), so both take the same subjects."""
    anchors = load("anchors")
    subjects = [re.escape(w) + close for w in anchors["lead_subjects"] for close in ("", r"\)")]
    not_subjects = "".join(f"(?<!{re.escape(w)}は)" for w in anchors["lead_not_subjects"])
    return "(?:" + "|".join(f"(?<={w}は)" for w in subjects) + ")" + not_subjects


#: a character of a name's compound (kanji, katakana, the long vowel)
_NAME_CHAR = "[\u4e00-\u9fff\u30a0-\u30ff]"


@lru_cache(maxsize=1)
def _balance_in_name() -> re.Pattern[str]:
    """A balance word inside a programme's name, the compound it opens ending as a programme or a purpose does
    (programs.json suffixes, roles.json owned_figures ends and share_purposes: `農業経営損益改善支援事業`)."""
    roles = load("roles")
    ends = {*load("programs")["suffixes"], *roles["owned_figures"]["ends"], *roles["share_purposes"]} - {"分"}
    return re.compile(f"(?:{alternation(roles['balance_words'])}){_NAME_CHAR}*?(?:{alternation(ends)})(?!{_NAME_CHAR})")


def names_balance(text: str) -> bool:
    """A balance word of roles.json balance_words heads a label in the text (`経常損益`, `基金残高の見込み`), not one inside
    a programme's name (`・農業経営損益改善支援事業 1,800万円`: the programme's budget)."""
    rest = _balance_in_name().sub("", text)
    return any(w in rest for w in load("roles")["balance_words"])


@lru_cache(maxsize=1)
def _both_sides() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, load("roles")["prose"]["both_sides"])))


def without_both_sides(text: str) -> str:
    """The text with both sides of a budget named at once taken out (`歳入歳出それぞれ`, `歳入と歳出にはそれぞれ`: roles.json
    prose.both_sides): what is left names the revenue side alone, if it names it."""
    return _both_sides().sub("", text)


@lru_cache(maxsize=1)
def _change_against() -> re.Pattern[str]:
    """A change whose comparison follows the figure (`三千八百三十一億の前年度当初予算に対する増加`, `5億円の前年度に比べての減`)."""
    table = load("roles")["prose"]["change_against"]
    return re.compile(r"の[^、。，,]{1,20}?に" + alternation(table["verbs"]) + alternation(table["changes"]))


def changed_against(after: str) -> bool:
    """The text after a figure compares it with another and calls it an increase or a decrease: the figure is a change."""
    return _change_against().match(after) is not None


@lru_cache(maxsize=1)
def _approx_words() -> tuple[str, ...]:
    """The approximation words written before a figure (qualifiers.json prefix), `約` aside (read as a character)."""
    return tuple(w for w, q in load("qualifiers")["prefix"].items() if q == "approx" and w != "約")


def without_approx(head: str) -> str:
    """The words before a figure without the approximation word that closes them (`…経費におよそ`)."""
    word = next((w for w in _approx_words() if head.rstrip().endswith(w)), None)
    return head.rstrip()[:-len(word)] if word else head


def approx_start(text: str, start: int) -> int:
    """Where the approximation word right before the figure at `start` begins (`…におよそ25億円`), else `start` (a short
    window read: a long line stays linear)."""
    near = text[max(0, start - 12):start]
    return start - len(near) + len(without_approx(near))
