"""generator.jobs.corpus.run_mock_check: the mock stage of a corpus run, on fixture specs and a few vendor specs."""

from __future__ import annotations

import pytest

from generator.jobs.corpus import default_folder, run_mock_check
from generator.spec.loading import Spec, load_spec

from .conftest import FIXTURES, REPO

CORPUS = default_folder(REPO)
VENDOR_SPECS = ["mineskinorg.json", "fungeneratorscomuuid.json", "nytimescommoviereviews.json"]


@pytest.mark.slow
def test_a_clean_mock_passes_the_short_run() -> None:
    result = run_mock_check(load_spec(FIXTURES / "mock" / "ref_chains.yaml"), max_examples=3)
    assert result.ok, result
    assert result.operations == 3 and result.cases >= 3


def test_a_mock_that_does_not_start_is_reported_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(spec: Spec, seed: int = 0) -> None:
        raise KeyError("/paths/~1x/get")

    monkeypatch.setattr("generator.jobs.corpus.embedded_mock", broken)
    result = run_mock_check(load_spec(FIXTURES / "mock" / "ref_chains.yaml"))
    assert not result.started and not result.ok
    assert result.reason == "mock did not start: KeyError: '/paths/~1x/get'"


@pytest.mark.slow
@pytest.mark.parametrize("name", VENDOR_SPECS)
def test_vendor_specs_as_published(name: str) -> None:
    path = CORPUS / "apis-guru" / name
    if not path.is_file():
        pytest.skip(f"{path} is absent (set APIGEN_CORPUS to the shared corpus folder)")
    result = run_mock_check(load_spec(path), max_examples=3)
    assert result.started and result.reason is None, result.reason
    assert not result.server_errors, [f.message for f in result.server_errors]
    assert not result.schema_violations, [f.message for f in result.schema_violations]
