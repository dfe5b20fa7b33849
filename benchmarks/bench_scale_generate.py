"""GitHub's REST API (1,223 operations, 969 schemas, 13 MB) through `apigen validate` and `apigen generate`,
beside `openapi-python-client generate` alone on the same spec, in the same run (issue: scale).

Goals: validate <= 5 s; generate wall time <= openapi-python-client's, peak memory <= 1.5x its; a no-op
regeneration <= 0.3 s. Every command runs as a subprocess; its peak resident memory is that of the largest
process it ran (``ru_maxrss`` of the children of a one-command wrapper). Skipped, writing nothing, when the
shared corpus (``$APIGEN_CORPUS`` or ``../shared/corpus``) is absent.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import REPO, write

from generator.jobs.corpus import default_folder

CORPUS = default_folder(REPO)
GITHUB = CORPUS / "large" / "github.json"

# Runs one command and reports its wall time and the peak RSS of the largest process it started.
_WRAPPER = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
seconds = time.perf_counter() - started
peak = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, 0) / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak, "code": done.returncode, "err": done.stderr[-2000:]}))
"""


def measure(command: list[str], cwd: Path) -> dict[str, float]:
    result = subprocess.run([sys.executable, "-c", _WRAPPER, *command], cwd=cwd, capture_output=True, text=True)
    figures: dict[str, float] = json.loads(result.stdout)
    if figures["code"] not in (0,):
        raise SystemExit(f"{' '.join(command)} failed:\n{figures['err']}")
    return figures


def main() -> None:
    if not GITHUB.is_file():
        print(f"scale: skipped, no {GITHUB} (set APIGEN_CORPUS)")
        return
    apigen = [sys.executable, "-m", "generator"]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "specs").mkdir()
        (root / "specs" / "github.json").symlink_to(GITHUB)
        (root / "templates").symlink_to(REPO / "templates")
        opc = measure(
            ["openapi-python-client", "generate", "--path", str(GITHUB), "--output-path", "opc", "--meta", "none"], root
        )
        validate = measure([*apigen, "validate", "github"], root)
        generate = measure([*apigen, "generate", "github", "--force"], root)
        noop = measure([*apigen, "generate", "github"], root)
    write(
        "scale_generate",
        [
            {"metric": "github: apigen validate", "value": validate["seconds"], "unit": "s", "goal": "<= 5"},
            {"metric": "github: openapi-python-client generate alone", "value": opc["seconds"], "unit": "s"},
            {"metric": "github: openapi-python-client peak RSS", "value": opc["peak_mb"], "unit": "MB"},
            {
                "metric": "github: apigen generate (client, models, ruff, package)",
                "value": generate["seconds"],
                "unit": "s",
                "goal": f"<= {opc['seconds']:.1f} (opc)",
            },
            {
                "metric": "github: apigen generate / openapi-python-client",
                "value": generate["seconds"] / opc["seconds"],
                "unit": "x",
                "goal": "<= 1.0",
            },
            {
                "metric": "github: apigen generate peak RSS (largest process)",
                "value": generate["peak_mb"],
                "unit": "MB",
            },
            {
                "metric": "github: apigen generate peak RSS / opc",
                "value": generate["peak_mb"] / opc["peak_mb"],
                "unit": "x",
                "goal": "<= 1.5",
            },
            {"metric": "github: no-op regeneration", "value": noop["seconds"], "unit": "s", "goal": "<= 0.3"},
        ],
    )


if __name__ == "__main__":
    main()
