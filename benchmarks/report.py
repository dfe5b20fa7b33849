"""Collect reports/bench/*.json into BENCHMARKS.md (the table the README links to)."""

from __future__ import annotations

import json

from _common import OUT, REPO


def main() -> None:
    lines = [
        "# Benchmarks",
        "",
        "Written by `nox -s bench` (do not edit by hand). Medians on the machine named per topic.",
        "",
        "| topic | metric | value | unit | goal | machine |",
        "| --- | --- | ---: | --- | --- | --- |",
    ]
    for path in sorted(OUT.glob("*.json")):
        record = json.loads(path.read_text())
        for row in record["rows"]:
            value = f"{row['value']:.4g}"
            cells = [record["topic"], row["metric"], value, row["unit"], row.get("goal", ""), record["machine"]]
            lines.append("| " + " | ".join(cells) + " |")
    (REPO / "BENCHMARKS.md").write_text("\n".join(lines) + "\n")
    print(f"wrote {REPO / 'BENCHMARKS.md'}")


if __name__ == "__main__":
    main()
