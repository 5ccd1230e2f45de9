"""Accounts by their names: the words that make a heading or a label an account (`一般会計`, `◇特別会計`, `財産区会計`) or a
group of accounts, and an account heading's own figure set alone on the line under it (context/totals.py reads them)."""
from __future__ import annotations

import re

from ..dictionary import load
from . import outline as ol

#: a label's leading markers and numbers and its trailing particles, colons and leaders (`補正後の予算額…821億円`)
LABEL_TRIM = re.compile(r"^[\s0-9０-９.．、,■◆◇○●・•\-]+|[\s|｜:：、，,はがをで約…‥.]+$")
BRACKETED = re.compile(r"[（(][^（()）]*[）)]")


def is_account(text: str) -> bool:
    """The words are an account's name (`◇特別会計`, `財産区会計`: totals.json account_ends), not a title that mentions
    one (`令和6年度一般会計補正予算(第5号)`, `一般会計の主な事業`)."""
    core = LABEL_TRIM.sub("", BRACKETED.sub("", text))
    return core.endswith(tuple(load("totals")["account_ends"]))


def account_group(text: str) -> bool:
    """The heading is a group of accounts and nothing else (`◇特別会計`, `【公営企業会計】`: totals.json account_groups)."""
    return LABEL_TRIM.sub("", BRACKETED.sub("", text)).strip("【】[]〔〕<>＜＞") in load("totals")["account_groups"]


def names_account(text: str) -> bool:
    """The words name an account: an account's word anywhere (`一般会計`, `特別会計(4会計の総額)`) or are one."""
    return any(a in text for a in load("roles")["accounts"]) or is_account(text)


def figure_under(n: ol.Node, outline: ol.Outline) -> bool:
    """The node's own figure stands alone on the line right under it (`◇特別会計` then `1,014億9,200万円`)."""
    first = outline.nodes[n.children[0]] if n.children else None
    return first is not None and first.figures > 0 and not first.name


def account_name(core: str) -> bool:
    """The name is an account's (totals.json account_names, with or without an account's ending: `国民健康保険事業`,
    `介護保険特別会計`, `下水道事業会計`), not a work of one (`下水道管渠更新事業`)."""
    totals = load("totals")
    for end in ("", *sorted(totals["account_name_ends"], key=len, reverse=True)):
        if core.endswith(end) and core[:len(core) - len(end)] in totals["account_names"]:
            return True
    return False


def sub_account(text: str) -> bool:
    """A line under an account heading that is itself an account (by its name, or a name that ends as one), not a work
    of the account (`・配水管更新事業`, `主な事業:…`)."""
    parts = re.split(r"[\s\u3000]+", LABEL_TRIM.sub("", BRACKETED.sub("", text)))
    # any word of a row that names the account among its labels (`特別会計 国民健康保険 令和5年度`)
    return any(account_name(p) or is_account(p) for p in parts if p)


def account_work(text: str) -> bool:
    """A line under an account that names a work of it (`・汚水管渠整備事業`, `・マンホールポンプ更新工事`: totals.json work_ends),
    not an account (`国民健康保険事業`) nor a class or a fund (`看護専門学校`, `国債費`)."""
    core = re.sub(r"[\s\u3000]+", "", LABEL_TRIM.sub("", BRACKETED.sub("", text)))
    return core.endswith(tuple(load("totals")["work_ends"])) and not sub_account(text)
