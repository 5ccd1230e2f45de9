"""Seconds from a process's start to its first deck child running: the path a run takes before a budget book's
first page is read (import the run, start the decks' forkserver, which imports and warms up, fork a child), and
the CPU seconds of the caller's imports (issue 25). Prints both, on one line.

usage: PYTHONPATH=<tree>/src python bench/first_child.py   (alternate two trees to compare them)
"""
import time

START = time.time()


def child_started() -> float:
    return time.time()


def main() -> None:
    c0 = time.process_time()
    from extract.options import RunOptions  # noqa: F401
    from extract.run import run  # noqa: F401  (what a run's caller imports)
    imports_cpu = time.process_time() - c0
    import extract.run as R
    from extract.sandbox import Limits, run_limited, start_sandbox
    R.warm_sandbox()
    start_sandbox()
    got = run_limited(child_started, (), Limits())
    print(f"{got - START:.3f} {imports_cpu:.3f}")


if __name__ == "__main__":  # the forkserver's child imports this file as __mp_main__: nothing may run then
    main()
