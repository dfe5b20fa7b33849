"""Fuzzing against sandboxes with one injected fault each, and against the faultless control of every API.

Every fault must be found and reported with the operation it affects and a check meant for it; the bare
mocks must be clean, read-only and with --allow-destructive. Each run is a Schemathesis subprocess (about
1.5 s of start-up, then a few dozen cases against its loopback server), so the runs the selected tests need
start together, a few at a time, when the module's first test asks for them; each test then judges its own
run. They go through ``fuzz`` with the options ``apigen fuzz --url`` sets; one test takes the command line.
"""

from __future__ import annotations

import functools
import shutil
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator.fuzzing import FuzzCredentials, FuzzOptions, FuzzResult, fuzz
from generator.jobs.cli import app
from generator.mocking import MockCredentials, serve_on_loopback
from generator.spec.loading import Spec
from generator.spec.project import Project
from tests.faulty_servers import FAULTS, Fault, faulty_app

ROOT = Path(__file__).resolve().parent.parent
CONCURRENT_RUNS = 4
MODES = ("read-only", "destructive")
# What the control of an API without faults here fuzzes: creates, reads and updates. The others fuzz
# the operations and phases their faults use. Destructive controls of APIs whose selection holds a create, a
# read and an update or delete also walk links (and apigen's CRUD walk), where a stateful false alarm shows.
CONTROL_OPERATIONS = {
    "intelliprove": ("get_user_details", "create_action_token", "delete_patient_data", "get_quota", "get_ce_label"),
    "mdintegrations": (
        "create_clinician_patient_message",
        "get_clinician_patient_message",
        "list_clinician_patient_messages",
        "create_internal_support_staff",
        "update_internal_support_staff",
    ),
}
STATEFUL_CONTROLS = ("mdintegrations", "provider")
PHASE_ORDER = ("examples", "coverage", "fuzzing", "stateful")


@dataclass(frozen=True)
class Run:
    """One ``apigen fuzz --url`` run: against ``fault`` injected into ``api``'s mock, or the bare mock."""

    api: str
    fault: Fault | None
    operation_ids: tuple[str, ...]
    phases: tuple[str, ...]
    destructive: bool
    max_response_time_ms: int = 2000  # apigen fuzz's default against a URL

    @property
    def key(self) -> str:
        return self.fault.id if self.fault else f"{self.api}-{'destructive' if self.destructive else 'read-only'}"


def _fault_run(fault: Fault) -> Run:
    return Run(fault.api, fault, fault.operation_ids, tuple(fault.phases.split(",")), True, fault.max_response_time_ms)


def _control_runs() -> Iterator[Run]:
    by_api: dict[str, list[Fault]] = {}
    for fault in FAULTS:
        by_api.setdefault(fault.api, []).append(fault)
    for api in sorted({*by_api, *CONTROL_OPERATIONS}):
        faults = by_api.get(api, [])
        operations = CONTROL_OPERATIONS.get(api) or tuple(sorted({o for f in faults for o in f.operation_ids}))
        used = {p for f in faults for p in f.phases.split(",")} or {"examples", "fuzzing"}
        for mode in MODES:
            destructive = mode == "destructive"
            walks = destructive and api in STATEFUL_CONTROLS
            phases = tuple(p for p in PHASE_ORDER if p in used or (walks and p == "stateful"))
            yield Run(api, None, operations, phases, destructive)


FAULT_RUNS = {fault.id: _fault_run(fault) for fault in FAULTS}
CONTROL_RUNS = {run.key: run for run in _control_runs()}


@functools.cache
def _spec(api: str) -> Spec:
    return Project(ROOT).load(api)


def _fuzz(run: Run, report_dir: Path) -> FuzzResult:
    spec = _spec(run.api)
    options = FuzzOptions(
        max_examples=2,
        seed=1,
        phases=run.phases,
        allow_destructive=run.destructive,
        max_response_time_ms=run.max_response_time_ms,
        operation_ids=run.operation_ids,
    )
    credentials = FuzzCredentials.for_mock(spec, MockCredentials())
    with serve_on_loopback(faulty_app(spec, run.fault)) as origin:
        return fuzz(spec, origin + spec.base_path, report_dir, options=options, credentials=credentials)


@pytest.fixture(scope="module")
def outcomes(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Future[FuzzResult]]]:
    """Every run a selected test of this module needs, started together."""
    wanted = {**FAULT_RUNS, **CONTROL_RUNS}
    keys = {item.callspec.id for item in request.session.items if hasattr(item, "callspec")} & set(wanted)
    reports = tmp_path_factory.mktemp("fault-runs")
    with ThreadPoolExecutor(CONCURRENT_RUNS) as pool:
        yield {key: pool.submit(_fuzz, wanted[key], reports / key) for key in sorted(keys)}


def _named(result: FuzzResult, fault: Fault) -> set[str]:
    """The operations on which a check meant for ``fault`` failed."""
    return {f.operation for f in result.failures if f.check in fault.checks}


@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f.id)
def test_fuzz_finds_the_fault_and_names_operation_and_check(
    outcomes: dict[str, Future[FuzzResult]], fault: Fault
) -> None:
    result = outcomes[fault.id].result()
    found = sorted({(f.check, f.operation) for f in result.failures})
    assert fault.operation in _named(result, fault), f"{sorted(fault.checks)} on {fault.operation} not in {found}"


@pytest.mark.parametrize("run", CONTROL_RUNS.values(), ids=lambda r: r.key)
def test_faultless_control_is_clean(outcomes: dict[str, Future[FuzzResult]], run: Run) -> None:
    result = outcomes[run.key].result()
    assert result.operations_tested, result.notes
    assert result.ok, [(f.check, f.operation, f.title) for f in result.failures] + list(result.errors)


def _findings(output: str) -> dict[str, list[str]]:
    """check -> operations, from the ``FAIL check [kind]: N on OP, OP`` lines of the summary."""
    found = {}
    for line in output.splitlines():
        if line.startswith("FAIL "):
            check, rest = line[5:].split(" ", 1)
            found[check] = rest.split(" on ", 1)[-1].split(", ")
    return found


def test_apigen_fuzz_url_names_the_check_and_operation_and_exits_1(tmp_path: Path) -> None:
    fault = next(f for f in FAULTS if f.id == "innovatrics-undocumented-status")
    shutil.copytree(ROOT / "specs", tmp_path / "specs")  # reports land in tmp, not in the repository
    spec = _spec(fault.api)
    env = {"APIGEN_ROOT": str(tmp_path), **FuzzCredentials.for_mock(spec, MockCredentials()).values}
    with serve_on_loopback(faulty_app(spec, fault)) as origin:
        command = [
            "fuzz",
            spec.name,
            "--url",
            origin + spec.base_path,
            "-n",
            "2",
            "--seed",
            "1",
            "--rate-limit",
            "1000/s",
        ]
        result = CliRunner().invoke(
            app, [*command, "--operation", ",".join(fault.operation_ids), "--phases", fault.phases], env=env
        )
    assert result.exit_code == 1, result.output
    assert fault.operation in _findings(result.output)["status_code_conformance"], result.output
