"""Python's cyclic garbage collector during a run: fewer passes over what the run holds.

By default a pass over the young objects runs every 700 allocations of containers, and every hundredth one
a full pass over every object alive. A re-run holds every kept deck's rows, deck rows, validation
summaries and names' keys (millions of objects at 5,000 decks) while it merges, links and writes: the
full passes cost time in proportion to all the decks, not to the ones that changed (about 4 of the 17 CPU-s
of a one-changed re-run at 5,100 decks, `bench/results/issue25_perf12.md`). With the young threshold at
`YOUNG` the passes are seventy times rarer; what a run frees is freed by reference counts as before, and
the few cycles it makes (a few MB of them at 50,000 objects) still wait one young pass at most.
Nothing the run computes depends on when the collector runs."""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: allocations of container objects between two passes over the young objects (Python's default: 700)
YOUNG = 50_000
#: young passes between two passes over the middle generation, and those between two full passes
OLDER = 20
#: the same during a whole run (`run.run`), whose merge, report and publish hold every kept deck's rows to the
#: end: a middle pass walks every object that outlived a young pass since the last one (up to OLDER x YOUNG),
#: and nearly all of those live to the end of the run, so each pass found little to free. At 20, four such
#: passes cost 0.22 CPU-s of a one-changed re-run at 5,100 decks; at 1,000 none ran, with the same peak RSS
#: (`bench/results/issue25_s23_scale.md`). A deck's reading (`run.reading`) keeps OLDER.
RUN_OLDER = 1000


@contextmanager
def fewer_collections(young: int = YOUNG, older: int = OLDER) -> Iterator[None]:
    """The collector's thresholds raised for the block, and put back as they were after it (an error too)."""
    was = gc.get_threshold()
    gc.set_threshold(young, older, older)
    try:
        yield
    finally:
        gc.set_threshold(*was)
