"""QUERY and 3.2's additional methods are fuzzed: Schemathesis sees each as a POST on a synthetic path of the 3.1
view, the real request (method and path) is what is sent, and reports name the real operation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.fuzzing import FuzzOptions, FuzzResult, Tally, embedded_mock, fuzz
from generator.fuzzing._exposed import operation_configs, relabel, safe_paths
from generator.fuzzing._results import FuzzFailure
from generator.fuzzing._rewrite import rewritten, without_methods
from generator.mocking import MockCredentials, create_app
from generator.spec import exposed_operations, load_spec, openapi31_view, parse_spec
from generator.validation import check

from .conftest import FIXTURES, PETSTORE
from .faulty_servers._asgi import App, Receive, Scope, Send, call, json_answer, reply

SEARCH = FIXTURES / "openapi32" / "search.yaml"
STREAMS = FIXTURES / "openapi32" / "streams.yaml"
QUERY_LABEL = "QUERY /shelves/{shelf}/books"
OPTIONS = FuzzOptions(max_examples=3, seed=1, phases=("examples", "coverage", "fuzzing"))


def test_the_view_exposes_query_and_additional_operations_as_posts_on_synthetic_paths() -> None:
    view = openapi31_view(load_spec(SEARCH).document, expose_methods=True)
    exposed = exposed_operations(view)
    assert exposed == {
        "/_apigen-method/QUERY/shelves/{shelf}/books": ("QUERY", "/shelves/{shelf}/books"),
        "/_apigen-method/LOCK/shelves/{shelf}/books": ("LOCK", "/shelves/{shelf}/books"),
    }
    query = view["paths"]["/_apigen-method/QUERY/shelves/{shelf}/books"]
    assert query["post"]["operationId"] == "search_books" and list(query["parameters"][0]) == list(
        view["paths"]["/shelves/{shelf}/books"]["parameters"][0]
    )  # the path item's own parameters come along
    assert "x-query" in view["paths"]["/shelves/{shelf}/books"]  # nothing is lost from the real path
    assert check(load_spec(SEARCH)) == []
    assert check(parse_spec(json.dumps(view).encode(), Path("view.json"))) == []  # a valid 3.1 document
    assert exposed_operations(openapi31_view(load_spec(SEARCH).document)) == {}  # only when asked


def test_the_synthetic_prefix_never_collides_with_a_path_of_the_spec() -> None:
    document: dict[str, Any] = json.loads(json.dumps(load_spec(STREAMS).document))
    document["paths"]["/_apigen-method/QUERY/logs"] = {"get": {"responses": {"200": {"description": "ok"}}}}
    exposed = exposed_operations(openapi31_view(document, expose_methods=True))
    assert set(exposed) == {"/_apigen-method_/QUERY/logs", "/_apigen-method_/PURGE/logs"}
    assert exposed_operations(openapi31_view(load_spec(PETSTORE).document, expose_methods=True)) == {}  # 3.1


def test_the_real_method_and_path_are_sent_behind_any_base_path() -> None:
    exposed = {"/_apigen-method/QUERY/shelves/{shelf}/books": ("QUERY", "/shelves/{shelf}/books")}
    data = {"method": "POST", "url": "http://127.0.0.1:9/api/_apigen-method/QUERY/shelves/a%2Fb/books?x=1"}
    sent = rewritten(data, "POST", "/_apigen-method/QUERY/shelves/{shelf}/books", exposed)
    assert sent == {"method": "QUERY", "url": "http://127.0.0.1:9/api/shelves/a%2Fb/books?x=1"}
    assert rewritten(data, "GET", "/_apigen-method/QUERY/shelves/{shelf}/books", exposed) == data  # a probe
    assert rewritten(data, "POST", "/shelves/{shelf}/books", exposed) == data  # not synthetic


def test_allow_and_per_operation_settings_hide_the_exposed_methods_from_undeclared_method_probes() -> None:
    assert without_methods("GET, Query, HEAD, LOCK", {"query", "lock"}) == "GET, HEAD"
    exposed = exposed_operations(openapi31_view(load_spec(SEARCH).document, expose_methods=True))
    assert safe_paths(exposed) == ["/_apigen-method/QUERY/shelves/{shelf}/books"]  # LOCK is no safe method
    configs = {
        c["include-path"]: c["phases"]["coverage"]["unexpected-methods"]
        for c in operation_configs(exposed, read_only=False)
    }
    assert configs["/_apigen-method/QUERY/shelves/{shelf}/books"] == []
    assert "query" not in configs["/shelves/{shelf}/books"] and "post" in configs["/shelves/{shelf}/books"]


def test_reports_name_the_real_operation() -> None:
    exposed = {"/_apigen-method/QUERY/x": ("QUERY", "/x")}
    failure = FuzzFailure(
        "c", "POST /_apigen-method/QUERY/x", "", "t", "on POST /_apigen-method/QUERY/x", "", "", 200, ()
    )
    result = FuzzResult(
        "a",
        "u",
        1,
        ("POST /_apigen-method/QUERY/x",),
        3,
        (failure,),
        (),
        {("POST /_apigen-method/QUERY/x", "c"): Tally(failed=1)},
    )
    named = relabel(result, exposed)
    assert named.operations_tested == ("QUERY /x",) and list(named.tallies) == [("QUERY /x", "c")]
    assert (named.failures[0].operation, named.failures[0].message) == ("QUERY /x", "on QUERY /x")


def test_query_and_additional_operations_are_fuzzed_against_the_mock(tmp_path: Path) -> None:
    spec = load_spec(SEARCH)
    mock, credentials = embedded_mock(spec)
    result = fuzz(
        spec,
        mock,
        tmp_path,
        options=FuzzOptions(**{**OPTIONS.__dict__, "allow_destructive": True}),
        credentials=credentials,
    )
    assert {QUERY_LABEL, "LOCK /shelves/{shelf}/books"} <= set(result.operations_tested)
    assert result.ok, result.failures
    assert sum(t.passed for (op, _), t in result.tallies.items() if op == QUERY_LABEL) > 0
    har = json.loads(result.reports["har"].read_text())["log"]["entries"]
    sent = {(e["request"]["method"], e["request"]["url"].split("/api", 1)[1].split("?")[0]) for e in har}
    assert ("QUERY", "/shelves/fiction/books") in sent and ("LOCK", "/shelves/science/books") in sent
    assert not any("_apigen-method" in url for _, url in sent)


def test_a_read_only_run_calls_query_but_no_unsafe_additional_method(tmp_path: Path) -> None:
    spec = load_spec(SEARCH)
    mock, credentials = embedded_mock(spec)
    result = fuzz(spec, mock, tmp_path, options=OPTIONS, credentials=credentials)
    assert QUERY_LABEL in result.operations_tested and result.ok, result.failures
    assert not any(op.startswith("LOCK") for op in result.operations_tested)


def _query_breaks_its_schema(spec_path: Path) -> App:
    """The mock, except that a 2xx answer to QUERY loses every book's required ``isbn``."""
    mock: App = create_app(load_spec(spec_path), credentials=MockCredentials(), seed=1)

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "QUERY":
            return await mock(scope, receive, send)
        answer = await call(mock, scope, receive)
        if 200 <= answer.status < 300:
            answer = json_answer(answer.status, {"matches": [{"title": "Dune"}]})
        await reply(send, answer)

    return app


def test_a_query_answer_that_breaks_its_schema_is_found_and_named_query(tmp_path: Path) -> None:
    options = FuzzOptions(max_examples=3, seed=1, phases=("examples", "fuzzing"))  # read-only: QUERY is safe
    result = fuzz(load_spec(SEARCH), _query_breaks_its_schema(SEARCH), tmp_path, options=options)
    found = result.by_check().get("response_schema_conformance") or []
    assert [f.operation for f in found] == [QUERY_LABEL], result.failures
    assert found[0].reproduction[-1].startswith("curl -X QUERY") and "/api/shelves/" in found[0].reproduction[-1]
