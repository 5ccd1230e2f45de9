"""Small helpers shared by the unit-and-number rules (durations, counts, percents, ranks)."""
from __future__ import annotations

import re
from decimal import Decimal

from ..numbers import parse_compound, to_number
from .fragments import negative


def number(text: str | None) -> Decimal | None:
    if text is None:
        return None
    value, _ = parse_compound(text)
    return value


def signed(m: re.Match[str], value: Decimal | None) -> Decimal | None:
    if value is None:
        return None
    return -value if negative(m.groupdict().get("sign")) else value


def interval(lo: Decimal | None, hi: Decimal | None, scale: Decimal = Decimal(1)) -> tuple[object, object] | None:
    """(min, max) as published numbers; None when the ends are reversed (not a range then)."""
    if lo is not None and hi is not None and lo > hi:
        return None
    return (to_number(lo * scale) if lo is not None else None, to_number(hi * scale) if hi is not None else None)
