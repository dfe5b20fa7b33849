"""Large specs through `apigen diff` and `apigen build` (issue: scale).

Goals: `apigen diff` between GitHub Enterprise Server 3.17 and 3.19 (1,000 operations, 11 MB of JSON each) in
<= 10 s; `import github_client` (1,223 operations, ~3,600 models) in <= 1 s. Also measured: importing one
operation module (what a program calling GitHub imports) and `apigen build github` (sdist, wheel, twine check,
install into a fresh venv, import every module).

Every figure is the whole command in a fresh interpreter, start-up included. The client is generated once into
a scratch project (a minute or so). Skipped, writing nothing, when the shared corpus (``$APIGEN_CORPUS`` or
``../shared/corpus``) is absent.

What was slow, profiled (cProfile) before fixing:

- diff: 4.1 s of 4.7 s in pairing schemas. Every operation re-walked every schema it reaches, 640,000 schema
  pairs, nearly all identical: GitHub's operations share a few hundred components. Subtrees identical in both
  versions (``$ref`` targets included, remembered per pointer: ``generator/diffing/_sameness.py``) are now
  skipped: 0.5 s, and ~1.1 s for the whole command (loading two 11 MB files is most of it).
- import: ``import github_client`` never imported the models (0.2 s, mostly httpx), but any operation module
  did, through ``models/__init__.py`` importing all 3,600 model modules: 2-3 s. The models package now
  imports each model on first use (module ``__getattr__``): one operation module in ~0.2 s.
- build: did not finish before: ~90 models openapi-python-client leaves out (same titles, nullable object
  components, ``+1``/``-1`` properties) were still imported by operation modules, so the installed wheel
  failed its import check.

Run: ``python benchmarks/bench_scale.py [--skip-build]``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from _common import REPO, median, timed, write

CORPUS = Path(os.environ.get("APIGEN_CORPUS") or REPO.parent / "shared" / "corpus")
LARGE = CORPUS / "large"
OLD, NEW, GITHUB = LARGE / "ghes-3.17.json", LARGE / "ghes-3.19.json", LARGE / "github.json"
APIGEN = [sys.executable, "-m", "generator"]


def _run(command: list[str], *, env: dict[str, str] | None = None, ok: tuple[int, ...] = (0,)) -> None:
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode not in ok:
        raise SystemExit(f"{' '.join(command)} exited {result.returncode}:\n{result.stderr[-2000:]}")


def diff_rows() -> list[dict[str, Any]]:
    # exit 1: the diff lists breaking changes (GHES 3.19 tightened a few request bodies)
    samples = timed(lambda: _run([*APIGEN, "diff", str(OLD), str(NEW), "--format", "json"], ok=(0, 1)), repeat=3)
    metric = "apigen diff GHES 3.17 -> 3.19 (CLI, wall)"
    return [{"metric": metric, "value": median(samples), "unit": "s", "goal": "<= 10"}]


def scratch_project(root: Path) -> dict[str, str]:
    """specs/github.json and the repository's templates in ``root``; the environment pointing apigen at it."""
    (root / "specs").mkdir()
    (root / "specs" / "github.json").symlink_to(GITHUB)
    (root / "templates").symlink_to(REPO / "templates")
    return {**os.environ, "APIGEN_ROOT": str(root)}


def import_rows(client: Path) -> list[dict[str, Any]]:
    env = {**os.environ, "PYTHONPATH": str(client)}
    operation = sorted((client / "github_client" / "api" / "repos").glob("repos*.py"))[0].stem

    def imports(statement: str) -> float:
        return median(timed(lambda: _run([sys.executable, "-c", statement], env=env), repeat=5))

    baseline = imports("pass")
    package = imports("import github_client")
    return [
        {"metric": "import github_client (wall)", "value": package, "unit": "s", "goal": "<= 1"},
        {
            "metric": f"import one operation module, api.repos.{operation} (wall)",
            "value": imports(f"import github_client.api.repos.{operation}"),
            "unit": "s",
        },
        {"metric": "python start-up alone (wall)", "value": baseline, "unit": "s"},
    ]


def build_rows(env: dict[str, str], out: Path) -> list[dict[str, Any]]:
    samples = timed(lambda: _run([*APIGEN, "build", "github", "--out", str(out)], env=env), repeat=1)
    return [{"metric": "apigen build github (sdist, wheel, install, import all)", "value": samples[0], "unit": "s"}]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="Leave out apigen build github (a minute).")
    args = parser.parse_args()
    if not all(path.is_file() for path in (OLD, NEW, GITHUB)):
        print(f"skipped: the large specs are not in {LARGE} (set APIGEN_CORPUS to the shared corpus)")
        return
    rows = diff_rows()
    with tempfile.TemporaryDirectory() as tmp:
        env = scratch_project(Path(tmp))
        _run([*APIGEN, "generate", "github"], env=env)
        rows += import_rows(Path(tmp) / "generated" / "github-client")
        if not args.skip_build:
            rows += build_rows(env, Path(tmp) / "dist")
    write("scale", rows)


if __name__ == "__main__":
    main()
