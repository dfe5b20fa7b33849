"""Corpus runs: specs nobody here wrote, as published, through every stage (``apigen corpus``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator.jobs.cli import app
from generator.jobs.corpus import corpus_files, default_folder, run_spec, to_markdown

from .conftest import FIXTURES, REPO

SHARED_CORPUS = default_folder(REPO)
TEMPLATES = REPO / "templates"
# Three shapes of published spec: a one-operation 3.0.1 API with a query-key, a 3.0 API without any
# components/schemas (datumbox) and an AWS spec (annotated allOf references everywhere).
SAMPLES = ("abstractapicomgeolocation.json", "datumboxcom.json", "amazonawscomsso.json")


@pytest.mark.slow
@pytest.mark.parametrize("name", SAMPLES)
def test_published_specs_go_through_every_stage_cleanly(name: str) -> None:
    path = SHARED_CORPUS / "apis-guru" / name
    if not path.is_file():
        pytest.skip(f"the shared corpus is not at {SHARED_CORPUS} (set APIGEN_CORPUS)")
    result = run_spec(path, TEMPLATES, max_examples=3)
    assert result.reason is None, result.reason
    assert result.reached == "mock" and result.clean
    assert result.call_status is not None and result.call_status < 500
    assert result.mock is not None and result.mock.cases > 0


@pytest.mark.slow
def test_cli_tabulates_a_folder_and_names_why_a_spec_stops(tmp_path: Path) -> None:
    folder = tmp_path / "specs"
    folder.mkdir()
    shutil.copy(FIXTURES / "vendor" / "Shop-API.json", folder)
    (folder / "legacy.yaml").write_text('swagger: "2.0"\ninfo: {title: Old, version: "1"}\npaths: {}\n')
    table = tmp_path / "corpus.md"
    result = CliRunner().invoke(app, ["corpus", str(folder), "--out", str(table), "-j", "1", "--max-examples", "2"])
    assert result.exit_code == 0, result.output
    rows = {
        line.split(" | ")[0].strip("| "): line
        for line in table.read_text().splitlines()
        if ".json" in line or ".yaml" in line
    }
    assert set(rows) == {"Shop-API.json", "legacy.yaml"}
    assert f"{folder / 'legacy.yaml'}:1: /swagger: [version] Swagger 2.0 is not supported" in rows["legacy.yaml"]
    assert " | mock | " in rows["Shop-API.json"]
    assert "Traceback" not in result.output


def test_a_missing_corpus_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["corpus", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "no corpus folder" in result.output


def test_corpus_files_are_every_spec_below_the_folder(tmp_path: Path) -> None:
    for name in ("a.json", "sub/b.yaml", "sub/c.yml", "README.md", ".hidden.json"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("{}")
    assert [p.relative_to(tmp_path).as_posix() for p in corpus_files(tmp_path)] == ["a.json", "sub/b.yaml", "sub/c.yml"]


def test_a_multi_file_spec_is_one_corpus_spec(tmp_path: Path) -> None:
    for name in ("a.json", "cloud/openapi.yaml", "cloud/resources/x.yml", "cloud/shared/y.yaml", "other/z.yaml"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("{}")
    found = [p.relative_to(tmp_path).as_posix() for p in corpus_files(tmp_path)]
    assert found == ["a.json", "cloud/openapi.yaml", "other/z.yaml"]


def test_a_spec_is_clean_only_when_called_and_fuzzed(tmp_path: Path) -> None:
    from generator.jobs.corpus import NOT_FUZZED, CorpusResult, MockCheck

    ran = MockCheck("x", True, 4, 20)
    clean = CorpusResult(tmp_path / "a.json", "3.1.0", 4, reached="mock", called=True, call_status=200, mock=ran)
    assert clean.clean and clean.verdict == "clean"
    not_fuzzed = MockCheck("x", True, reason=f"{NOT_FUZZED}: Schemathesis rejected the run")
    assert CorpusResult(tmp_path / "b.json", reached="mock", called=True, mock=not_fuzzed).verdict == "not-fuzzed"
    uncalled = CorpusResult(tmp_path / "c.json", reached="import", callable=False, mock=ran)
    assert not uncalled.clean and uncalled.verdict == "no-call"
    failed_call = CorpusResult(tmp_path / "d.json", reached="import", call_status=500, mock=ran)
    assert not failed_call.clean and failed_call.verdict == "failed-call"
    broke = MockCheck("x", True, 4, 20, reason="fuzzing broke: GET /invoices: Invalid `pattern` definition")
    errored = CorpusResult(tmp_path / "e.json", reached="mock", called=True, call_status=200, mock=broke)
    assert errored.mock_clean and not errored.clean and errored.verdict == "fuzz-error"
    text = to_markdown([clean, uncalled], tmp_path)
    assert "clean (all of these): 1 (50%)" in text and "nothing callable without arguments: 1" in text
    assert "| none callable |" in text


def test_markdown_counts_each_stage(tmp_path: Path) -> None:
    from generator.codegen.generating import Coverage
    from generator.jobs.corpus import CorpusResult, MockCheck

    covered = Coverage(4, 4, 3, 3)
    results = [
        CorpusResult(
            tmp_path / "ok.json", "3.0.3", 4, reached="mock", mock=MockCheck("ok", True, 4, 20), coverage=covered
        ),
        CorpusResult(tmp_path / "bad.json", reason="bad.json:3: /paths: [paths] duplicate | template"),
    ]
    text = to_markdown(results, tmp_path)
    assert "2 specs. Client generated and imported: 1 (50%)" in text
    assert "no mock 5xx and no response-schema violation: 1 (50%)" in text
    assert "duplicate \\| template" in text
    assert "| ops generated | 2xx typed |" in text and "| 4/4 | 3/3 |" in text


def test_shards_split_a_corpus_each_spec_once(tmp_path: Path) -> None:
    from generator.errors import UsageError
    from generator.jobs.corpus import shard

    files = [tmp_path / f"{i}.json" for i in range(10)]
    parts = [shard(files, f"{k}/3") for k in (1, 2, 3)]
    assert sorted(f for part in parts for f in part) == sorted(files) and all(parts)
    for bad in ("0/3", "4/3", "two/3", "3"):
        with pytest.raises(UsageError):
            shard(files, bad)


def test_shard_reports_merge_into_one_table(tmp_path: Path) -> None:
    from generator.fuzzing import FuzzFailure
    from generator.jobs.corpus import CorpusResult, MockCheck, merge, to_json

    crash = FuzzFailure("not_a_server_error", "GET /a", "", "Server error", "boom", "high", "fuzzing", 500, ("curl",))
    mock = MockCheck("a", True, 2, 10, server_errors=(crash,))
    from generator.codegen.generating import Coverage

    covered = Coverage(2, 2, 1, 1)  # a shard's generated clients: the merge read it as a dict and crashed
    first = [
        CorpusResult(
            tmp_path / "a.json", "3.1.0", 2, reached="mock", called=True, call_status=200, mock=mock, coverage=covered
        )
    ]
    second = [CorpusResult(tmp_path / "b.json", reason="b.json:1: /: bad")]
    for name, results in (("1.json", first), ("2.json", second)):
        (tmp_path / name).write_text(to_json(results, tmp_path))
    merged, folder = merge([tmp_path / "2.json", tmp_path / "1.json"])
    assert merged == first + second and folder == tmp_path
    table = tmp_path / "all.md"
    result = CliRunner().invoke(
        app, ["corpus", "--merge", str(tmp_path / "1.json"), "--merge", str(tmp_path / "2.json"), "--out", str(table)]
    )
    assert result.exit_code == 0, result.output
    assert "2 specs." in table.read_text() and "| 2/2 | 1/1 |" in table.read_text()
    assert table.with_suffix(".json").exists()
    garbage = tmp_path / "garbage.json"
    garbage.write_text("[]")
    assert CliRunner().invoke(app, ["corpus", "--merge", str(garbage)]).exit_code == 2


def test_a_bad_shard_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["corpus", str(tmp_path), "--shard", "3/2"])
    assert result.exit_code == 2 and "--shard" in result.output
