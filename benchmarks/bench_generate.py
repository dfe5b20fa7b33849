"""Wall time of a full regeneration of every spec and of a no-op regeneration (goal: <=3 s and <=0.3 s).

Runs on a scratch copy of specs/ and templates/, so the committed generated/ is never touched. Figures are
reported both in-process (the library call) and end to end (`apigen generate` as a subprocess, start-up included).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import REPO, median, timed, write

from generator.codegen import generating
from generator.spec.project import Project


def _apigen(env: dict[str, str], *flags: str) -> None:
    command = [sys.executable, "-m", "generator", "generate", *flags]
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        shutil.copytree(REPO / "specs", root / "specs")
        shutil.copytree(REPO / "templates", root / "templates")
        project = Project(root)
        specs = [project.load(api) for api in project.api_names()]
        full = timed(lambda: generating.generate(project, specs, force=True), repeat=3)
        noop = timed(lambda: generating.generate(project, specs), repeat=5)
        env = {**os.environ, "APIGEN_ROOT": str(root)}
        cli_full = timed(lambda: _apigen(env, "--force"), repeat=3)
        cli_noop = timed(lambda: _apigen(env), repeat=5)
    n = len(specs)
    write(
        "generate",
        [
            {"metric": f"full regeneration, {n} APIs (library)", "value": median(full), "unit": "s", "goal": "<= 3"},
            {"metric": f"no-op regeneration, {n} APIs (library)", "value": median(noop), "unit": "s", "goal": "<= 0.3"},
            {
                "metric": f"full regeneration, {n} APIs (apigen CLI)",
                "value": median(cli_full),
                "unit": "s",
                "goal": "<= 3",
            },
            {
                "metric": f"no-op regeneration, {n} APIs (apigen CLI)",
                "value": median(cli_noop),
                "unit": "s",
                "goal": "<= 0.3",
            },
        ],
    )


if __name__ == "__main__":
    main()
