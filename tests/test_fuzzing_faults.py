"""``apigen fuzz --url`` against sandboxes with one injected fault each, and against their faultless controls.

Every fault must be found and reported with the operation it affects and a check meant for it; the same
runs against the bare mocks must be clean, read-only and with --allow-destructive. Runs are kept small (a
few operations through --operation, two examples each) so the suite stays fast.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from generator.cli import app
from generator.fuzzing import FuzzCredentials
from generator.loading import Spec
from generator.mocking import MockCredentials, serve_on_loopback
from generator.project import Project
from tests.faulty_servers import FAULTS, Fault, faulty_app

ROOT = Path(__file__).resolve().parent.parent
FAST = ("-n", "2", "--seed", "1", "--rate-limit", "1000/s", "--workers", "2")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A checkout with the specs only, so reports land in tmp, not in the repository."""
    root = tmp_path_factory.mktemp("faults")
    shutil.copytree(ROOT / "specs", root / "specs")
    return root


def _spec(api: str) -> Spec:
    return Project(ROOT).load(api)


def _fuzz(project: Path, spec: Spec, target: Any, *args: str) -> Any:
    env = FuzzCredentials.for_mock(spec, MockCredentials()).values
    with serve_on_loopback(target) as origin:
        command = ["fuzz", spec.name, "--url", origin + spec.base_path, *FAST, *args]
        return CliRunner().invoke(app, command, env={"APIGEN_ROOT": str(project), **env})


def _findings(output: str) -> dict[str, str]:
    """check -> the operations line of each ``FAIL check [kind]: N on OP, OP`` summary line."""
    found = {}
    for line in output.splitlines():
        if line.startswith("FAIL "):
            check, rest = line[5:].split(" ", 1)
            found[check] = rest
    return found


@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f.id)
def test_apigen_fuzz_finds_the_fault_and_names_operation_and_check(project: Path, fault: Fault) -> None:
    spec = _spec(fault.api)
    result = _fuzz(
        project,
        spec,
        faulty_app(spec, fault),
        "--allow-destructive",
        "--operation",
        ",".join(fault.operation_ids),
        "--phases",
        fault.phases,
        *fault.extra_args,
    )
    assert result.exit_code == 1, result.output
    findings = _findings(result.output)
    named = {check: ops for check, ops in findings.items() if check in fault.checks}
    assert named, f"none of {sorted(fault.checks)} reported:\n{result.output}"
    assert any(fault.operation in ops.split(" on ", 1)[-1].split(", ") for ops in named.values()), result.output


def _controls() -> Iterator[Any]:
    by_api: dict[str, list[Fault]] = {}
    for fault in FAULTS:
        by_api.setdefault(fault.api, []).append(fault)
    for api, faults in sorted(by_api.items()):
        operations = sorted({o for f in faults for o in f.operation_ids})
        phases = sorted({p for f in faults for p in f.phases.split(",")}, key="examples,coverage,fuzzing,stateful".find)
        for mode in ("read-only", "destructive"):
            yield pytest.param(api, operations, phases, mode, id=f"{api}-{mode}")


@pytest.mark.parametrize(("api", "operations", "phases", "mode"), list(_controls()))
def test_faultless_control_is_clean(
    project: Path, api: str, operations: list[str], phases: list[str], mode: str
) -> None:
    spec = _spec(api)
    extra = ("--allow-destructive",) if mode == "destructive" else ()
    result = _fuzz(
        project, spec, faulty_app(spec, None), "--operation", ",".join(operations), "--phases", ",".join(phases), *extra
    )
    assert result.exit_code == 0, result.output
    assert "no failures" in result.output
