"""The soak of issue 24, short: a served deployment over a folder that keeps changing publishes only when
something changed and never a truncated deck (`python -m tests.soak --seconds 600` runs the full one)."""
from __future__ import annotations

import pytest

from tests.soak import REWRITE_EVERY, soak


@pytest.mark.slow
def test_a_served_deployment_publishes_only_what_changed(tmp_path):
    c = soak(tmp_path, seconds=120, interval=10)
    assert c.runs >= 2 and c.checks >= 1, c  # it published, and some ticks found nothing to do
    assert c.rewrites == int(120 // REWRITE_EVERY) - (1 if 120 % REWRITE_EVERY == 0 else 0) or c.rewrites >= 5, c
    assert c.runs <= c.changes_made, c  # never a publication without a change
    assert not c.truncated and c.slow_copies == 1, c
    assert c.statuses.get("slow") in ("published", "waiting"), c
    assert c.statuses["steady"] == "published" and c.statuses["notes.docx"] == "skipped", c
    assert c.limit_status == "failed" and "--deck-timeout" in (c.limit_error or ""), c
