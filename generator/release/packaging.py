"""Turn ``generated/<api>-client/`` into a checked, installable sdist + wheel, reproducibly.

Per API: copy the client to a scratch folder (so no ``__pycache__``, stamp or ``.gitignore`` of the checkout
can leak in), ``python -m build`` it (sdist, then the wheel *from* that sdist, which proves the sdist is
complete), ``twine check --strict`` both files, then install the wheel into a fresh virtual environment and
import every module of it. Only when all of that passed does ``<out>/<api>/`` get replaced.

Reproducibility: every archive timestamp is ``SOURCE_DATE_EPOCH``. We use the constant
:data:`SOURCE_DATE_EPOCH` (1980-01-01, the earliest time a zip file can hold) rather than the spec's git commit
time, so that the same generated client gives byte-identical files in any checkout, shallow CI clone or source
tarball; the version in the metadata, not a timestamp, says what was built. A ``SOURCE_DATE_EPOCH`` already set
in the environment wins, as the reproducible-builds convention asks.

Offline and fast: when the build backend (hatchling) is importable here, ``build`` runs ``--no-isolation``;
otherwise it makes an isolated build env, which needs the package index. The verification venv is created
``--without-pip`` (pip is driven from this interpreter with ``pip --python``) and sees nothing of this
interpreter's packages: the wheel is installed with every extra, and its dependencies are resolved by pip from
a local wheelhouse, wheels re-packed from the copies installed here (see ``wheelhouse``). So a dependency the
client's metadata forgets (email-validator for pydantic's EmailStr, say) fails the import check, as it would
for a user, and no download is needed.
"""

from __future__ import annotations

import importlib.util
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename

from ..errors import ApigenError, PackagingError, UsageError
from ..spec.project import Project
from .wheelhouse import fill_wheelhouse

SOURCE_DATE_EPOCH = 315532800  # 1980-01-01T00:00:00Z
_BUILD_BACKEND = "hatchling"
_SCRATCH_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", ".apigen.json", ".mypy_cache", ".ruff_cache")
_OUTPUT_TAIL = 2000  # characters of a failing tool's output worth showing

Progress = Callable[[str, str], None]  # (api, what is happening now)


@dataclass(frozen=True)
class Artifacts:
    """The sdist and wheel of one client version."""

    project_name: str
    version: str
    sdist: Path
    wheel: Path

    @property
    def files(self) -> list[Path]:
        return [self.sdist, self.wheel]

    @classmethod
    def find(cls, folder: Path) -> Artifacts:
        """The single sdist + wheel pair in ``folder`` (as left there by :func:`build`)."""
        wheels, sdists = sorted(folder.glob("*.whl")), sorted(folder.glob("*.tar.gz"))
        if len(wheels) != 1 or len(sdists) != 1:
            found = ", ".join(p.name for p in [*sdists, *wheels]) or "nothing"
            raise PackagingError(f"expected one sdist and one wheel in {folder}, found {found}")
        name, version, _, _ = parse_wheel_filename(wheels[0].name)
        sdist_name, sdist_version = parse_sdist_filename(sdists[0].name)
        if (sdist_name, sdist_version) != (name, version):
            raise PackagingError(f"{sdists[0].name} and {wheels[0].name} are not the same release")
        return cls(str(name), str(version), sdists[0], wheels[0])


@dataclass(frozen=True)
class BuildOutcome:
    api: str
    artifacts: Artifacts
    seconds: float


def build_env() -> dict[str, str]:
    """Environment for build tools: fixed timestamps, no colour codes in captured output."""
    env = dict(os.environ)
    env.setdefault("SOURCE_DATE_EPOCH", str(SOURCE_DATE_EPOCH))
    env["NO_COLOR"] = "1"
    return env


def run_tool(args: Sequence[str], what: str, *, env: dict[str, str] | None = None, cwd: Path | None = None) -> str:
    """Run a tool, returning its combined output; a failure becomes a PackagingError quoting the output's tail."""
    result = subprocess.run(
        list(args),
        env=env if env is not None else build_env(),
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise PackagingError(f"{what} failed (exit {result.returncode}):\n{result.stdout.strip()[-_OUTPUT_TAIL:]}")
    return result.stdout


def build_distributions(client_dir: Path, out_dir: Path) -> Artifacts:
    """``python -m build`` a copy of ``client_dir`` into ``out_dir`` (which must be empty or missing)."""
    with tempfile.TemporaryDirectory(prefix="apigen-src-") as tmp:
        source = Path(tmp) / client_dir.name
        shutil.copytree(client_dir, source, ignore=_SCRATCH_IGNORE)
        isolation = ["--no-isolation"] if importlib.util.find_spec(_BUILD_BACKEND) else []
        run_tool([sys.executable, "-m", "build", *isolation, "--outdir", str(out_dir), str(source)], "build")
    return Artifacts.find(out_dir)


def check_metadata(artifacts: Artifacts) -> None:
    """``twine check --strict``: metadata complete and the README renders on an index."""
    run_tool([sys.executable, "-m", "twine", "check", "--strict", *map(str, artifacts.files)], "twine check")


def create_venv(target: Path) -> Path:
    """A fresh venv at ``target``, isolated from this interpreter's packages; its python."""
    run_tool([sys.executable, "-m", "venv", "--without-pip", str(target)], "python -m venv")
    return target / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def pip_install(python: Path, *requirements: str) -> str:
    """Install into the venv of ``python`` with this interpreter's pip (the venv has none of its own)."""
    command = [sys.executable, "-m", "pip", "--python", str(python), "install"]
    hermetic = ["--disable-pip-version-check", "--no-cache-dir"]  # no lookups beyond the index given, no stale cache
    return run_tool([*command, *hermetic, *requirements], "pip install")


# Runs inside the fresh venv (only the standard library there): where the distribution came from, and the
# modules that fail to import. Requirements were met by pip's resolution from the wheelhouse.
_PROBE = """
import importlib, importlib.metadata as md, json, pkgutil, sys
name, package = sys.argv[1], sys.argv[2]
dist = md.distribution(name)
root = importlib.import_module(package)
broken = {}
for info in pkgutil.walk_packages(root.__path__, package + "."):
    try:
        importlib.import_module(info.name)
    except Exception as exc:
        broken[info.name] = repr(exc)
print(json.dumps({"file": root.__file__, "dist": str(dist.locate_file("")), "broken": broken}))
"""


def probe_install(python: Path, project_name: str, package: str, venv: Path) -> None:
    """Check a distribution installed in ``venv``: it is the venv's copy, its deps are met, every module imports."""
    with tempfile.TemporaryDirectory(prefix="apigen-probe-") as cwd:  # not the source tree: no accidental imports
        output = run_tool([str(python), "-I", "-c", _PROBE, project_name, package], f"import {package}", cwd=Path(cwd))
    report = json.loads(output.strip().splitlines()[-1])
    problems = []
    for what, where in (("imported", report["file"]), ("metadata", report["dist"])):
        if not Path(where).resolve().is_relative_to(venv.resolve()):
            problems.append(f"{package} {what} from {where}, not from the venv")
    problems += [f"cannot import {module}: {error}" for module, error in report["broken"].items()]
    if problems:
        raise PackagingError(f"{project_name} does not work when installed:\n  " + "\n  ".join(problems))


def verify_install(artifacts: Artifacts, package: str) -> None:
    """Install the wheel with all its extras into a fresh, isolated venv (offline); import every module of it."""
    with tempfile.TemporaryDirectory(prefix="apigen-venv-") as tmp:
        venv, wheels = Path(tmp) / "venv", Path(tmp) / "wheels"
        extras = fill_wheelhouse(artifacts.wheel, wheels)
        python = create_venv(venv)
        target = f"{artifacts.wheel}[{','.join(extras)}]" if extras else str(artifacts.wheel)
        pip_install(python, "--no-index", "--find-links", str(wheels), "--quiet", target)
        probe_install(python, artifacts.project_name, package, venv)


def package_name(artifacts: Artifacts) -> str:
    """The import package of a generated client: its project name in snake case."""
    return canonicalize_name(artifacts.project_name).replace("-", "_")


def require_clients(project: Project, apis: Iterable[str]) -> None:
    missing = [api for api in apis if not (project.client_dir(api) / "pyproject.toml").is_file()]
    if missing:
        raise UsageError(f"no generated client for {', '.join(missing)}; run: apigen generate {' '.join(missing)}")


def build(project: Project, api: str, out_dir: Path, progress: Progress | None = None) -> BuildOutcome:
    """Build, check and verify the client of ``api``; on success ``out_dir/<api>/`` holds exactly its two files."""
    require_clients(project, [api])
    started = time.perf_counter()
    report = progress or (lambda api, step: None)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".apigen-{api}-", dir=out_dir) as tmp:
        scratch = Path(tmp) / api
        report(api, "building sdist and wheel")
        artifacts = build_distributions(project.client_dir(api), scratch)
        report(api, "twine check --strict")
        check_metadata(artifacts)
        report(api, "installing into a fresh venv and importing")
        verify_install(artifacts, package_name(artifacts))
        final = out_dir / api
        _replace(scratch, final)
    artifacts = Artifacts.find(final)
    outcome = BuildOutcome(api, artifacts, time.perf_counter() - started)
    report(api, f"built {artifacts.sdist.name}, {artifacts.wheel.name} in {outcome.seconds:.1f}s")
    return outcome


def _replace(new: Path, final: Path) -> None:
    if final.exists():
        shutil.rmtree(final)
    new.rename(final)


def build_all(
    project: Project,
    apis: Iterable[str],
    out_dir: Path,
    *,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> list[BuildOutcome]:
    """Build every API (in parallel threads: the work happens in subprocesses); report every failure at once."""
    apis = list(apis)
    require_clients(project, apis)
    workers = max(1, min(len(apis), jobs or multiprocessing.cpu_count()))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {api: pool.submit(build, project, api, out_dir, progress) for api in apis}
    failures: list[str] = []
    outcomes: list[BuildOutcome] = []
    for api, future in futures.items():
        error = future.exception()
        if error is not None and not isinstance(error, ApigenError):
            raise error  # a bug, not a packaging problem: keep its traceback
        if error is not None:
            failures.append(f"{api}: {error}")
        else:
            outcomes.append(future.result())
    if failures:
        raise PackagingError("\n".join(failures))
    return outcomes
