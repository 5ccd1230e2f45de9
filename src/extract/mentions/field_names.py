"""A programme sheet's name field (`事業名 :都市小河川改良費(19961692)`, `事業名:` / `電源立地地域整備費`): the programme of
the sheet's figures under it (mentions/naming.py asks for a budget figure no nearer rule named)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..context import programs as progs
from ..context.labels import LineInfo
from ..dictionary import load
from .label_names import label_only


@lru_cache(maxsize=1)
def _name_field() -> re.Pattern[str]:
    fields = "|".join(map(re.escape, load("programs")["name_fields"]))
    # (`事業名 地域公共交通確保維持事業` alone on its line: the field's name, as after a colon; a field in brackets,
    # `<事業名>…`, `【事業名】…`: the bracket closes it as a colon would)
    return re.compile(rf"^[\s　]*(?:[<＜〈【［\[〔](?:{fields})[>＞〉】］\]〕][\s　]*|(?:{fields})(?:[\s　]*[:：][\s　]*"
                      rf"|[\s　]+(?=[^\s　]+(?:[\s　]+\S|[\s　]*$))))([^\s　]+)")


#: a name field alone on its line with its colon (`事業名:`): its name is on the next line
_FIELD_ALONE = re.compile(r"[\s　]*[^\s　:：]{2,6}[\s　]*[:：][\s　]*")
#: a sheet's code in brackets after the name it files (`都市小河川改良費(19961692)`)
_CODE = re.compile(r"[(（][0-9０-９\-－]+[)）]$")


def _has_stop(info: LineInfo) -> bool:
    """The line holds a sentence's stop, looked for once a line (every figure of a long line asks)."""
    stop = info.memo.get("has_stop")
    if not isinstance(stop, bool):
        info.memo["has_stop"] = stop = "。" in info.norm
    return stop


def field_name(infos: list[LineInfo], i: int) -> str | None:
    """A sheet's name field above the figure (`事業名 :都市小河川改良費(19961692) 予算要求課 河川室`, `事業名:地域交通確保事業`):
    the programme the sheet's figures are for, up to the next field on its line, without its filing code; the field alone
    on its line (`事業名:`) holds its name on the next line. It names the figures of its sheet (its page) down to
    programs.json field_reach lines under it over its table's cells (a request sheet's 要求額 stands far below: `事業名:` /
    `電源立地地域整備費`), lines_above lines over sentences (a description's lines: another work may be told there)."""
    prose = 0
    for k in range(i, max(-1, i - int(load("programs")["field_reach"]) - 1), -1):
        prose += _has_stop(infos[k])
        if infos[k].page != infos[i].page or prose > int(load("programs")["lines_above"]):
            return None
        alone = k + 1 < i and _FIELD_ALONE.fullmatch(infos[k].norm) is not None
        text = infos[k].norm + " " + infos[k + 1].norm.strip() if alone else infos[k].norm
        found = _name_field().match(text)
        if found is not None:  # (`事業名 令和6年度 令和5年度`, `事業名 予算額`: a table's header, no field of a name)
            name = _CODE.sub("", found.group(1)).strip()
            spaced = not text[found.start(1) - 1].strip() and ":" not in text[:found.start(1)] and "：" not in text[:found.start(1)]
            header = spaced and (label_only(name) or any(found.start(1) <= f.start < found.end(1) for f in infos[k].fiscal_years))
            return name if len(name) >= 2 and not progs.referring(name) and not header else None
    return None
