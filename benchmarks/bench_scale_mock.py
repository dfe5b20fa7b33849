"""GitHub's REST API (1,223 operations) through `apigen mock` and `apigen fuzz` (issue: scale).

Goals: `apigen mock github` ready in <= 3 s and <= 300 MB resident; req/s on one GET route >= 90 % of the
same mock serving a 5-operation spec (that route plus four others of GitHub's, same components: only the
number of routes differs); `apigen fuzz github -n 1 --phases examples` <= 5 minutes with no failure.

Start-up is timed two ways: the whole command (`python -m generator mock github`: imports, loading,
validation, building the app; ready = the first 200 on the route) and, inside the server processes of the
throughput rounds, loading and ``create_app`` alone. Throughput: both mocks under uvicorn in child processes,
loaded from here by an asyncio keep-alive client (``--connections`` for ``--seconds`` after a warm-up), in
interleaved rounds; medians reported. Skipped, writing nothing, when the shared corpus (``$APIGEN_CORPUS``
or ``../shared/corpus``) is absent.

Run: ``python benchmarks/bench_scale_mock.py [--seconds 5] [--connections 32] [--rounds 3]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from _common import REPO, write

from generator.jobs.corpus import default_folder

CORPUS = default_folder(REPO)
GITHUB = CORPUS / "large" / "github.json"
TEMPLATE = "/repos/{owner}/{repo}/issues/{issue_number}"
ROUTE = "/repos/octo/hello/issues/7"
SMALL_OPERATIONS = 5
APIGEN = [sys.executable, "-m", "generator"]
READY_TIMEOUT = 120.0
STARTS = 3  # `apigen mock github` start-ups timed; the median is reported


# ---------------------------------------------------------------- specs


def small_spec(document: dict[str, Any]) -> dict[str, Any]:
    """GitHub's spec cut to ``SMALL_OPERATIONS`` operations: the measured route's and the first others."""
    kept = {TEMPLATE: document["paths"][TEMPLATE]}
    for path, item in document["paths"].items():
        if len(kept) == SMALL_OPERATIONS:
            break
        if "{" in path and "get" in item:
            kept[path] = {"get": item["get"]}
    return {**document, "paths": kept}


def lookup_microseconds(document: dict[str, Any]) -> float:
    """One Router.match of the route, µs (best of 5 runs of 20,000 calls)."""
    from generator.mocking._routing import Router

    router = Router("", {path: path for path in document["paths"]})
    assert router.match(ROUTE) is not None
    return min(timeit.repeat(lambda: router.match(ROUTE), number=20_000, repeat=5)) / 20_000 * 1e6


# ---------------------------------------------------------------- servers (child processes)


def _serve(spec_path: str) -> None:
    """Child: load the spec, build the mock, print port and timings, serve until killed."""
    started = time.perf_counter()
    import uvicorn

    from generator.mocking import create_app
    from generator.spec.loading import load_spec

    imported = time.perf_counter()
    spec = load_spec(Path(spec_path), Path(spec_path).stem)
    loaded = time.perf_counter()
    app = create_app(spec)
    built = time.perf_counter()
    # proto=IPPROTO_TCP: asyncio sets TCP_NODELAY only on such sockets (else Nagle adds ~40 ms a request)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(1024)
    timings = {"import": imported - started, "load": loaded - imported, "create_app": built - loaded}
    print(json.dumps({"port": sock.getsockname()[1], **timings}), flush=True)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    uvicorn.Server(config).run(sockets=[sock])


@contextmanager
def server(spec_path: Path) -> Iterator[tuple[subprocess.Popen[str], dict[str, Any]]]:
    child = subprocess.Popen([sys.executable, __file__, "--serve", str(spec_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        yield child, json.loads(child.stdout.readline())
    finally:
        child.terminate()
        child.wait(timeout=10)


def resident_mb(pid: int) -> dict[str, float]:
    """Current (VmRSS) and peak (VmHWM) resident memory of a process, MB."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return {name: int(fields[name].split()[0]) / 1024 for name in ("VmRSS", "VmHWM")}


# ---------------------------------------------------------------- load generator


async def _connection(port: int, request: bytes, stop: float, counts: dict[str, int]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while time.perf_counter() < stop:
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = next(
                (int(line[15:]) for line in head.split(b"\r\n") if line[:15].lower() == b"content-length:"), 0
            )
            await reader.readexactly(length)
            counts["ok" if head[9:12] == b"200" else "other"] += 1
    finally:
        writer.close()


async def _load(port: int, connections: int, seconds: float) -> dict[str, int]:
    request = f"GET {ROUTE} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: application/json\r\n\r\n".encode()
    counts = {"ok": 0, "other": 0}
    stop = time.perf_counter() + seconds
    await asyncio.gather(*(_connection(port, request, stop, counts) for _ in range(connections)))
    return counts


def requests_per_second(port: int, connections: int, seconds: float) -> float:
    asyncio.run(_load(port, connections, 1.0))  # warm-up: connections, lazy imports, caches
    started = time.perf_counter()
    counts = asyncio.run(_load(port, connections, seconds))
    elapsed = time.perf_counter() - started
    if counts["other"] or not counts["ok"]:
        raise SystemExit(f"port {port}: {counts['other']} non-200 answers, {counts['ok']} ok")
    return counts["ok"] / elapsed


# ---------------------------------------------------------------- the commands


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def command_start(root: Path) -> dict[str, float]:
    """`apigen mock github`: seconds until the route answers 200, and the resident memory then."""
    port = free_port()
    started = time.perf_counter()
    child = subprocess.Popen(
        [*APIGEN, "mock", "github", "--port", str(port)], cwd=root, stderr=subprocess.DEVNULL, env=_env()
    )
    try:
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{ROUTE}", timeout=READY_TIMEOUT) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                if child.poll() is not None or time.perf_counter() - started > READY_TIMEOUT:
                    raise SystemExit("apigen mock github did not start") from None
                time.sleep(0.02)
        return {"seconds": time.perf_counter() - started, **resident_mb(child.pid)}
    finally:
        child.terminate()
        child.wait(timeout=10)


def fuzz_run(root: Path) -> dict[str, Any]:
    """`apigen fuzz github -n 1 --phases examples`: wall seconds, exit status, the failure lines printed."""
    command = [*APIGEN, "fuzz", "github", "-n", "1", "--phases", "examples", "--seed", "1"]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, env=_env())
    failures = [line for line in done.stdout.splitlines() if line.startswith("FAIL")]
    print("\n".join(failures) or "fuzz: no failures")
    return {"seconds": time.perf_counter() - started, "code": done.returncode, "failures": len(failures)}


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "APIGEN_ROOT"}  # the project is the current folder


# ---------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=3, help="Interleaved rounds; medians are reported.")
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        _serve(args.serve)
        return
    if not GITHUB.is_file():
        print(f"scale_mock: skipped, no {GITHUB} (set APIGEN_CORPUS)")
        return
    document = json.loads(GITHUB.read_bytes())
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "specs").mkdir()
        (root / "specs" / "github.json").symlink_to(GITHUB)
        small = root / "small.json"
        small.write_text(json.dumps(small_spec(document)))
        specs = {"github": root / "specs" / "github.json", "small": small}
        rates: dict[str, list[float]] = {"github": [], "small": []}
        builds, memory = [], []
        for _ in range(args.rounds):  # interleaved: a busy machine slows both alike
            for name, path in specs.items():
                with server(path) as (child, timings):
                    rates[name].append(requests_per_second(timings["port"], args.connections, args.seconds))
                    if name == "github":
                        builds.append(timings)
                        memory.append(resident_mb(child.pid))
        starts = [command_start(root) for _ in range(STARTS)]
        start = {key: statistics.median(run[key] for run in starts) for key in starts[0]}
        fuzz = fuzz_run(root)
    ratios = [big / little for big, little in zip(rates["github"], rates["small"], strict=True)]
    lookups = {"github": lookup_microseconds(document), "small": lookup_microseconds(small_spec(document))}
    write("scale_mock", _rows(args, rates, ratios, lookups, builds, memory, start, fuzz))


def _rows(
    args: argparse.Namespace,
    rates: dict[str, list[float]],
    ratios: list[float],
    lookups: dict[str, float],
    builds: list[dict[str, float]],
    memory: list[dict[str, float]],
    start: dict[str, float],
    fuzz: dict[str, Any],
) -> list[dict[str, Any]]:
    def mid(key: str) -> float:
        return statistics.median(build[key] for build in builds)

    return [
        {
            "metric": f"github: apigen mock ready (command, 200 on a GET), median of {STARTS}",
            "value": start["seconds"],
            "unit": "s",
            "goal": "<= 3",
        },
        {"metric": "github: load_spec (in the server process), median", "value": mid("load"), "unit": "s"},
        {"metric": "github: create_app (in the server process), median", "value": mid("create_app"), "unit": "s"},
        {
            "metric": "github: the mock's own start (load_spec + create_app)",
            "value": mid("load") + mid("create_app"),
            "unit": "s",
            "goal": "<= 3",
        },
        {
            "metric": "github: mock resident after start (command), median",
            "value": start["VmRSS"],
            "unit": "MB",
            "goal": "<= 300",
        },
        {
            "metric": "github: mock peak resident after load rounds",
            "value": max(m["VmHWM"] for m in memory),
            "unit": "MB",
            "goal": "<= 300",
        },
        {
            "metric": f"github: GET {TEMPLATE} req/s, median",
            "value": statistics.median(rates["github"]),
            "unit": "req/s",
        },
        {
            "metric": f"{SMALL_OPERATIONS}-operation cut: same GET req/s, median",
            "value": statistics.median(rates["small"]),
            "unit": "req/s",
        },
        {
            "metric": "github / 5-operation req/s, median of per-round ratios",
            "value": statistics.median(ratios),
            "unit": "ratio",
            "goal": ">= 0.9",
        },
        {"metric": "github / 5-operation req/s, worst round", "value": min(ratios), "unit": "ratio"},
        {"metric": "route lookup github (1,223 operations)", "value": lookups["github"], "unit": "us"},
        {"metric": f"route lookup {SMALL_OPERATIONS}-operation cut", "value": lookups["small"], "unit": "us"},
        {
            "metric": "github: apigen fuzz -n 1 --phases examples",
            "value": fuzz["seconds"],
            "unit": "s",
            "goal": "<= 300",
        },
        {"metric": "github: fuzz failures (FAIL lines)", "value": fuzz["failures"], "unit": "checks", "goal": "0"},
        {"metric": "load: connections x seconds", "value": args.connections * args.seconds, "unit": "conn*s"},
    ]


if __name__ == "__main__":
    main()
