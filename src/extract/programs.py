"""Programme identity across decks: the same programme, year after year, under one `program_id`.

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

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

import pandas as pd

from .dictionary import load

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
_CROSS_RULES = ("without_bracket", "bracketed_name")
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
    from .numbers import multipliers

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


# -- linking ------------------------------------------------------------------------------------------

@dataclass
class _Name:
    scope: str
    doc: str
    key: str                       # exact_key
    forms: set[str] = field(default_factory=set)  # as the deck writes it (with or without spaces …)
    fys: set[int] = field(default_factory=set)
    rows: int = 0

    @property
    def written(self) -> str:
        return min(self.forms)  # one of them, whatever the row order


@dataclass
class Linking:
    """The result of `link_programs`: an id per (doc, name) and one `programs` row per programme."""

    ids: dict[tuple[str, str], str]    # (doc, exact_key(name)) -> program_id
    programs: list[dict[str, Any]]
    #: (issuer, exact_key(name)) -> program_id: every name of an issuer is in one programme only
    by_name: dict[tuple[str, str], str] = field(default_factory=dict)
    scopes: dict[str, str] = field(default_factory=dict)  # doc -> issuer ("" unknown)

    def program_id(self, doc: str, name: str | None) -> str | None:
        """The id of a name as `doc` writes it; a name the linked rows wrote only in other decks of the
        same issuer (an amount's programme in a deck without its budget row) gets that programme's id."""
        if not name:
            return None
        key = exact_key(name)
        return self.ids.get((doc, key)) or self.by_name.get((self.scopes.get(doc, ""), key))


def _is_blank(v: Any) -> bool:
    if v is None:
        return True
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):  # a list or another non-scalar cell
        return False


def _int(v: Any) -> int | None:
    return None if _is_blank(v) else int(v)


def _scope(row: Mapping[str, Any], issuers: Mapping[str, str | None]) -> str:
    v = row.get("issuer")
    if _is_blank(v) or not v:
        v = issuers.get(str(row["doc"]))
    return str(v or "")


def program_id_of(scope: str, key: str) -> str:
    """A stable id: a short hash of the issuer and one normalized name of the programme."""
    return "P" + hashlib.sha1(f"{scope}\x1f{key}".encode()).hexdigest()[:10]


def link_programs(rows: Iterable[Mapping[str, Any]], issuers: Mapping[str, str | None] | None = None) -> Linking:
    """Link the programme names of every row (budgets rows, and amounts rows if given) across decks.

    Deterministic: the same rows give the same ids whatever their order. Rows without a programme name
    get no id. `issuers` maps doc -> the issuer (`issuer_of`); rows may instead carry an `issuer`.
    """
    issuers = issuers or {}
    names: dict[tuple[str, str, str], _Name] = {}
    for r in rows:
        written = r.get("program")
        if _is_blank(written) or not str(written).strip() or str(written).startswith("(unnamed"):
            continue
        scope, doc, key = _scope(r, issuers), str(r["doc"]), exact_key(str(written))
        if not key:
            continue
        n = names.setdefault((scope, doc, key), _Name(scope, doc, key))
        n.forms.add(str(written).strip())
        n.rows += 1
        fy = _int(r.get("fy"))
        if fy is not None:
            n.fys.add(fy)
    order = sorted(names)
    parent = list(range(len(order)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(order))}
    linked_by: dict[int, list[str]] = defaultdict(list)
    not_linked: dict[int, list[str]] = defaultdict(list)
    sp = {i: spelling_key(names[k].written) for i, k in enumerate(order)}
    parts = {i: split_bracket(s) for i, s in sp.items()}
    keys = {i: rule_keys(names[k].written) for i, k in enumerate(order)}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def label(i: int) -> str:
        n = names[order[i]]
        return f"{n.written} ({n.doc})"

    # per cluster root: its decks (name index by doc) and its bracketed parts (base -> inner -> name index)
    decks: dict[int, dict[str, int]] = {i: {names[k].doc: i} for i, k in enumerate(order)}
    inners: dict[int, dict[str, dict[str, int]]] = {i: {} for i in range(len(order))}
    for i, (base, inner) in parts.items():
        if inner is not None:
            inners[i][base] = {inner: i}

    def conflict(a: int, b: int) -> str | None:
        for doc, j in decks[b].items():
            if doc in decks[a]:
                return f"would join two names of {doc}: {names[order[decks[a][doc]]].written} / {names[order[j]].written}"
        for base, inner_b in inners[b].items():
            for inner, j in inner_b.items():
                other = next((i for x, i in inners[a].get(base, {}).items() if x != inner), None)
                if other is not None:
                    return f"different bracketed parts: {names[order[other]].written} / {names[order[j]].written}"
        return None

    def union(i: int, j: int, rule: str) -> None:
        a, b = find(i), find(j)
        if a == b:
            return
        why = conflict(a, b)
        if why:
            not_linked[a].append(f"{label(i)} ~ {label(j)}: {RULE_WHY[rule]}, not linked: {why}")
            not_linked[b].append(f"{label(j)} ~ {label(i)}: {RULE_WHY[rule]}, not linked: {why}")
            return
        a, b = min(a, b), max(a, b)
        parent[b] = a
        members[a] += members.pop(b)
        decks[a].update(decks.pop(b))
        for base, inner_b in inners.pop(b).items():
            inners[a].setdefault(base, {}).update(inner_b)
        linked_by[a] += linked_by.pop(b, []) + [f"{label(i)} ~ {label(j)}: {RULE_WHY[rule]}"]
        not_linked[a] += not_linked.pop(b, [])

    for rule in RULES:
        groups: dict[tuple[str, str], list[tuple[int, bool]]] = defaultdict(list)
        for i, k in enumerate(order):
            kk = keys[i][rule]
            if kk is not None and kk[0]:
                groups[(names[k].scope, kk[0])].append((i, kk[1]))
        for (_, key), group in sorted(groups.items()):
            if len(group) < 2:
                continue
            per_doc: dict[str, list[int]] = defaultdict(list)
            for i, _has in group:
                per_doc[names[order[i]].doc].append(i)
            clash = {d: ids for d, ids in per_doc.items() if len(ids) > 1}
            if clash:
                # say so where a link was refused: names that read alike, or a bare name elsewhere
                possible = any(not has and names[order[i]].doc not in clash for i, has in group)
                if rule not in _CROSS_RULES or possible:
                    for d, alike in sorted(clash.items()):
                        who = " / ".join(names[order[i]].written for i in alike)
                        for i in alike:
                            not_linked[find(i)].append(f"{who} in {d} read alike by {rule} ({key}): "
                                                       "two names of one deck, not linked")
                continue
            if rule in _CROSS_RULES:
                bare = [i for i, has in group if not has]
                if len({find(i) for i in bare}) != 1:
                    continue  # only X(A) and X(B): no link; or bare names of different decks left apart
                for i, has in group:
                    if has:
                        union(bare[0], i, rule)
            else:
                first = group[0][0]
                for i, _has in group[1:]:
                    union(first, i, rule)

    programs: list[dict[str, Any]] = []
    ids: dict[tuple[str, str], str] = {}
    by_name: dict[tuple[str, str], str] = {}
    for root in sorted({find(i) for i in range(len(order))}):
        ms = [names[order[i]] for i in members[root]]
        earliest = min(ms, key=lambda n: (min(n.fys) if n.fys else 10**6, n.doc, n.key))
        latest = max(ms, key=lambda n: (max(n.fys) if n.fys else -1, n.doc, -len(n.key), n.key))
        pid = program_id_of(earliest.scope, earliest.key)
        for n in ms:
            ids[(n.doc, n.key)] = pid
            by_name[(n.scope, n.key)] = pid
        aliases = sorted({f for n in ms for f in n.forms} - {latest.written})
        acrs = sorted({a for n in ms if (a := acronym_of(n.written))})
        programs.append({
            "program_id": pid, "issuer": earliest.scope or None, "program": latest.written,
            "aliases": aliases, "acronym": "|".join(acrs) or None,
            "fiscal_years": sorted({fy for n in ms for fy in n.fys}),
            "docs": sorted({n.doc for n in ms}), "names": len({n.key for n in ms}),
            "linked_by": sorted(set(linked_by.get(root, []))),
            "not_linked": sorted(set(not_linked.get(root, []))),
        })
    programs.sort(key=lambda p: str(p["program_id"]))
    scopes = {n.doc: n.scope for n in names.values()}
    scopes.update({str(d): str(v or "") for d, v in issuers.items()})
    return Linking(ids, programs, by_name, scopes)


def with_program_ids(rows: Iterable[Mapping[str, Any]], linking: Linking) -> list[dict[str, Any]]:
    """The rows with their `program_id` (None where the row names no programme)."""
    return [{**r, "program_id": linking.program_id(str(r["doc"]), None if _is_blank(r.get("program")) else str(r.get("program")))}
            for r in rows]


# -- history ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Statement:
    """One deck stating a programme's figure for one fiscal year: as that year's budget (`budget`) or as
    a later deck's previous-year figure (`previous_year`)."""

    program_id: str
    fy: int
    role: str
    yen: int
    stated_as: str
    doc: str
    page: int | None
    line: int | None
    text: str
    unit: int | None   # the unit the figure is written to (`written_unit`)
    top_level: bool    # not a sub-item (no parent)

    def where(self) -> str:
        place = f"page {self.page}" if self.page is not None else f"line {self.line}"
        return f"{self.doc} {place}"


def statements(rows: Iterable[Mapping[str, Any]]) -> list[Statement]:
    """Every figure the rows state, keyed by programme, fiscal year and role (rows need `program_id`)."""
    out = []
    for r in rows:
        pid, fy = r.get("program_id"), _int(r.get("fy"))
        if _is_blank(pid) or not pid or fy is None:
            continue
        role = str(r.get("role") or "budget")
        text = "" if _is_blank(r.get("text")) else str(r.get("text"))
        prev_text = None if _is_blank(r.get("previous_text")) else str(r.get("previous_text"))
        doc, page, line = str(r["doc"]), _int(r.get("page")), _int(r.get("line"))
        top = _is_blank(r.get("parent")) or not r.get("parent")
        yen = _int(r.get("budget_yen"))
        if yen is not None:
            out.append(Statement(str(pid), fy, role, yen, "budget", doc, page, line, text, written_unit(text), top))
        prev = _int(r.get("previous_budget_yen"))
        if prev is not None:
            # a figure with no text of its own is written like the figure it stands beside
            unit = written_unit(prev_text) or written_unit(text)
            out.append(Statement(str(pid), fy - 1, role, prev, "previous_year", doc, page, line, prev_text or "",
                                 unit, top))
    return out


def _rank(s: Statement) -> tuple[Any, ...]:
    return (s.stated_as != "budget", not s.top_level, s.doc, s.page or 0, s.line or 0)


def tolerance(a: Statement, b: Statement) -> int:
    """Two statements of one figure agree within one unit of the coarser writing: a figure written to a
    unit u stands for a value less than u from it, whether the deck rounded or cut off the rest."""
    return max(a.unit or 1, b.unit or 1)


def _fmt(s: Statement) -> str:
    how = "" if s.stated_as == "budget" else ", previous-year figure"
    return f"{s.where()}: {s.yen:,} yen ({s.text or 'as given'}{how})"


def cross_deck_pairs(stmts: Sequence[Statement]) -> list[dict[str, Any]]:
    """One row per previous-year figure and each other deck that states that year's budget for the same
    programme: they must agree within `tolerance` (against one of that deck's figures for it, or their
    sum: two agencies' shares add up to the programme's figure)."""
    by: dict[tuple[str, int, str], list[Statement]] = defaultdict(list)
    for s in stmts:
        by[(s.program_id, s.fy, s.role)].append(s)
    rows = []
    for (pid, fy, role), group in sorted(by.items()):
        own = [s for s in group if s.stated_as == "budget"]
        for p in sorted((s for s in group if s.stated_as == "previous_year"), key=_rank):
            decks = sorted({s.doc for s in own if s.doc != p.doc})
            for d in decks:
                cands = sorted((s for s in own if s.doc == d), key=_rank)
                best = min(cands, key=lambda s: (abs(s.yen - p.yen), _rank(s)))
                tol = tolerance(best, p)
                total = sum(s.yen for s in cands)
                agree = abs(best.yen - p.yen) <= tol or (len(cands) > 1 and abs(total - p.yen) <= tol)
                rows.append({
                    "program_id": pid, "fy": fy, "role": role,
                    "budget_doc": best.doc, "budget_page": best.page, "budget_line": best.line,
                    "budget_text": best.text, "budget_yen": best.yen,
                    "previous_doc": p.doc, "previous_page": p.page, "previous_line": p.line,
                    "previous_text": p.text or None, "previous_yen": p.yen,
                    "diff_yen": p.yen - best.yen, "tolerance_yen": tol, "agree": agree,
                    "finding": None if agree else (f"FY{fy} {role}: {_fmt(best)} but {_fmt(p)}; "
                                                   f"differ by {p.yen - best.yen:+,} yen (tolerance {tol:,})"),
                })
    return rows


def budget_history(rows: Iterable[Mapping[str, Any]], names: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """One row per programme × fiscal year × role: the figure (its own year's deck first, a top-level
    item before a sub-item), where it comes from, and every other statement of it.

    `names` maps program_id -> the programme's name (the `programs` table's `program`)."""
    names = names or {}
    stmts = statements(rows)
    pairs = cross_deck_pairs(stmts)
    verdict: dict[tuple[str, int, str], list[bool]] = defaultdict(list)
    for p in pairs:
        verdict[(p["program_id"], p["fy"], p["role"])].append(bool(p["agree"]))
    by: dict[tuple[str, int, str], list[Statement]] = defaultdict(list)
    for s in stmts:
        by[(s.program_id, s.fy, s.role)].append(s)
    out = []
    for (pid, fy, role), group in sorted(by.items()):
        group = sorted(group, key=_rank)
        first, others = group[0], group[1:]
        v = verdict.get((pid, fy, role))
        out.append({
            "program_id": pid, "program": names.get(pid), "fy": fy, "role": role,
            "budget_yen": first.yen, "stated_as": first.stated_as, "doc": first.doc, "page": first.page,
            "line": first.line, "text": first.text or None,
            "other_docs": sorted({s.doc for s in others} - {first.doc}),
            "other_statements": [_fmt(s) for s in others],
            "statements": len(group),
            "cross_deck": None if v is None else ("agree" if all(v) else "differ"),
        })
    return out


# -- the tables ---------------------------------------------------------------------------------------

def _records(rows: Any) -> list[dict[str, Any]]:
    if rows is None:
        return []
    if isinstance(rows, pd.DataFrame):
        return [{str(k): v for k, v in r.items()} for r in rows.to_dict(orient="records")]
    return [dict(r) for r in rows]


@dataclass
class ProgramTables:
    """What `program_tables` builds: the two cross-deck tables, and budgets/amounts with `program_id`."""

    programs: pd.DataFrame
    budget_history: pd.DataFrame
    budgets: list[dict[str, Any]]
    amounts: list[dict[str, Any]]
    linking: Linking

    def frames(self) -> dict[str, pd.DataFrame]:
        """The tables to publish: programs, budget_history, and budgets/amounts with their `program_id`."""
        from .tables import frame

        return {"budgets": frame(self.budgets, "budgets"), "amounts": frame(self.amounts, "amounts"),
                "programs": self.programs, "budget_history": self.budget_history}


def program_tables(budgets: Any, amounts: Any = None, issuers: Mapping[str, str | None] | None = None) -> ProgramTables:
    """Link the programmes of every published budgets row across decks and build the `programs` and
    `budget_history` tables; budgets and amounts rows come back with their `program_id`.

    Only budgets rows make programmes: an amount carries the id of the budget programme its deck (or
    another deck of its issuer) names alike, else none. (Amount-only names would add programmes nobody
    budgets, and their noisier attribution could make a deck's names read alike and block real links.)"""
    from .schema import CROSS_DECK_TABLES
    from .tables import frame

    b, a = _records(budgets), _records(amounts)
    linking = link_programs(b, issuers)
    for r in a:  # an amount's deck may have no budgets row: its issuer still counts
        if r.get("issuer"):
            linking.scopes.setdefault(str(r["doc"]), str(r["issuer"]))
    b, a = with_program_ids(b, linking), with_program_ids(a, linking)
    names = {p["program_id"]: p["program"] for p in linking.programs}
    return ProgramTables(frame(linking.programs, CROSS_DECK_TABLES["programs"]),
                         frame(budget_history(b, names), CROSS_DECK_TABLES["budget_history"]), b, a, linking)
