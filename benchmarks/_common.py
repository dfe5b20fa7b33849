"""Shared by the benchmark scripts: where figures go and how they are written."""

from __future__ import annotations

import json
import platform
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "reports" / "bench"


def timed(func: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock seconds of ``repeat`` calls of ``func``."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        samples.append(time.perf_counter() - started)
    return samples


def write(topic: str, rows: list[dict[str, Any]]) -> None:
    """Print the figures and store them as reports/bench/<topic>.json (rows: metric, value, unit, goal)."""
    OUT.mkdir(parents=True, exist_ok=True)
    record = {"topic": topic, "machine": f"{platform.machine()} {platform.python_version()}", "rows": rows}
    (OUT / f"{topic}.json").write_text(json.dumps(record, indent=2) + "\n")
    for row in rows:
        print(f"{topic:<10} {row['metric']:<52} {row['value']:>12.4g} {row['unit']:<8} goal: {row.get('goal', '-')}")


def median(samples: list[float]) -> float:
    return statistics.median(samples)
