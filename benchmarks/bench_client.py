"""Per-call overhead of a generated client against a bare httpx call, both on one in-process MockTransport.

Renders the petstore fixture client into a temporary folder, then times ``client.pets.get`` (the resource
method), ``get_pet.sync`` (auth, retry
pipeline, logging checks, status check, pydantic model validation) and the leanest bare equivalent: ``httpx.Client.get``
(API-key header set once on the client), ``raise_for_status()`` and ``.json()``. Prints the figures and writes
``reports/bench/client.json``. Goals: the resource method costs under 1.5x the bare call, ``get_pet.sync`` under 2x.

Run: ``python benchmarks/bench_client.py [--calls N]``
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from _common import write  # noqa: E402

from generator import load_spec  # noqa: E402  (the repo root must be importable first)
from generator.codegen.generating import render  # noqa: E402

PET = json.dumps({"id": 1, "name": "Rex", "tag": "dog"}).encode()
BASE_URL = "https://pets.example.com/v1"


def handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=PET, headers={"content-type": "application/json"})


def per_call_us(candidates: dict[str, Callable[[], object]], calls: int, rounds: int) -> dict[str, float]:
    """Median per-call time of each candidate in microseconds; rounds interleave candidates so load hits all alike."""
    for call in candidates.values():  # warm up: imports, connection pools, caches
        for _ in range(calls // 10):
            call()
    samples: dict[str, list[float]] = {name: [] for name in candidates}
    for _ in range(rounds):
        for name, call in candidates.items():
            started = time.perf_counter()
            for _ in range(calls):
                call()
            samples[name].append((time.perf_counter() - started) / calls * 1e6)
    return {name: statistics.median(values) for name, values in samples.items()}


def bench(calls: int, rounds: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        render(load_spec(REPO / "tests" / "fixtures" / "specs" / "petstore.yaml"), Path(tmp), REPO / "templates")
        sys.path.insert(0, tmp)
        package = importlib.import_module("petstore_client")
        get_pet = importlib.import_module("petstore_client.api.pets.get_pet")
        client = package.Client(api_key="bench-key", httpx_args={"transport": httpx.MockTransport(handler)})
        bare = httpx.Client(
            base_url=BASE_URL, headers={"x-api-key": "bench-key"}, transport=httpx.MockTransport(handler)
        )

        def bare_call() -> object:
            response = bare.get("/pets/1")
            response.raise_for_status()
            return response.json()

        candidates: dict[str, Callable[[], object]] = {
            "bare_httpx_us": bare_call,
            "client_request_us": lambda: client.request("GET", "/pets/1").json(),
            "generated_sync_us": lambda: get_pet.sync(1, client=client),
            "resource_method_us": lambda: client.pets.get(1),
        }
        figures = per_call_us(candidates, calls, rounds)
        client.close()
        bare.close()
    ratio = figures["generated_sync_us"] / figures["bare_httpx_us"]
    resource_ratio = figures["resource_method_us"] / figures["bare_httpx_us"]
    return {
        **{k: round(v, 1) for k, v in figures.items()},
        "ratio": round(ratio, 2),
        "goal_ratio": 2.0,
        "resource_ratio": round(resource_ratio, 2),
        "resource_goal_ratio": 1.5,
        "calls": calls,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--calls", type=int, default=2000, help="calls per timing round")
    parser.add_argument("--rounds", type=int, default=7, help="timing rounds (the median is reported)")
    args = parser.parse_args()
    result = bench(args.calls, args.rounds)
    write(
        "client",
        [
            {"metric": "bare httpx call (MockTransport)", "value": result["bare_httpx_us"], "unit": "us/call"},
            {"metric": "client.request (runtime pipeline)", "value": result["client_request_us"], "unit": "us/call"},
            {"metric": "generated get_pet.sync", "value": result["generated_sync_us"], "unit": "us/call"},
            {"metric": "resource method client.pets.get", "value": result["resource_method_us"], "unit": "us/call"},
            {
                "metric": "generated / bare httpx",
                "value": result["ratio"],
                "unit": "x",
                "goal": f"< {result['goal_ratio']}",
            },
            {
                "metric": "resource method / bare httpx",
                "value": result["resource_ratio"],
                "unit": "x",
                "goal": f"< {result['resource_goal_ratio']}",
            },
        ],
    )


if __name__ == "__main__":
    main()
