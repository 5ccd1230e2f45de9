"""A pdfplumber page's objects (chars, rects, lines, curves, images) as `page.objects` gives them, with the
same dicts in the same order, but a character built without pdfplumber's generic per-attribute resolution
(issue 25): `Page.process_object` resolves every attribute of every char through `resolve_all`, a
quarter of the page's parse on a text page, though a char's attributes are plain numbers and strings.
Any other object, and a char with anything not plain, goes through pdfplumber's own `process_object`.

`quiet_debug`: pdfminer's parser calls `log.debug` about 14,000 times a page (each token, object and operator);
with its loggers off each call still costs two Python calls."""
from __future__ import annotations

import functools
import logging
import sys
import unicodedata
from typing import Any, NamedTuple

_PLAIN = (float, int, str, bool, type(None))


def parse_objects(page: Any) -> dict[str, list[dict[str, Any]]]:
    """`page.parse_objects()`: the same objects, grouped by kind in layout order (annotations left out)."""
    from pdfminer.layout import LTChar, LTContainer

    objects: dict[str, list[dict[str, Any]]] = {}
    with_containers = page.pdf.laparams is not None
    at = _facts(page)
    todo = [iter(page.layout._objs)]
    while todo:  # pdfplumber's iter_layout_objects without a generator per container
        obj = next(todo[-1], None)
        if obj is None:
            todo.pop()
            continue
        if isinstance(obj, LTContainer):
            if with_containers:
                _add(objects, page.process_object(obj))
            todo.append(iter(obj._objs))
            continue
        found = _char(at, obj) if type(obj) is LTChar else _curve(at, obj) if type(obj) in _curves() else None
        _add(objects, found if found is not None else page.process_object(obj))
    return objects


def _add(objects: dict[str, list[dict[str, Any]]], obj: dict[str, Any]) -> None:
    kind = obj["object_type"]
    if kind != "anno":
        objects.setdefault(kind, []).append(obj)


def read_objects(page: Any) -> None:
    """Parse the page once into its object cache (what `page.objects` then returns)."""
    if not hasattr(page, "_objects"):
        page._objects = parse_objects(page)


class _QuietLog:
    """A pdfminer module's logger whose `debug` is one C call that takes any arguments and does nothing
    (`"".format`); everything else is the logger's own."""
    __slots__ = ("_log",)
    debug = "".format

    def __init__(self, log: logging.Logger) -> None:
        self._log = log

    def __getattr__(self, name: str) -> Any:
        return getattr(self._log, name)


def quiet_debug() -> None:
    """Each loaded pdfminer module's logger, when its debug messages are off (pdf.py sets pdfminer's level to
    ERROR), replaced by a `_QuietLog`: the same output, ~0.1 us less per call. A module loaded later keeps
    its own; debug turned on after this is not heard from the modules replaced."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("pdfminer."):  # only pdfminer's: reading other modules' attributes can warn (numpy.core)
            continue
        log = getattr(module, "log", None)
        if isinstance(log, logging.Logger) and not log.isEnabledFor(logging.DEBUG):
            module.log = _QuietLog(log)  # type: ignore[attr-defined]


@functools.cache
def _attrs() -> frozenset[str]:
    from pdfplumber.page import ALL_ATTRS

    return frozenset(ALL_ATTRS)


@functools.cache
def _curves() -> dict[type, str]:
    from pdfminer.layout import LTCurve, LTLine, LTRect

    return {LTRect: "rect", LTLine: "line", LTCurve: "curve"}


def _plain(v: Any) -> bool:
    """A number, string, bool or None, or a tuple or list of them (what resolve_all returns as it is)."""
    t = type(v)
    return t in _PLAIN or (t is tuple or t is list) and all(type(x) in _PLAIN for x in v)


@functools.lru_cache(maxsize=256)
def _colour_space(name: str) -> Any:
    from pdfplumber.utils.pdfinternals import resolve_and_decode

    return resolve_and_decode(name)


class _PageFacts(NamedTuple):
    number: int
    height: float
    mb_x0: float
    mb_top: float
    doctop: float
    unicode_norm: Any


def _facts(page: Any) -> _PageFacts:
    mb_x0, mb_top = page.mediabox[:2]
    return _PageFacts(page.page_number, page.height, mb_x0, mb_top, page.initial_doctop, page.pdf.unicode_norm)


def _char(at: _PageFacts, obj: Any) -> dict[str, Any] | None:
    """Page.process_object for an LTChar whose attributes are plain values; None when one is not."""
    keep = _attrs()
    attr: dict[str, Any] = {}
    for k, v in obj.__dict__.items():
        if k in keep:
            if type(v) is tuple and all(type(x) in _PLAIN for x in v) or type(v) in _PLAIN:
                attr[k] = v
            else:
                return None
    if type(attr.get("fontname")) is not str or hasattr(obj, "scs") or type(getattr(obj.ncs, "name", None)) is not str:
        return None
    attr["object_type"] = "char"
    attr["page_number"] = at.number
    attr["ncs"] = _colour_space(obj.ncs.name)
    text = obj.get_text()
    attr["text"] = unicodedata.normalize(at.unicode_norm, text) if at.unicode_norm is not None else text
    gs = obj.graphicstate
    attr["stroking_color"] = gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,)
    attr["non_stroking_color"] = gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,)
    return _placed(at, attr)


def _curve(at: _PageFacts, obj: Any) -> dict[str, Any] | None:
    """Page.process_object for an LTRect, LTLine or LTCurve whose attributes are plain (its points tuples
    of numbers); None when one is not."""
    keep = _attrs()
    attr: dict[str, Any] = {}
    for k, v in obj.__dict__.items():
        if k in keep:
            if k == "pts" and type(v) is list and all(type(p) is tuple and _plain(p) for p in v):
                attr[k] = list(v)
            elif _plain(v):
                attr[k] = list(v) if type(v) is list else v
            else:
                return None
    if hasattr(obj, "ncs") or hasattr(obj, "scs") or "pts" not in attr:
        return None
    attr["object_type"] = _curves()[type(obj)]
    attr["page_number"] = at.number

    def coord(pt: tuple[float, float]) -> tuple[float, float]:  # Page.point2coord
        return (at.mb_x0 + pt[0], at.mb_top + at.height - pt[1])

    attr["pts"] = [coord(p) for p in attr["pts"]]
    attr["path"] = [(cmd, *map(coord, pts)) for cmd, *pts in obj.original_path]
    attr["dash"] = obj.dashing_style
    return _placed(at, attr)


def _placed(at: _PageFacts, attr: dict[str, Any]) -> dict[str, Any]:
    """The object's top, bottom and doctop, and x moved by the MediaBox's origin (as Page.process_object)."""
    if "y0" in attr:
        attr["top"] = (at.height - attr["y1"]) + at.mb_top
        attr["bottom"] = (at.height - attr["y0"]) + at.mb_top
        attr["doctop"] = at.doctop + attr["top"]
    if "x0" in attr and at.mb_x0 != 0:
        attr["x0"] = attr["x0"] + at.mb_x0
        attr["x1"] = attr["x1"] + at.mb_x0
    return attr
