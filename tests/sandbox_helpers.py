"""Functions the sandbox tests run in a deck's child process (importable by name, as the sandbox needs)."""
from __future__ import annotations

import time

from extract.sandbox import report_pages


def spin(seconds: float) -> float:
    """Use `seconds` of CPU time (a deck's rules at work); the CPU seconds it took."""
    start = time.process_time()
    while time.process_time() - start < seconds:
        sum(range(10_000))
    return time.process_time() - start


def slow_pages(pages: int, seconds: float) -> int:
    """A deck of `pages` pages that takes `seconds` of CPU time to read."""
    report_pages(pages)
    spin(seconds)
    return pages


def starved(cpu: float, wall: float) -> float:
    """A deck that needs `cpu` CPU seconds but gets them over `wall` seconds, as on a machine whose cores
    other processes hold (slices of work between waits); the CPU seconds it used."""
    slices = 10
    used = 0.0
    for _ in range(slices):
        used += spin(cpu / slices)
        time.sleep(max(wall - cpu, 0.0) / slices)
    return used


def hang(seconds: float) -> str:
    """A deck that waits without using CPU (a lock, a pipe that never answers)."""
    time.sleep(seconds)
    return "woke"
