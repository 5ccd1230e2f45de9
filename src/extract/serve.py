"""`extract serve`: the main flow as a Prefect served deployment on a schedule.

Prefect's temporary API cannot run schedules, so without PREFECT_API_URL this starts a real local
Prefect server (127.0.0.1, its database under the project's state folder), waits until it is healthy,
serves against it from a child process, and stops both on SIGTERM/SIGINT. With PREFECT_API_URL set,
it serves against that server directly.
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

DEFAULT_INTERVAL = 600.0


def wait_healthy(url: str, timeout: float = 120.0, proc: subprocess.Popen | None = None) -> None:
    """Poll the server's /health until it answers, the process dies, or `timeout` passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"the Prefect server exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"the Prefect server at {url} did not become healthy within {timeout:g} s")


def _stop(proc: subprocess.Popen, grace: float = 20.0) -> None:
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def serve_here(args: argparse.Namespace) -> int:
    """Serve the deployment against PREFECT_API_URL (blocks until stopped)."""
    from flows.extract_decks import extract_decks

    schedule = {"cron": args.cron} if args.cron else {"interval": args.interval or DEFAULT_INTERVAL}
    from .cli import flow_options

    params = {"raw_dir": str(Path(args.raw_dir).resolve()), "out_dir": str(Path(args.out_dir).resolve()),
              **flow_options(args)}
    if params["passwords_file"]:
        params["passwords_file"] = str(Path(params["passwords_file"]).resolve())
    print(f"serving extract-decks on {os.environ['PREFECT_API_URL']}: {schedule}, watching {params['raw_dir']}", flush=True)
    extract_decks.serve(name="scheduled", parameters=params, limit=1, **schedule)
    return 0


def serve_argv(args: argparse.Namespace) -> list[str]:
    """The same `serve` command line, for the child that serves against the started server."""
    argv = ["serve", str(args.raw_dir), "--out", str(args.out_dir), "--lock-timeout", str(args.lock_timeout),
            "--settle-seconds", str(args.settle_seconds), "--deck-timeout", str(args.deck_timeout),
            "--deck-memory-mb", str(args.deck_memory_mb), "--max-text-mb", str(args.max_text_mb)]
    if args.passwords_file:
        argv += ["--passwords", str(args.passwords_file)]
    if args.cron:
        argv += ["--cron", args.cron]
    elif args.interval:
        argv += ["--interval", str(args.interval)]
    if args.dask_address:
        argv += ["--dask-address", args.dask_address]
    if args.dask_local:
        argv += ["--dask-local", str(args.dask_local)]
    return argv


def serve(args: argparse.Namespace) -> int:
    if os.environ.get("PREFECT_API_URL"):
        return serve_here(args)
    state = Path(args.state_dir).resolve()
    home = state / "prefect-server"
    home.mkdir(parents=True, exist_ok=True)
    url = f"http://127.0.0.1:{args.port}/api"
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}
    prefect = Path(sys.executable).with_name("prefect")
    server = subprocess.Popen([str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(args.port)],
                              env=env, stdout=subprocess.DEVNULL if not sys.stdout.isatty() else None,
                              start_new_session=True)
    child: subprocess.Popen | None = None
    stopping = False

    def on_signal(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True
        if child is not None and child.poll() is None:
            child.terminate()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        print(f"starting a local Prefect server on {url} (state in {home})", flush=True)
        wait_healthy(url, proc=server)
        if stopping:
            return 0
        child = subprocess.Popen([sys.executable, "-m", "extract.cli", *serve_argv(args)],
                                 env={**os.environ, "PREFECT_API_URL": url})
        while child.poll() is None:
            time.sleep(0.5)
        return 0 if stopping else (child.returncode or 0)
    finally:
        if child is not None:
            _stop(child)
        _stop(server)
        print("stopped", flush=True)
