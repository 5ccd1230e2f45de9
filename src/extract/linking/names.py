"""Programme names as keys: the rules that read two names as one programme (used by `link.py`).

Programme identity across decks: the same programme, year after year, under one `program_id`.

Pure functions over budget rows (dicts with doc, program, fy, role, budget_yen, previous_budget_yen,
page, line, text, previous_text, parent; optionally issuer), no I/O.

A *name* is one programme name as one deck writes it (`doc` × the name after width and space
normalization). Names of different decks are linked by rules tried from the strictest to the loosest;
each rule turns a name into a key and names with the same key are linked:

  same_name        the same after NFKC (full/half width) and without spaces
  spelling         the same after folding spelling variants (ケ/ヶ, 及び/および, 強靭/強靱, ・ and quotes
                   dropped, bracket kinds, 事業費/事業, 経費/費 and 等 endings, annotations like （仮称）, a
                   fiscal year written before the name: 令和2年度○○事業)
  bracket_marks    the same once bracket marks are dropped, their text kept
                   (`国直轄工事費負担金（第３号ふ頭岸壁改良事業費）` ~ `国直轄工事費負担金第３号ふ頭岸壁改良事業費`)
  acronym          the same bracketed acronym (`…プログラム（SATREPS）` ~ `SATREPS`)
  without_bracket  one name is the other without its closing bracketed part (`X（県単公共）` ~ `X`)
  bracketed_name   the bracketed part is itself a name and it is the other name
                   (`防災関係経費（防災情報通信設備整備事業費）` ~ `防災情報通信設備整備事業費`)

Never linked: two names of one deck (a deck that writes two names means two programmes, even where they
normalize alike: such a key links nothing, and the programme says so in `not_linked`); `X（A）` and
`X（B）` (different bracketed parts name different shares or sites); names of different issuers.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from ..dictionary import load

RULES = ("same_name", "spelling", "bracket_marks", "acronym", "without_bracket", "bracketed_name")
RULE_WHY = {
    "same_name": "same name after width and spaces",
    "spelling": "same name after spelling variants",
    "bracket_marks": "same name without bracket marks",
    "acronym": "same acronym",
    "without_bracket": "same name without the bracketed part",
    "bracketed_name": "the bracketed part names the other",
}
# rules that compare a name with a bracketed part to one without: only such pairs link
CROSS_RULES = ("without_bracket", "bracketed_name")
_KATAKANA_DASH = re.compile(r"(?<=[\u30a1-\u30fa\u30fc])[\-‐‑‒–—―−](?=[\u30a1-\u30fa])")
_BULLETS = re.compile(r"^[○●◎◯◆◇■□▪▫・\-\*※☆★>\s]+")


def _words() -> dict[str, Any]:
    d: dict[str, Any] = load("program_names")
    return d


@cache
def _variant_re() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {k: v for k, v in _words()["variants"].items() if not k.startswith("_")}
    keys = sorted(table, key=lambda k: (-len(k), k))
    return re.compile("|".join(map(re.escape, keys))), table


@cache
def _suffix_re() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {k: v for k, v in _words()["suffix_folds"].items() if not k.startswith("_")}
    keys = sorted(table, key=lambda k: (-len(k), k))
    # an ending folds only at the end of a name part (before a bracket or the end) and leaves 2+ characters
    return re.compile(r"(?<=[^()]{2})(" + "|".join(map(re.escape, keys)) + r")(?=[()]|$)"), table


@lru_cache(maxsize=1 << 16)
def exact_key(name: str) -> str:
    """The name after NFKC (full/half width) without spaces or a leading bullet: what `same_name` compares."""
    t = unicodedata.normalize("NFKC", name or "")
    t = re.sub(r"\s+", "", t)
    return _BULLETS.sub("", t)


@cache
def _bracket_table(drop_separators: bool) -> dict[int, str | None]:
    """str.translate table: quotes dropped, every bracket kind as ( ), separators (・、) dropped if asked."""
    w = _words()
    table: dict[int, str | None] = {ord(unicodedata.normalize("NFKC", q)): None for q in w["quotes"]}
    table.update({ord(unicodedata.normalize("NFKC", o)): "(" for o in w["open_brackets"]})
    table.update({ord(unicodedata.normalize("NFKC", c)): ")" for c in w["close_brackets"]})
    if drop_separators:
        table.update({ord(unicodedata.normalize("NFKC", s)): None for s in w["separators"]})
    return table


@cache
def _annotation_re() -> re.Pattern[str]:
    notes = "|".join(map(re.escape, sorted(_words()["annotations"], key=len, reverse=True)))
    return re.compile(rf"\((?:{notes})\)")


@lru_cache(maxsize=1 << 16)
def spelling_key(name: str) -> str:
    """The name with spelling variants folded: what `spelling` compares."""
    t = re.sub(_words()["year_prefix"], "", exact_key(name))  # 令和2年度○○事業 is next year's ○○事業
    rx, table = _variant_re()
    t = rx.sub(lambda m: table[m.group(0)], t)
    t = _annotation_re().sub("", t.translate(_bracket_table(True)))  # quotes, separators dropped; ( ) only
    t = _KATAKANA_DASH.sub("ー", t)
    t = re.sub(r"\([A-Za-z][A-Za-z0-9&\-]+\)(?=.)", "", t)  # an acronym inside a name glosses the word before it
    srx, folds = _suffix_re()
    for _ in range(2):  # 整備事業費等 -> 整備事業費 -> 整備事業
        t = srx.sub(lambda m: folds[m.group(1)], t)
    return t


def split_bracket(key: str) -> tuple[str, str | None]:
    """(base, closing bracketed part) of a spelling key: `X(Y)` -> ("X", "Y"); nested brackets kept inside."""
    if not key.endswith(")"):
        return key, None
    depth = 0
    for i in range(len(key) - 1, -1, -1):
        if key[i] == ")":
            depth += 1
        elif key[i] == "(":
            depth -= 1
            if depth == 0:
                base, inner = key[:i], key[i + 1:-1]
                return (base, inner) if base and inner else (key, None)
    return key, None


@lru_cache(maxsize=1 << 16)
def acronym_of(name: str) -> str | None:
    """A closing bracketed acronym (`…（SATREPS）`) or a name that is an acronym (`WPI`), upper-cased."""
    rx = re.compile(_words()["acronym"])
    key = exact_key(name).translate(_bracket_table(False))
    base, inner = split_bracket(key)
    for cand in (inner, key if inner is None else None):
        letters = [c for c in cand or "" if c.isalpha()]
        if cand and rx.match(cand) and sum(c.isupper() for c in letters) >= max(2, len(letters) * 0.7):
            return cand.upper()
    return None


def _name_like(part: str) -> bool:
    return len(part) >= 4 and any(part.endswith(e) for e in _words()["name_endings"])


def rule_keys(name: str) -> dict[str, tuple[str, bool] | None]:
    """Each rule's key for one name, with whether the name has a closing bracketed part (the two cross
    rules link a name with one to a name without)."""
    sp = spelling_key(name)
    base, inner = split_bracket(sp)
    acr = acronym_of(name)
    named_inner = spelling_key(inner) if inner is not None and acr is None else None
    bare = sp if inner is None and acr is None else None  # a bare acronym (`WPI`) links by `acronym` only
    return {
        "same_name": (exact_key(name), False),
        "spelling": (sp, False),
        "bracket_marks": (sp.replace("(", "").replace(")", ""), False),
        "acronym": (acr, False) if acr else None,
        "without_bracket": (base, True) if inner is not None else ((bare, False) if bare else None),
        "bracketed_name": ((named_inner, True) if named_inner and _name_like(named_inner)
                           else ((bare, False) if bare else None)),
    }


@lru_cache(maxsize=1 << 16)
def written_unit(text: str | None) -> int | None:
    """The unit a figure is written to, in yen: `45,000 千円` -> 1,000; `3.2億円` -> 10,000,000;
    `7,726百万円` -> 1,000,000. None when the text holds no figure in 円."""
    if not text:
        return None
    from ..numbers import multipliers

    t = unicodedata.normalize("NFKC", text)
    mults = multipliers()
    alt = "|".join(map(re.escape, mults))
    found = list(re.finditer(rf"(\d[\d,]*)(?:\.(\d+))?\s*({alt})?\s*円", t))
    if not found:
        return None
    m = found[-1]
    step = Decimal(1).scaleb(-len(m.group(2) or "")) * mults.get(m.group(3) or "", 1)
    return max(1, int(step))


def issuer_of(lines: Sequence[str]) -> str | None:
    """The government or ministry a deck's title names (`小樽市 平成３１年度当初予算案` -> 小樽市): the first
    such word standing alone in the deck's first non-blank lines."""
    w = _words()
    rx = re.compile(w["issuer"])
    shown = [unicodedata.normalize("NFKC", s).strip() for s in lines if s and s.strip()][: int(w["issuer_lines"])]
    for s in shown:
        for m in rx.finditer(s):
            if m.group("name") not in w["issuer_not"]:
                return m.group("name")
    return None


# -- cells of a budgets row -----------------------------------------------------------------------

def is_blank(v: Any) -> bool:
    if v is None:
        return True
    if type(v) is str or type(v) is int:  # most cells: pd.isna's answer without the call (issue 25)
        return False
    import pandas as pd  # here, not with the module: a deck's reading needs `issuer_of`, never pandas

    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):  # a list or another non-scalar cell
        return False


def as_int(v: Any) -> int | None:
    if type(v) is int:
        return v
    return None if is_blank(v) else int(v)
