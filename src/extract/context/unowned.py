"""More budget figures no programme owns, read from the figure's own words after no_programme.py's rules: kept in
amounts, marked `total_of`, never a budgets row (issue 21, the budgets table's traps).

- **an account's balance**: the figure is what the account's sides leave over or fall short by (`収支は、1億5,928万円
  (税込み)の黒字予算となりました`, `…3億円の赤字を見込む`), not money appropriated; a programme about a deficit
  (`…の赤字補填事業`) names its deficit before its figure or sets a word of its work after it;
- **the rest of a figure broken down in its sentence**: a residual's name (`その他事業費`, `その他経費`) whose figure
  completes a whole stated earlier in the same sentence with the parts between (`定期予防接種事業費は3億150万円で、
  帯状疱疹ワクチンの…経費3470万円、その他事業費2億6680万円`: 3470万 + 2億6680万 = 3億150万); a list's own `その他`
  item, with no whole it completes, is the list's rest too (`④その他 約1億500万円`), unless a quote names it a pillar
  (`「その他」に134.6億円`);
- **the whole of an act that supplements the budget**: the figure a 専決処分 takes (`一般会計4.2億円を専決処分`,
  stage_marks.supplementary_act), the supplementary's total whatever its sentence names;
- **an unnamed figure labelled by a class**: no rule named a programme for it and the words right before it are a
  financing source or an account's class (`建設改良費155億5千万円を計上`, `地方交付税18億円`);
- **an unnamed figure labelled by a budget's label alone**: no rule named a programme for it, not even the title, and the
  words right before it are a label (`…当初` / `予算一兆五千六百九十六億を提案いたしました`): the whole budget.
And one the other way: an account's figure under a share's topic that names a work (`このうち、建設改良事業は水道事業が
102億9000万円、下水道事業が107億5000万円`) is that work's budget in each account, no account's total: named `account work`.
Words are data (totals.json no_programme: balance_words, balance_works, rest_words); `うち` is the share's grammar.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .labels import BUDGET_ROLES, LineInfo, label_patterns
from .no_programme import amounts_between, core_name, financing_or_class, sentence_start
from .programs import strong
from .stage_marks import supplementary_act

#: how far a whole and the rest of it may differ (the parts are rounded: `約3億円`, `3,470万円`)
_ROUNDING = 0.02
#: how far before an unnamed figure its label is read
_LABEL_REACH = 16
#: what ends the words before a figure that label it
_SEPARATORS = re.compile(r"[、。，,\s\u3000:：]")


@lru_cache(maxsize=1)
def _balance() -> re.Pattern[str]:
    """Right after the figure: an optional bracketed note, `の`, a balance's word, and no word of a work on it."""
    words = "|".join(map(re.escape, load("totals")["no_programme"]["balance_words"]))
    works = "|".join(map(re.escape, load("totals")["no_programme"]["balance_works"]))
    return re.compile(rf"[ \u3000]*(?:[(（][^()（）]{{1,12}}[)）])?[ \u3000]*の[ \u3000]*(?:{words})(?![ \u3000]*(?:{works}))")


def balance(info: LineInfo, m: Mention) -> bool:
    """The figure is an account's balance: `N円(note)の黒字`, `N円の赤字` (totals.json balance_words)."""
    return _balance().match(info.norm, m.end) is not None


def _label(info: LineInfo, m: Mention) -> str:
    """The words right before the figure, back to the last separator, without a particle that joins them to it."""
    head = _SEPARATORS.split(info.norm[max(0, m.start - _LABEL_REACH):m.start])[-1]
    return re.sub(r"(?:は|が|も|に|で|約)+$", "", head)


def breakdown_rest(info: LineInfo, m: Mention) -> bool:
    """A residual's figure (its name opens with a rest word) that completes, with the parts between, a whole stated earlier
    in its sentence."""
    name = core_name(m.program or _label(info, m))
    if not name.startswith(tuple(load("totals")["no_programme"]["rest_words"])) or not isinstance(m.max, (int, float)):
        return False
    before = [a for a in amounts_between(info, sentence_start(info, m), m.start) if isinstance(a.max, (int, float))]
    for k, whole in enumerate(before[:-1]):
        rest = whole.max - sum(a.max for a in before[k + 1:])
        if whole.max > 0 and abs(rest - m.max) <= _ROUNDING * whole.max:
            return True
    return False


def list_rest(info: LineInfo, m: Mention) -> bool:
    """A list's item named by a rest word alone (`④その他 約1億500万円`: the rest of a supplementary's heads), not a quoted
    pillar that names it (`(5)「その他」に134.6億円`, a programme's)."""
    rest = tuple(load("totals")["no_programme"]["rest_words"])
    return m.program in rest and f"「{m.program}」" not in info.norm


def class_label(info: LineInfo, m: Mention) -> bool:
    """No rule named a programme for the figure and its label is a financing source or a class (`建設改良費`)."""
    return not m.program and financing_or_class(_label(info, m))


@lru_cache(maxsize=1)
def _share_topic() -> re.Pattern[str]:
    """A share's topic in a sentence: `うち` (as inline_names._SHARE), then the work the figures after it are of, `は`."""
    return re.compile(r"(?:うち|内)[、，,]?[ \u3000]*([^、，,。はが\s\u3000]{2,30})は[、，,]?")


def account_work(info: LineInfo, m: Mention) -> str | None:
    """The work a share's topic names for an account's figure after it (`このうち、建設改良事業は水道事業が102億円`):
    `水道事業 建設改良事業`; None where the figure is no account's total or no such topic stands in its sentence."""
    if not m.program or m.total_of != m.program:
        return None
    found = _share_topic().search(info.norm, sentence_start(info, m), m.start)
    work = found.group(1) if found is not None else ""
    return f"{m.program} {work}" if strong(work) and not financing_or_class(work) else None


def whole_label(infos: Sequence[LineInfo], i: int, m: Mention) -> bool:
    """No rule named a programme for the figure, not even the document's title, and the words right before it are a
    budget's label alone (`当初` / `予算一兆五千六百九十六億を提案いたしましたときに`): the whole budget the text speaks of.
    Words that open the line go on from the line above (`実質上の治山治水` / `予算は二百九十一億…`: that work's budget);
    a figure that opens its line under a label alone (`令和6年度予算額` / `12億円`) is a sheet's cell, the title's or a
    heading's figure, no whole."""
    if m.program:
        return False
    label = _label(infos[i], m)
    if i and label and info_head(infos[i], m) == label:
        label = _SEPARATORS.split(infos[i - 1].norm.rstrip())[-1] + label
    label = re.sub(r"[\s\u3000(（【]+", "", label)
    return bool(label) and not label_patterns().part.sub("", label)


def info_head(info: LineInfo, m: Mention) -> str:
    """The words of the figure's line before it, as _label cuts them (the whole head where no separator stands in it)."""
    return re.sub(r"(?:は|が|も|に|で|約)+$", "", info.norm[:m.start].lstrip(" \u3000"))


def apply(infos: Sequence[LineInfo]) -> None:
    """Mark every budget figure that no programme owns by its own words (see the module's docstring) `total_of` what it is."""
    for i, info in enumerate(infos):
        for m in info.amounts:
            if m.role in BUDGET_ROLES and (work := account_work(info, m)) is not None:
                m.program, m.total_of = work, None
                continue
            if m.role not in BUDGET_ROLES or m.role == "previous_budget" or m.total_of:
                continue
            if balance(info, m):
                m.total_of = "(balance)"
            elif m.role == "supplementary_budget" and supplementary_act(info, m):
                m.total_of = "(supplementary act)"
            elif breakdown_rest(info, m) or list_rest(info, m):
                m.total_of = "(rest of a breakdown)"
            elif class_label(info, m):
                m.total_of = _label(info, m)
            elif whole_label(infos, i, m):
                m.total_of = "(label)"
