"""Requests/s of the mock server on one documented GET, against a bare Starlette route (goal: >= 70 %).

Both run under uvicorn (same settings) in a child process on 127.0.0.1; the load comes from this process:
a small asyncio HTTP/1.1 keep-alive client with ``--connections`` concurrent connections for ``--seconds``
(after a warm-up), counting only complete 200 answers, in interleaved rounds (medians reported). The mock
runs with security and validation on (provider ``list_providers`` with a Bearer token and query
parameters). Prism joins the run when a ``prism`` binary is found (``PRISM_BIN``, PATH, or
``/tmp/apigen-prism`` from ``npm install --prefix /tmp/apigen-prism @stoplight/prism-cli@5.14.2``).

Run: ``python benchmarks/bench_mock.py [--seconds 5] [--connections 32] [--rounds 3]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from _common import REPO, write

API = "provider"
PATH = "/api/v2/provider/?limit=10&offset=0&search=abc"
TOKEN = "mock-bearer-token"
PRISM_DIR = Path("/tmp/apigen-prism")


# ---------------------------------------------------------------- servers (child processes)


def _serve(kind: str) -> None:
    """Child: bind a free loopback port, print it, serve until killed."""
    import uvicorn

    from generator.mocking import create_app
    from generator.spec.project import Project

    spec = Project(REPO).load(API)
    app = create_app(spec) if kind == "mock" else _bare_app(spec)
    # proto=IPPROTO_TCP: asyncio sets TCP_NODELAY only on such sockets (else Nagle adds ~40 ms a request)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(1024)
    print(sock.getsockname()[1], flush=True)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    uvicorn.Server(config).run(sockets=[sock])


def _bare_app(spec: object) -> object:
    """The same JSON body (the documented example) from one plain Starlette route: no auth, no validation."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    operation = spec.document["paths"]["/api/v2/provider/"]["get"]  # type: ignore[attr-defined]
    body = operation["responses"]["200"]["content"]["application/json"]["examples"]["doc_sample"]["value"]

    async def endpoint(_request: Request) -> JSONResponse:
        return JSONResponse(body)

    return Starlette(routes=[Route("/api/v2/provider/", endpoint)])


@contextmanager
def server(kind: str) -> Iterator[int]:
    command = [sys.executable, __file__, "--serve", kind]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert child.stdout is not None
        yield int(child.stdout.readline())
    finally:
        child.terminate()
        child.wait(timeout=10)


@contextmanager
def prism(binary: str) -> Iterator[int]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    spec = REPO / "specs" / f"{API}.yaml"
    command = [binary, "mock", str(spec), "--host", "127.0.0.1", "--port", str(port), "--errors", "false"]
    env = {**os.environ, "NODE_ENV": "production"}
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    try:
        assert child.stdout is not None
        for line in child.stdout:  # start-up is announced on stdout; wait for it instead of sleeping
            if "Prism is listening" in line:
                break
        else:
            raise SystemExit("prism exited before listening")
        yield port
    finally:
        child.terminate()
        child.wait(timeout=10)


def find_prism() -> str | None:
    candidates = [os.environ.get("PRISM_BIN"), shutil.which("prism"), str(PRISM_DIR / "node_modules/.bin/prism")]
    return next((c for c in candidates if c and Path(c).exists()), None)


# ---------------------------------------------------------------- load generator


async def _connection(port: int, request: bytes, stop: float, counts: dict[str, int]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while time.perf_counter() < stop:
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            status = head[9:12]
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            await reader.readexactly(length)
            counts["ok" if status == b"200" else "other"] += 1
    finally:
        writer.close()


async def _load(port: int, connections: int, seconds: float) -> dict[str, int]:
    request = (
        f"GET {PATH} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Bearer {TOKEN}\r\n"
        "Accept: application/json\r\n\r\n"
    ).encode()
    counts = {"ok": 0, "other": 0}
    stop = time.perf_counter() + seconds
    await asyncio.gather(*(_connection(port, request, stop, counts) for _ in range(connections)))
    return counts


def measure(port: int, connections: int, seconds: float) -> float:
    asyncio.run(_load(port, connections, 1.0))  # warm-up: connections, caches, JIT-less but lazy imports
    started = time.perf_counter()
    counts = asyncio.run(_load(port, connections, seconds))
    elapsed = time.perf_counter() - started
    if counts["other"] or not counts["ok"]:
        raise SystemExit(f"port {port}: {counts['other']} non-200 answers, {counts['ok']} ok")
    return counts["ok"] / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=3, help="Interleaved rounds; medians are reported.")
    parser.add_argument("--serve", choices=["mock", "bare"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        _serve(args.serve)
        return
    samples: dict[str, list[float]] = {"bare": [], "mock": []}
    for _ in range(args.rounds):  # interleaved rounds: a busy machine slows both alike
        for kind in samples:
            with server(kind) as port:
                samples[kind].append(measure(port, args.connections, args.seconds))
    rates = {kind: statistics.median(values) for kind, values in samples.items()}
    ratios = [mock / bare for mock, bare in zip(samples["mock"], samples["bare"], strict=True)]
    rows = [
        {"metric": "bare Starlette route (uvicorn, h11) req/s, median", "value": rates["bare"], "unit": "req/s"},
        {"metric": f"mock {API} GET list, auth+validation req/s, median", "value": rates["mock"], "unit": "req/s"},
        {"metric": "mock / bare, median of per-round ratios", "value": statistics.median(ratios), "unit": "ratio"},
        {"metric": "mock / bare, worst round", "value": min(ratios), "unit": "ratio"},
        {"metric": "mock / bare, best round", "value": max(ratios), "unit": "ratio"},
    ]
    rows[2]["goal"] = ">= 0.70"
    binary = find_prism()
    if binary is not None:
        with prism(binary) as port:
            rates["prism"] = measure(port, args.connections, args.seconds)
        rows.append({"metric": "prism 5.14 mock (single process) req/s", "value": rates["prism"], "unit": "req/s"})
        rows.append({"metric": "mock / prism", "value": rates["mock"] / rates["prism"], "unit": "x", "goal": ">= 2"})
    else:
        print("prism not found (npm install --prefix /tmp/apigen-prism @stoplight/prism-cli@5.14.2); skipped")
    rows.append({"metric": "load: connections x seconds", "value": args.connections * args.seconds, "unit": "conn*s"})
    write("mock", rows)
    print(json.dumps({k: round(v) for k, v in rates.items()}))


if __name__ == "__main__":
    main()
