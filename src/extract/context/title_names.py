"""A page title that names the budget document, not a programme: `国土交通省関係 第3次補正予算の概要`, `令和7年度予算のポイント`.
A figure that takes such a title as its name (no item, heading or clause of its own names it) states the document's whole
(GUIDE: totals are no programmes): a slide deck's summary strip (`…補正予算の概要 公 1兆8,353億円 非 397億円`) repeated on
every page is the package's total, never a row."""
from __future__ import annotations

from ..dictionary import load
from .labels import label_role

#: what may stand between a budget's label and the document's word (`予算（案）の概要`, `補正予算 の ポイント`)
_BETWEEN = " \u3000(（)）案の"


def names_document(name: str) -> bool:
    """The name is a budget label followed by a word that names a document about it (programs.json document_words:
    `概要`, `ポイント`, `について`)."""
    label = label_role(name)
    if label is None:
        return False
    return name[label[1]:].lstrip(_BETWEEN).startswith(tuple(load("programs")["document_words"]))
