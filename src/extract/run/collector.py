"""Python's cyclic garbage collector during a run: fewer passes over what the run holds.

By default a pass over the young objects runs every 700 allocations of containers, and every hundredth one
a full pass over every object alive. A re-run holds every kept deck's rows, deck rows, validation
summaries and names' keys (millions of objects at 5,000 decks) while it merges, links and writes: the
full passes cost time in proportion to all the decks, not to the ones that changed (about 4 of the 17 CPU-s
of a one-changed re-run at 5,100 decks, `bench/results/issue25_perf12.md`). With the young threshold at
`YOUNG` the passes are seventy times rarer; what a run frees is freed by reference counts as before, and
the few cycles it makes (a few MB of them at 50,000 objects) wait one young pass, or when still referenced
then, a middle pass (`OLDER`).
Nothing the run computes depends on when the collector runs."""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: allocations of container objects between two passes over the young objects (Python's default: 700)
YOUNG = 50_000
#: young passes between two passes over the middle generation, and those between two full passes. A middle
#: pass walks every object that outlived a young pass since the last one (up to OLDER x YOUNG), and what a run
#: or a deck's reading keeps (every kept deck's rows; a long PDF's lines and tables) mostly lives to its end,
#: so such passes found little to free: at 20, four of them cost 0.22 CPU-s of a one-changed re-run at 5,100
#: decks and two 0.28 CPU-s of reading the 612-page budget book; at 1,000 none ran, the peak RSS within 3 %
#: (`bench/results/issue25_s23_scale.md`).
OLDER = 1000


@contextmanager
def fewer_collections(young: int = YOUNG, older: int = OLDER) -> Iterator[None]:
    """The collector's thresholds raised for the block, and put back as they were after it (an error too)."""
    was = gc.get_threshold()
    gc.set_threshold(young, older, older)
    try:
        yield
    finally:
        gc.set_threshold(*was)
