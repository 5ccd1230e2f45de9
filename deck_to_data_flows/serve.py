"""`deck-to-data serve`: the main flow as a Prefect served deployment on a schedule.

Prefect's temporary API cannot run schedules, so without PREFECT_API_URL this starts a real local
Prefect server (127.0.0.1, its database under the output folder's `.state/`), waits until it is healthy,
serves against it from a child process, and stops both on SIGTERM/SIGINT. With PREFECT_API_URL set,
it serves against that server directly.
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

from extract.options import RunOptions

DEFAULT_INTERVAL = 600.0


def wait_healthy(url: str, timeout: float = 120.0, proc: subprocess.Popen[bytes] | None = None) -> None:
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


def _stop(proc: subprocess.Popen[bytes], grace: float = 20.0) -> None:
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def serve_here(options: RunOptions, interval: float | None = None, cron: str | None = None) -> int:
    """Serve the deployment against PREFECT_API_URL (blocks until stopped)."""
    from deck_to_data_flows.extract_decks import extract_decks

    schedule: dict[str, Any] = {"cron": cron} if cron else {"interval": interval or DEFAULT_INTERVAL}
    params = options.to_params()
    print(start_message(os.environ["PREFECT_API_URL"], schedule, params["raw"], params["out_dir"]), flush=True)
    extract_decks.serve(name="scheduled", parameters={"options": params}, limit=1, print_starting_message=False,
                        **schedule)
    return 0


def start_message(api_url: str, schedule: dict[str, Any], raw: str, out_dir: str) -> str:
    """What serving does, and commands that work from any other shell (Prefect's own hint omits the
    server's address, so it fails unless PREFECT_API_URL is set there too)."""
    when = f"every {schedule['interval']:g} s" if "interval" in schedule else f"on cron '{schedule['cron']}'"
    exe = Path(sys.executable).with_name("prefect")
    env = f"PREFECT_API_URL={shlex.quote(api_url)} {shlex.quote(str(exe)) if exe.exists() else 'prefect'}"
    return (f"serving extract-decks {when}: {raw} -> {out_dir} (a run with nothing new publishes nothing)\n"
            f"  run it now:     {env} deployment run 'extract-decks/scheduled'\n"
            f"  see its runs:   {env} flow-run ls --flow-name extract-decks\n"
            f"  stop serving:   Ctrl-C (or SIGTERM)")


#: flow runs (with their logs and artifacts) and events older than this are deleted by the local Prefect
#: server's own vacuum service, so its database stays small however long it serves
HISTORY_DAYS = 7
HISTORY = {
    "PREFECT_SERVER_SERVICES_DB_VACUUM_ENABLED": "events,flow_runs",
    "PREFECT_SERVER_SERVICES_DB_VACUUM_RETENTION_PERIOD": str(HISTORY_DAYS * 86400),
    "PREFECT_SERVER_EVENTS_RETENTION_PERIOD": f"P{HISTORY_DAYS}D",  # an ISO 8601 duration (not seconds) here
}


def server_env(home: Path) -> dict[str, str]:
    """The local Prefect server's environment: its state under `home`, nothing sent anywhere, and its
    run history pruned after `HISTORY_DAYS` (each setting can be overridden from the environment)."""
    env = {**HISTORY, **os.environ}
    env.update({"PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"})
    return env


class ServeError(ValueError):
    """A schedule, port or output folder that serving cannot use: said in one line, before anything starts."""


def check_cron(cron: str) -> None:
    """ServeError for a cron string Prefect would refuse (with an example of a good one)."""
    from prefect.client.schemas.schedules import CronSchedule
    from pydantic import ValidationError

    try:
        CronSchedule(cron=cron)
    except (ValidationError, ValueError):
        raise ServeError(f"--cron {cron!r} is not a valid cron schedule: five fields, minute hour day month weekday, "
                         f"e.g. '*/10 * * * *' (every 10 minutes)") from None


def check_port(port: int, host: str = "127.0.0.1") -> None:
    """ServeError when the local Prefect server's port is taken (or out of range)."""
    import socket

    if not 0 < port < 65536:
        raise ServeError(f"--port {port} is not a port number (1-65535)")
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind((host, port))
        except OSError as e:
            raise ServeError(f"port {port} on {host} is in use ({e.strerror}): give another with --port, or point "
                             f"PREFECT_API_URL at a running Prefect server") from None


def check_serve(options: RunOptions, interval: float | None, cron: str | None, port: int) -> None:
    """Everything `serve` can be told is wrong before it starts a server: ServeError or OutputRefused."""
    from extract.outdir import claim

    if interval is not None and interval <= 0:
        raise ServeError(f"--interval must be more than 0 seconds, not {interval:g}")
    if cron is not None:
        check_cron(cron)
    if not os.environ.get("PREFECT_API_URL"):
        check_port(port)
    claim(options.out_dir, options.raw)


def serve(options: RunOptions, interval: float | None = None, cron: str | None = None,
          state_dir: Path | None = None, port: int = 4200) -> int:
    """Serve the flow on a schedule: against PREFECT_API_URL when set, else against a local Prefect
    server started here (its database under `state_dir`, default `<out>/.state`)."""
    if os.environ.get("PREFECT_API_URL"):
        return serve_here(options, interval, cron)
    state = Path(state_dir or Path(options.out_dir) / ".state").resolve()
    home = state / "prefect-server"
    home.mkdir(parents=True, exist_ok=True)
    url = f"http://127.0.0.1:{port}/api"
    env = server_env(home)
    prefect = Path(sys.executable).with_name("prefect")
    server = subprocess.Popen([str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL if not sys.stdout.isatty() else None,
                              start_new_session=True)
    child: subprocess.Popen[bytes] | None = None
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
        argv = ["--options", options.to_json()]
        if cron:
            argv += ["--cron", cron]
        elif interval:
            argv += ["--interval", str(interval)]
        child = subprocess.Popen([sys.executable, "-m", "deck_to_data_flows.serve", *argv], env={**os.environ, "PREFECT_API_URL": url})
        while child.poll() is None:
            time.sleep(0.5)
        return 0 if stopping else (child.returncode or 0)
    finally:
        if child is not None:
            _stop(child)
        _stop(server)
        print("stopped", flush=True)


def _main(argv: list[str] | None = None) -> int:
    """The child that serves against the started server: `python -m deck_to_data_flows.serve --options JSON`."""
    p = argparse.ArgumentParser(prog="deck_to_data_flows.serve")
    p.add_argument("--options", required=True)
    p.add_argument("--interval", type=float, default=None)
    p.add_argument("--cron", default=None)
    a = p.parse_args(argv)
    return serve_here(RunOptions.resolve(json.loads(a.options)), a.interval, a.cron)


if __name__ == "__main__":
    sys.exit(_main())
