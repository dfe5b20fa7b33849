"""Fuzzing throughput against the provider mock: examples per second in-process (ASGI) vs over HTTP (loopback).

Same generator, same checks, same seed; only the transport differs. A third figure is the whole
``fuzz()`` run (Schemathesis CLI subprocess, every phase) over loopback, start-up included.
"""

from __future__ import annotations

import contextlib
import tempfile
import time
from pathlib import Path
from typing import Any

import schemathesis
from _common import REPO, write
from hypothesis import HealthCheck, given, settings

from generator.fuzzing import FuzzCredentials, FuzzOptions, fuzz, scheme_auths
from generator.fuzzing._config import auth_config, run_config
from generator.mocking import MockCredentials, create_app, serve_on_loopback
from generator.spec.project import Project

API = "provider"
EXAMPLES = 25  # per operation
SETTINGS = settings(
    max_examples=EXAMPLES, derandomize=True, database=None, deadline=None, suppress_health_check=list(HealthCheck)
)


def _config(spec: Any, credentials: FuzzCredentials) -> Any:
    auth = auth_config(spec, scheme_auths(spec), credentials, spec.base_path, literal=True)
    return schemathesis.Config.from_dict(
        run_config(auth, read_only=False, stateful=False, seed=1, max_examples=EXAMPLES)
    )


def _examples_per_second(schema: Any) -> tuple[int, float]:
    """Generate, send and check EXAMPLES cases for every operation; (cases, seconds)."""
    count = 0
    started = time.perf_counter()
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @SETTINGS
        def send(case: Any) -> None:
            nonlocal count
            count += 1
            with contextlib.suppress(Exception):  # failures are not what is measured; keep generating
                case.call_and_validate()

        send()
    return count, time.perf_counter() - started


def main() -> None:
    spec = Project(REPO).load(API)
    mock = MockCredentials()
    credentials = FuzzCredentials.for_mock(spec, mock)
    config = _config(spec, credentials)

    in_process = schemathesis.openapi.from_asgi(
        "/_mock/openapi.json", create_app(spec, credentials=mock), config=config
    )
    with serve_on_loopback(create_app(spec, credentials=mock)) as origin:
        over_http = schemathesis.openapi.from_url(f"{origin}/_mock/openapi.json", config=config)
        over_http.config.update(base_url=origin + spec.base_path)
        # Alternate and keep each transport's best round: the first round also warms shared caches.
        rounds = [(_examples_per_second(in_process), _examples_per_second(over_http)) for _ in range(2)]
    (asgi_cases, asgi_seconds) = min((r[0] for r in rounds), key=lambda r: r[1])
    (http_cases, http_seconds) = min((r[1] for r in rounds), key=lambda r: r[1])

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        options = FuzzOptions(max_examples=5, seed=1, allow_destructive=True)
        result = fuzz(spec, create_app(spec, credentials=mock), Path(tmp), options=options, credentials=credentials)
        cli_seconds = time.perf_counter() - started

    asgi_rate, http_rate = asgi_cases / asgi_seconds, http_cases / http_seconds
    write(
        "fuzz",
        [
            {"metric": f"{API}: examples/s in-process (ASGI)", "value": asgi_rate, "unit": "ex/s", "goal": ">= 100"},
            {
                "metric": f"{API}: examples/s over HTTP (uvicorn loopback)",
                "value": http_rate,
                "unit": "ex/s",
                "goal": ">= 50",
            },
            {
                "metric": f"{API}: in-process speed-up over HTTP",
                "value": asgi_rate / http_rate,
                "unit": "x",
                "goal": "-",
            },
            {"metric": f"{API}: examples sent per mode", "value": asgi_cases, "unit": "cases", "goal": "-"},
            {
                "metric": f"{API}: fuzz() all phases, -n 5 (CLI, loopback)",
                "value": cli_seconds,
                "unit": "s",
                "goal": "<= 60",
            },
            {
                "metric": f"{API}: fuzz() cases/s all phases",
                "value": result.cases / cli_seconds,
                "unit": "cases/s",
                "goal": "-",
            },
        ],
    )


if __name__ == "__main__":
    main()
