"""Link the programme names of every deck into programmes: names are grouped by each rule's key (`names.py`,
strictest rule first) and joined as clusters, unless the join would put two names of one deck, or two
different bracketed parts of one name, in one programme (said in `not_linked`)."""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .keys import NameKeys
from .names import CROSS_RULES, RULE_WHY, RULES, as_int, is_blank, split_bracket


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
    #: the names' keys (kept between runs by the caller, `keys.NameKeys`)
    keys: NameKeys = field(default_factory=NameKeys, repr=False, compare=False)

    def program_id(self, doc: str, name: str | None) -> str | None:
        """The id of a name as `doc` writes it; a name the linked rows wrote only in other decks of the
        same issuer (an amount's programme in a deck without its budget row) gets that programme's id."""
        if not name:
            return None
        key = self.keys.exact(name)
        return self.ids.get((doc, key)) or self.by_name.get((self.scopes.get(doc, ""), key))


def _scope(row: Mapping[str, Any], issuers: Mapping[str, str | None]) -> str:
    v = row.get("issuer")
    if is_blank(v) or not v:
        v = issuers.get(str(row["doc"]))
    return str(v or "")


def program_id_of(scope: str, key: str) -> str:
    """A stable id: a short hash of the issuer and one normalized name of the programme."""
    return "P" + hashlib.sha1(f"{scope}\x1f{key}".encode()).hexdigest()[:10]


def _names(rows: Iterable[Mapping[str, Any]], issuers: Mapping[str, str | None], keys: NameKeys
           ) -> dict[tuple[str, str, str], _Name]:
    """Every (issuer, doc, name) of the rows, with the forms it is written in and its fiscal years."""
    names: dict[tuple[str, str, str], _Name] = {}
    for r in rows:
        written = r.get("program")
        if is_blank(written) or not str(written).strip() or str(written).startswith("(unnamed"):
            continue
        scope, doc, key = _scope(r, issuers), str(r["doc"]), keys.exact(str(written))
        if not key:
            continue
        n = names.setdefault((scope, doc, key), _Name(scope, doc, key))
        n.forms.add(str(written).strip())
        n.rows += 1
        fy = as_int(r.get("fy"))
        if fy is not None:
            n.fys.add(fy)
    return names


class _Clusters:
    """Union-find over the names (in sorted order), each cluster knowing its decks and bracketed parts,
    with the links made and refused along the way."""

    def __init__(self, names: dict[tuple[str, str, str], _Name], keys: NameKeys) -> None:
        self.keys = keys
        self.order = sorted(names)
        self.names = [names[k] for k in self.order]
        n = len(self.order)
        self.parent = list(range(n))
        self.members: dict[int, list[int]] = {i: [i] for i in range(n)}
        self.linked_by: dict[int, list[str]] = defaultdict(list)
        self.not_linked: dict[int, list[str]] = defaultdict(list)
        # per cluster root: its decks (name index by doc) and its bracketed parts (base -> inner -> name index)
        self.decks: dict[int, dict[str, int]] = {i: {nm.doc: i} for i, nm in enumerate(self.names)}
        self.inners: dict[int, dict[str, dict[str, int]]] = {i: {} for i in range(n)}
        for i, nm in enumerate(self.names):
            base, inner = split_bracket(keys.spelling(nm.written))
            if inner is not None:
                self.inners[i][base] = {inner: i}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def label(self, i: int) -> str:
        return f"{self.names[i].written} ({self.names[i].doc})"

    def conflict(self, a: int, b: int) -> str | None:
        for doc, j in self.decks[b].items():
            if doc in self.decks[a]:
                return f"would join two names of {doc}: {self.names[self.decks[a][doc]].written} / {self.names[j].written}"
        for base, inner_b in self.inners[b].items():
            for inner, j in inner_b.items():
                other = next((i for x, i in self.inners[a].get(base, {}).items() if x != inner), None)
                if other is not None:
                    return f"different bracketed parts: {self.names[other].written} / {self.names[j].written}"
        return None

    def union(self, i: int, j: int, rule: str) -> None:
        a, b = self.find(i), self.find(j)
        if a == b:
            return
        why = self.conflict(a, b)
        if why:
            self.not_linked[a].append(f"{self.label(i)} ~ {self.label(j)}: {RULE_WHY[rule]}, not linked: {why}")
            self.not_linked[b].append(f"{self.label(j)} ~ {self.label(i)}: {RULE_WHY[rule]}, not linked: {why}")
            return
        a, b = min(a, b), max(a, b)
        self.parent[b] = a
        self.members[a] += self.members.pop(b)
        self.decks[a].update(self.decks.pop(b))
        for base, inner_b in self.inners.pop(b).items():
            self.inners[a].setdefault(base, {}).update(inner_b)
        self.linked_by[a] += self.linked_by.pop(b, []) + [f"{self.label(i)} ~ {self.label(j)}: {RULE_WHY[rule]}"]
        self.not_linked[a] += self.not_linked.pop(b, [])


def _link_group(c: _Clusters, rule: str, key: str, group: list[tuple[int, bool]]) -> None:
    """Link the names one rule reads alike (`key`); `group` holds (name index, has a bracketed part)."""
    per_doc: dict[str, list[int]] = defaultdict(list)
    for i, _has in group:
        per_doc[c.names[i].doc].append(i)
    clash = {d: ids for d, ids in per_doc.items() if len(ids) > 1}
    if clash:
        # say so where a link was refused: names that read alike, or a bare name elsewhere
        possible = any(not has and c.names[i].doc not in clash for i, has in group)
        if rule not in CROSS_RULES or possible:
            for d, alike in sorted(clash.items()):
                who = " / ".join(c.names[i].written for i in alike)
                for i in alike:
                    c.not_linked[c.find(i)].append(f"{who} in {d} read alike by {rule} ({key}): "
                                                   "two names of one deck, not linked")
        return
    if rule in CROSS_RULES:
        bare = [i for i, has in group if not has]
        if len({c.find(i) for i in bare}) != 1:
            return  # only X(A) and X(B): no link; or bare names of different decks left apart
        for i, has in group:
            if has:
                c.union(bare[0], i, rule)
    else:
        for i, _has in group[1:]:
            c.union(group[0][0], i, rule)


def _link_by_rules(c: _Clusters) -> None:
    """Every rule in turn, strictest first: names of one issuer with the same key of that rule are linked."""
    keys = [c.keys.rules(nm.written) for nm in c.names]
    for rule in RULES:
        groups: dict[tuple[str, str], list[tuple[int, bool]]] = defaultdict(list)
        for i, nm in enumerate(c.names):
            kk = keys[i][rule]
            if kk is not None and kk[0]:
                groups[(nm.scope, kk[0])].append((i, kk[1]))
        for (_, key), group in sorted(groups.items()):
            if len(group) >= 2:
                _link_group(c, rule, key, group)


def _programme(c: _Clusters, root: int) -> tuple[dict[str, Any], list[_Name]]:
    """One `programs` row for the cluster of `root`, and its names."""
    ms = [c.names[i] for i in c.members[root]]
    earliest = min(ms, key=lambda n: (min(n.fys) if n.fys else 10**6, n.doc, n.key))
    latest = max(ms, key=lambda n: (max(n.fys) if n.fys else -1, n.doc, -len(n.key), n.key))
    acrs = sorted({a for n in ms if (a := c.keys.acronym(n.written))})
    row = {
        "program_id": program_id_of(earliest.scope, earliest.key), "issuer": earliest.scope or None,
        "program": latest.written, "aliases": sorted({f for n in ms for f in n.forms} - {latest.written}),
        "acronym": "|".join(acrs) or None, "fiscal_years": sorted({fy for n in ms for fy in n.fys}),
        "docs": sorted({n.doc for n in ms}), "names": len({n.key for n in ms}),
        "linked_by": sorted(set(c.linked_by.get(root, []))),
        "not_linked": sorted(set(c.not_linked.get(root, []))),
    }
    return row, ms


def link_programs(rows: Iterable[Mapping[str, Any]], issuers: Mapping[str, str | None] | None = None,
                  keys: NameKeys | None = None) -> Linking:
    """Link the programme names of every row (budgets rows, and amounts rows if given) across decks.

    Deterministic: the same rows give the same ids whatever their order. Rows without a programme name
    get no id. `issuers` maps doc -> the issuer (`issuer_of`); rows may instead carry an `issuer`.
    `keys`: the names' keys kept from the last run (`keys.NameKeys`; none: each derived here).
    """
    issuers = issuers or {}
    keys = keys if keys is not None else NameKeys()
    names = _names(rows, issuers, keys)
    c = _Clusters(names, keys)
    _link_by_rules(c)
    programs: list[dict[str, Any]] = []
    ids: dict[tuple[str, str], str] = {}
    by_name: dict[tuple[str, str], str] = {}
    for root in sorted({c.find(i) for i in range(len(c.order))}):
        row, ms = _programme(c, root)
        for n in ms:
            ids[(n.doc, n.key)] = row["program_id"]
            by_name[(n.scope, n.key)] = row["program_id"]
        programs.append(row)
    programs.sort(key=lambda p: str(p["program_id"]))
    scopes = {n.doc: n.scope for n in names.values()}
    scopes.update({str(d): str(v or "") for d, v in issuers.items()})
    return Linking(ids, programs, by_name, scopes, keys)


def with_program_ids(rows: Iterable[Mapping[str, Any]], linking: Linking) -> list[dict[str, Any]]:
    """The rows with their `program_id` (None where the row names no programme)."""
    return [{**r, "program_id": linking.program_id(str(r["doc"]), None if is_blank(r.get("program")) else str(r.get("program")))}
            for r in rows]
