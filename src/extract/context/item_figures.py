"""Whether an outline node carries a figure of its own (context/totals.py: a heading or an item over items that carry their
own figures is their total): a name line with its figure, not a sentence that tells a term with a figure inside it."""
from __future__ import annotations

import re

from . import outline as ol
from .accounts import BRACKETED

#: an item that reads as a sentence: its figure is a term the sentence tells (`・…助成券(2,000円×5枚)にて補助します。`,
#: `・…給食費は1食あたり、小学校360円…`), no figure the item carries as its own
_SENTENCE_ITEM = re.compile(r"[、。]|です|ます")


def states_figure(n: ol.Node) -> bool:
    """The item carries a figure of its own: a name line with its figure (`2.…助成事業 194万円`, `・…事業 500万円`),
    not a sentence with a figure inside it (its words before the figure hold a comma or a stop, or open a bracket)."""
    words = BRACKETED.sub("", n.text)  # `学校施設改修事業(体育館、プール) 3億円`: a comma in brackets makes no sentence
    return bool(n.figures) and not _SENTENCE_ITEM.search(words) and not n.name.rstrip().endswith(("(", "（"))
