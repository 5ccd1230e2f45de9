"""The century or era of the era-less years of a text that writes no era and no four-digit year at all (a publisher's
digest, `27 年度の国立大学法人運営費交付金は、…`; a wire's table, `(20年度) 5.0兆円`): read against the run's reference
year, never the clock (context/elided_years.py reads the years)."""
from __future__ import annotations

from collections.abc import Sequence

from ..dictionary import eras, load
from .labels import LineInfo


def unanchored_base(years: set[int], reference: int, western: bool = False) -> int | None:
    """The year 0 every era-less year of a text with no anchor reads from: the latest of the two latest eras (as a bare
    letter era, `H29`, `R3`) that holds them all, none past the reference year; None where the 2000s hold them all too
    (`18年度からの3カ年事業` in a paper's story: 平成18 or 2018, the text does not say) or neither era does (`35年度までに`
    in a plan: a target, never 昭和35). `western`: a news desk's text (short_years_western), whose short years are the
    2000s' where the 2000s hold them all."""
    if not years or min(years) < 1:
        return None
    century = reference // 100 * 100
    if western and max(years) + century <= reference:
        return century
    bases = sorted(set(eras().values()))
    ends = [b + 1 for b in bases[1:]] + [reference]
    held = [b for b, end in list(zip(bases, ends))[-2:] if max(years) + b <= min(end, reference)]
    if not held or max(years) + century <= reference:
        return None
    return held[-1]


def short_years_western(infos: Sequence[LineInfo]) -> bool:
    """A news wire's or an economic paper's credit in the text's opening or closing lines (fiscal_scope.json
    short_year_sources: `[東京 8日 ロイター] -`): its desk writes a year's Western last two digits, never an era's count."""
    got = load("fiscal_scope")["short_year_sources"]
    texts = [info.norm for info in infos if info.norm.strip()]
    n = int(got["lines"])
    return any(w in text for text in texts[:n] + texts[n:][-n:] for w in got["words"])
