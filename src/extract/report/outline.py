"""The outline of a deck on the review page: its title, headings, label lines and items, indented by level,
so a reader sees which scope gave each figure its role, fiscal year and programme. Body lines are left out;
a wrapped item's name is shown joined."""
from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

#: at most this many nodes of one deck are listed (the rest are counted)
MAX_NODES = 300
_SHOWN = ("title", "page_title", "heading", "label", "item")


def _val(v: Any) -> str:
    return "" if v is None or str(v) in ("<NA>", "nan", "None") else str(v)


def outline_section(rows: Sequence[Mapping[str, Any]]) -> str:
    """A collapsed section listing the deck's outline (rows of the `outline` table of one deck)."""
    e = html.escape
    shown = [r for r in rows if r.get("kind") in _SHOWN]
    if not shown:
        return ""
    count = {k: sum(r.get("kind") == k for r in shown) for k in _SHOWN}
    summary = ", ".join(f"{n} {k.replace('_', ' ')}{'s' if n != 1 else ''}" for k, n in count.items() if n)
    items = []
    for r in shown[:MAX_NODES]:
        level = int(r.get("level") or 0)
        where = f"p. {r['page']}" if _val(r.get("page")) else (f"line {r['line']}" if _val(r.get("line")) else "")
        ministry = f" <small>[{e(_val(r.get('ministry')))}]</small>" if _val(r.get("ministry")) else ""
        kinds = [x for x in _val(r.get("labels")).split("|") if x.startswith("document:")]  # the document's kind (title)
        ministry += f" <small class='muted'>({e(', '.join(kinds))})</small>" if kinds else ""
        name = _val(r.get("name")) or _val(r.get("text"))
        items.append(f"<li style='margin-left:{1.2 * level:.1f}rem'><small class='muted'>{e(str(r.get('kind')))} · "
                     f"{e(where)}</small> {e(name)}{ministry}</li>")
    more = f"<li class='muted'>… {len(shown) - MAX_NODES} more</li>" if len(shown) > MAX_NODES else ""
    return (f"<details><summary><b>Outline</b> ({e(summary)})</summary>"
            f"<ul style='list-style:none;padding-left:0'>{''.join(items)}{more}</ul></details>")
