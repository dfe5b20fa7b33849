"""The parts of a fuzzing run around Schemathesis: consistency comparisons, scope, config merge, progress,
partial reports on interruption, and the read-only / nothing-to-test paths of ``apigen fuzz``."""

from __future__ import annotations

import functools
import json
import shutil
import tempfile
import tomllib
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from schemathesis.config import InferenceAlgorithm, SchemathesisConfig
from typer.testing import CliRunner

from generator.fuzzing import FuzzCredentials, FuzzOptions, Progress, _consistency, _run, fuzz
from generator.fuzzing._config import merged, run_config, to_toml
from generator.fuzzing._crud import SPEC_VARIABLE, crud_plan, expected_fields, mismatches
from generator.fuzzing._progress import ProgressTracker, estimated_seconds, per_second
from generator.fuzzing._scope import plan_scope
from generator.jobs.cli import app
from generator.mocking import MockCredentials
from generator.spec.loading import load_spec
from generator.spec.project import Project
from tests.faulty_servers import FAULTS, faulty_app

ROOT = Path(__file__).resolve().parent.parent


def test_read_must_repeat_only_what_the_write_acknowledged() -> None:
    sent = {"key": "a", "when": "now", "note": "Hello", "nested": {"x": 1}}
    acknowledged = {"id": 1, "key": "a", "when": "now", "note": "hello"}  # the server normalised `note`
    expected = expected_fields(sent, acknowledged)
    assert expected == {"key": "a", "when": "now"}
    assert mismatches(expected, {"key": "a", "when": "now"}) == []
    assert mismatches(expected, {"key": "b"}) == ["key: sent 'a', read 'b'", "when: sent 'now', missing from the read"]
    assert expected_fields({"n": 1, "flag": True}, None) == {"n": 1, "flag": True}  # 204: everything sent counts
    assert mismatches({"n": 1}, {"n": 1.0}) == [] and mismatches({"flag": True}, {"flag": 1}) != []


def test_crud_plan_pairs_create_read_update_delete_of_one_resource() -> None:
    plan = crud_plan(Project(ROOT).load("provider"))
    create = plan.role("POST", "/api/v2/provider/{parent_lookup_provider_id}/notification/")
    assert create is not None and create.kind == "create" and create.id_field == "id"
    read = plan.operation(create, "read")
    assert read == ("get", "/api/v2/provider/{parent_lookup_provider_id}/notification/{id}/")
    assert plan.operation(create, "delete") is not None


def test_only_reads_that_can_say_gone_are_expected_to_after_a_delete(tmp_path: Path) -> None:
    item = "{get: {responses: {%s}}, delete: {responses: {'204': {description: gone}}}}"
    paths = {"plain": "'200': {description: ok}", "found": "'200': {description: ok}, '404': {description: no}"}
    paths |= {"ranged": "'200': {description: ok}, 4XX: {description: no}"}
    text = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n" + "".join(
        f"  /{name}/{{id}}: {item % responses}\n" for name, responses in paths.items()
    )
    (tmp_path / "gone.yaml").write_text(text)
    plan = crud_plan(load_spec(tmp_path / "gone.yaml"))
    assert plan.can_say_gone == {("get", "/found/{id}"), ("get", "/ranged/{id}")}


def test_a_read_is_not_expected_to_repeat_a_value_its_schema_refuses(tmp_path: Path) -> None:
    state = "{type: object, properties: {state: {type: string, enum: [approved, denied]}, note: {type: string}}}"
    (tmp_path / "review.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /reviews/{id}:\n"
        f"    get: {{responses: {{'200': {{description: ok, content: {{application/json: {{schema: {state}}}}}}}}}}}\n"
        "    patch: {responses: {'204': {description: done}}}\n"
    )
    plan = crud_plan(load_spec(tmp_path / "review.yaml"))
    read = ("get", "/reviews/{id}")
    assert plan.holdable(read, {"state": "approve", "note": "ok"}) == {"note": "ok"}  # normalised: approve -> approved
    assert plan.holdable(read, {"state": "denied", "extra": 1}) == {"state": "denied", "extra": 1}


def test_a_case_sent_with_another_method_than_its_operations_plays_no_crud_role(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The coverage phase sends OPTIONS on a PUT's path: its 204 is no update a read must show."""
    (tmp_path / "things.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /things/{id}:\n"
        "    get: {responses: {'200': {description: ok}}}\n    put: {responses: {'204': {description: done}}}\n"
    )
    monkeypatch.setenv(SPEC_VARIABLE, str(tmp_path / "things.yaml"))
    monkeypatch.setattr(_consistency, "_plan", functools.cache(_consistency._plan.__wrapped__))
    put = SimpleNamespace(method="PUT", path="/things/{id}")
    answered: Any = SimpleNamespace(status_code=204)

    def role(method: str) -> Any:
        return _consistency._role(SimpleNamespace(method=method, operation=put), answered, ("replace",))  # type: ignore[arg-type]

    assert role("PUT") is not None
    assert role("OPTIONS") is None


def test_the_walks_update_changes_what_the_created_item_already_holds(tmp_path: Path) -> None:
    item = {
        "type": "object",
        "properties": {"id": {"type": "integer"}, "size": {"maximum": 5}, "state": {"enum": ["a", "b"]}},
    }
    answer = {"content": {"application/json": {"schema": item}}}
    example = {"id": 7, "size": 5, "state": "a", "note": "x"}
    paths = {
        "/things": {"post": {"responses": {"201": {"description": "ok", **answer}}}},
        "/things/{id}": {
            "get": {"responses": {"200": {"description": "ok", **answer}}},
            "patch": {
                "requestBody": {"content": {"application/json": {"schema": item, "example": example}}},
                "responses": {"200": {"description": "ok"}},
            },
        },
    }
    document = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}
    (tmp_path / "things.json").write_text(json.dumps(document))
    plan = crud_plan(load_spec(tmp_path / "things.json"))
    patch = ("patch", "/things/{id}")
    role = plan.roles[("post", "/things")]  # the walk's: the create's, which knows the id field
    changed = plan.update_body(patch, role, {"id": 7, "size": 5, "state": "a"})
    assert changed == ("application/json", {"id": 7, "size": 4, "state": "b", "note": "x"})  # size 6 > maximum
    assert plan.update_body(patch, role, {"id": 7, "size": 1, "state": "b"}) == plan.update_bodies[patch]


def test_read_only_itmedicalvet_skips_the_stateful_phase_and_says_why() -> None:
    scope = plan_scope(Project(ROOT).load("itmedicalvet"), read_only=True, stateful=True)
    assert scope.operations == 3 and not scope.stateful
    assert scope.notes and "unsafe method" in scope.notes[0]
    assert plan_scope(Project(ROOT).load("itmedicalvet"), read_only=False, stateful=True).stateful


@pytest.mark.parametrize(("api", "guesses"), [("provider", False), ("intelliprove", True)])
def test_schemathesis_guesses_links_only_for_a_spec_that_declares_none(api: str, guesses: bool) -> None:
    scope = plan_scope(Project(ROOT).load(api), read_only=False, stateful=True)
    declared = scope.declares_links
    config = run_config({}, read_only=False, stateful=True, seed=1, max_examples=1, infer_links=not declared)
    inference = SchemathesisConfig.from_str(to_toml(config)).projects.default.phases.stateful.inference
    assert inference.is_algorithm_enabled(InferenceAlgorithm.DEPENDENCY_ANALYSIS) is guesses
    assert inference.is_algorithm_enabled(InferenceAlgorithm.LOCATION_HEADERS)


def test_apigen_fuzz_with_nothing_to_test_says_so_and_exits_0(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "specs", tmp_path / "specs")
    result = CliRunner().invoke(
        app,
        ["fuzz", "itmedicalvet", "--url", "http://127.0.0.1:9", "--operation", "add_pet"],
        env={"APIGEN_ROOT": str(tmp_path)},
    )
    assert result.exit_code == 0, result.output
    assert "nothing to test" in result.output and "--allow-destructive" in result.output


def test_user_config_is_merged_under_apigen_settings() -> None:
    user = {"headers": {"X-Team": "qa"}, "generation": {"max-examples": 500, "mode": "positive"}}
    user["operations"] = [{"include-path": "/x", "enabled": False}]
    ours = {"generation": {"max-examples": 2}, "auth": {"openapi": {"jwt": {"bearer": "${T}"}}}}
    config = tomllib.loads(to_toml(merged(user, ours)))
    assert config["generation"] == {"max-examples": 2, "mode": "positive"}
    assert config["headers"] == {"X-Team": "qa"} and config["operations"] == [{"include-path": "/x", "enabled": False}]
    assert config["auth"]["openapi"]["jwt"]["bearer"] == "${T}"


def test_progress_counts_operations_cases_and_failures() -> None:
    tracker = ProgressTracker("10/s")
    tracker.feed("LoadingFinished", {"statistic": {"operations": {"selected": 4}}})
    tracker.feed("SuiteStarted", {"phase": "fuzzing"})
    checks = {"c1": [{"status": "success"}, {"status": "failure"}]}
    tracker.feed("ScenarioFinished", {"recorder": {"label": "GET /a", "interactions": {"c1": {}}, "checks": checks}})
    now = tracker.snapshot()
    assert (now.phase, now.operations_done, now.operations_total, now.cases, now.failures) == ("fuzzing", 1, 4, 1, 1)
    assert "1/4 operation(s), 1 case(s), 1 failure(s)" in now.line() and "rate limit 10/s" in now.line()


def test_estimate_grows_with_the_rate_limit() -> None:
    assert per_second("100/m") == pytest.approx(100 / 60) and per_second(None) is None
    phases = ("examples", "coverage", "fuzzing", "stateful")
    assert estimated_seconds(73, 20, phases, "10/s") > 300  # the mdintegrations run the issue complains about
    assert estimated_seconds(73, 20, phases, None) == 0


def test_interrupted_run_leaves_partial_reports_and_no_temporary_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = Project(ROOT).load("itmedicalvet")
    slow = next(f for f in FAULTS if f.name == "slow-response")
    monkeypatch.setattr(_run, "PROGRESS_EVERY", 0.5)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    seen: list[Progress] = []

    def interrupt(progress: Progress) -> None:  # what Ctrl-C does while the run is under way
        seen.append(progress)
        if progress.cases:
            raise KeyboardInterrupt

    options = FuzzOptions(max_examples=20, seed=1, operation_ids=("get_media_url",), phases=("examples", "fuzzing"))
    credentials = FuzzCredentials.for_mock(spec, MockCredentials())
    result = fuzz(
        spec,
        faulty_app(spec, slow),
        tmp_path / "reports",
        options=options,
        credentials=credentials,
        on_progress=interrupt,
    )
    assert result.interrupted and seen
    junit = (tmp_path / "reports" / "junit.xml").read_text()
    assert "<testsuite" in junit
    assert (tmp_path / "reports" / "report.html").exists()
    assert list((tmp_path / "tmp").iterdir()) == []


PLAYER = """\
paths:
  /me/player:
    get:
      operationId: playing
      responses:
        "200":
          description: What is playing.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Playing"}
"""


def test_the_mock_of_a_spec_whose_discriminator_was_repaired_matches_it(tmp_path: Path) -> None:
    # Spotify's TrackObject | EpisodeObject without a mapping, `type: track`: Schemathesis read the schema names as
    # the values and called every track the mock served an unknown discriminator value.
    from generator.fuzzing import embedded_mock

    from .test_repairing import PLAYBACK

    (tmp_path / "player.yaml").write_text(PLAYBACK.replace("paths: {}\n", PLAYER))
    spec = load_spec(tmp_path / "player.yaml")
    app, credentials = embedded_mock(spec)
    checks = ("response_schema_conformance",)
    options = FuzzOptions(max_examples=10, seed=0, phases=("examples", "fuzzing"), checks=checks)
    result = fuzz(spec, app, tmp_path / "reports", options=options, credentials=credentials)
    assert result.cases > 0 and not result.errors and result.by_check() == {}
