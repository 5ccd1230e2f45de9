"""The soak of issue 24, short: a served deployment over a folder that keeps changing publishes only when
something changed and never a truncated deck (`python -m tests.soak --seconds 600` runs the full one)."""
from __future__ import annotations

import pytest

from tests.soak import QUIET_AFTER, REWRITE_EVERY, soak

#: the served minute (the suite's slowest test: 120 s before; every check below still sees its case happen)
SECONDS = 75


@pytest.mark.slow
def test_a_served_deployment_publishes_only_what_changed(tmp_path):
    c = soak(tmp_path, seconds=SECONDS, interval=5)
    assert c.runs >= 1 and c.ticks >= 2, c
    assert c.rewrites >= QUIET_AFTER * SECONDS // REWRITE_EVERY - 1, c
    assert c.runs <= c.changes_made, c  # never a publication without a change
    assert not c.truncated and c.slow_copies == 1, c
    assert c.statuses.get("slow") in ("published", "waiting", None), c  # None: no tick after it arrived
    assert c.statuses.get("rewritten") in ("published", "waiting"), c  # never dropped from `decks`
    assert c.statuses["steady"] == "published" and c.statuses["notes.odt"] == "skipped", c
    assert c.statuses.get("later.odt") in ("skipped", None), c  # None: no tick after it arrived
    assert c.limit_status == "failed" and "--max-text-mb" in (c.limit_error or ""), c  # and never retried
