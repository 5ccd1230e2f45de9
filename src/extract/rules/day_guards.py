"""Guards of the news-day rules (rules/date_relative.py lead_day, clause_day): shapes of the same letters that name
no day an item's subject acted (rev26's findings on tail29)."""
from __future__ import annotations

import re

from ..dictionary import load


def a_request_by(m: re.Match[str]) -> bool:
    """…は15日までに、…提出してください: the sentence after the day ends on a request (anchors.json
    lead_day_by_requests), a deadline set for the reader, no day its subject acted (judgement call 1)."""
    rest = m.string[m.end():]
    if not rest.startswith(tuple(load("anchors")["lead_day_by"])):
        return False
    sentence = re.split(r"[。．]", rest, maxsplit=1)[0].rstrip(" 」)")
    return sentence.endswith(tuple(load("anchors")["lead_day_by_requests"]))


def after_a_span_word(before: str) -> bool:
    """採用後、30日、90日の各時点で: a span's word (後, から) before the clause's comma counts the days from an event;
    その後、 (a narrative's connective) is none (anchors.json clause_day_span_before)."""
    a = load("anchors")
    head = before.rstrip(" 、,")
    return (len(head) < len(before.rstrip(" ")) and head.endswith(tuple(a["clause_day_span_before"]))
            and not head.endswith(tuple(a["clause_day_span_connectives"])))
