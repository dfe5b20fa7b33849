"""Collect reports/bench/*.json into BENCHMARKS.md (the table the README links to) and a chart of the goals."""

from __future__ import annotations

import json
import re
from typing import Any

from _common import OUT, REPO

CHART = "benchmarks.png"
FINDINGS = REPO / "benchmarks" / "findings.md"
_GOAL = re.compile(r"^\s*(?P<op><=|>=|<|>)\s*(?P<bound>[0-9.]+)\s*$")


def main() -> None:
    records = [json.loads(path.read_text()) for path in sorted(OUT.glob("*.json"))]
    measured = {record["topic"] for record in records}
    records = sorted(records + [r for r in _last_table() if r["topic"] not in measured], key=lambda r: r["topic"])
    lines = [
        "# Benchmarks",
        "",
        "Written by `nox -s bench` (do not edit by hand). Medians on the machine named per topic.",
        "",
        "| topic | metric | value | unit | goal | machine |",
        "| --- | --- | ---: | --- | --- | --- |",
    ]
    for record in records:
        for row in record["rows"]:
            value = f"{row['value']:.4g}"
            cells = [record["topic"], row["metric"], value, row["unit"], row.get("goal", ""), record["machine"]]
            lines.append("| " + " | ".join(cells) + " |")
    if _chart(records) or (REPO / CHART).is_file():  # without matplotlib here, the last chart stays
        lines += ["", f"![share of each goal's budget used; at or below 1 meets the goal]({CHART})"]
    if FINDINGS.is_file():  # the profiling notes are prose, written by hand beside the scripts
        lines += ["", FINDINGS.read_text().rstrip()]
    (REPO / "BENCHMARKS.md").write_text("\n".join(lines) + "\n")
    print(f"wrote {REPO / 'BENCHMARKS.md'}")


def _last_table() -> list[dict[str, Any]]:
    """The records of the BENCHMARKS.md in place: a run of some of the scripts keeps the others' last figures."""
    path = REPO / "BENCHMARKS.md"
    records: dict[str, dict[str, Any]] = {}
    for line in path.read_text().splitlines() if path.is_file() else []:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 6 or cells[0] in {"topic", "---"}:
            continue
        topic, metric, value, unit, goal, machine = cells
        try:
            number = float(value)
        except ValueError:
            continue
        record = records.setdefault(topic, {"topic": topic, "machine": machine, "rows": []})
        record["rows"].append({"metric": metric, "value": number, "unit": unit, **({"goal": goal} if goal else {})})
    return list(records.values())


def budget_used(value: float, goal: str) -> float | None:
    """How much of the goal's budget ``value`` uses: <= 1 meets it (``<= 3`` s: value/3; ``>= 0.7``: 0.7/value)."""
    match = _GOAL.match(goal or "")
    if not match or float(match["bound"]) == 0 or value == 0:
        return None
    bound = float(match["bound"])
    return value / bound if match["op"].startswith("<") else bound / value


def _chart(records: list[dict[str, Any]]) -> bool:
    """A bar per metric that has a goal; skipped (False) when matplotlib is not installed."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    bars = [
        (f"{record['topic']}: {row['metric']}", used)
        for record in records
        for row in record["rows"]
        if (used := budget_used(row["value"], row.get("goal", ""))) is not None
    ]
    if not bars:
        return False
    labels, values = zip(*reversed(bars), strict=True)
    figure, axes = plt.subplots(figsize=(10, 0.45 * len(bars) + 1.2))
    axes.barh(labels, values, color=["tab:green" if v <= 1 else "tab:red" for v in values])
    axes.axvline(1.0, color="black", linewidth=1)
    axes.set_xlabel("share of the goal's budget used (<= 1 meets the goal)")
    axes.tick_params(axis="y", labelsize=8)
    figure.tight_layout()
    figure.savefig(REPO / CHART, dpi=100, metadata={"Software": None})
    plt.close(figure)
    return True


if __name__ == "__main__":
    main()
