"""openapi-python-client as the anchor: its parser, run alone on a spec, must not type an operation or a success
response that our operation layer leaves out or types loosely (PagerDuty as published, and one of our five APIs)."""

from __future__ import annotations

import copy

import pytest

from generator import load_spec
from generator.codegen.client_generation import parse_client
from generator.codegen.model_generation import defined_names, render_models
from generator.jobs.corpus import default_folder
from generator.spec.loading import Spec, template_shape

from .conftest import REPO

pytest.importorskip("openapi_python_client")

from generator.codegen._operations import Response, type_operations
from generator.codegen._types import Types

PAGERDUTY = default_folder(REPO) / "flagship" / "pagerduty.json"  # ../shared/corpus unless $APIGEN_CORPUS


def _opc_typed(spec: Spec) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    """(method, path) of every operation openapi-python-client's parser generates, and (method, path, status) of
    every 2xx response it types (a body other than None or Any)."""
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.properties.any import AnyProperty
    from openapi_python_client.parser.properties.none import NoneProperty

    config = Config.from_sources(ConfigFile(post_hooks=[]), MetaType.NONE, spec.path, "utf-8", True, None)
    data = GeneratorData.from_dict(copy.deepcopy(dict(spec.document)), config=config)
    assert isinstance(data, GeneratorData), data
    operations, typed = set(), set()
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            key = (endpoint.method.lower(), template_shape(_plain(endpoint.path)))  # it renames path parameters
            operations.add(key)
            for response in endpoint.responses.patterns:
                low, high = response.status_code.range or (0, 0)
                if low >= 200 and high < 300 and not isinstance(response.prop, AnyProperty | NoneProperty):
                    typed.add((*key, _plain(response.status_code.pattern).upper()))
    return operations, typed


def _plain(text: object) -> str:
    untrusted = getattr(text, "get_untrusted_value", None)
    return str(untrusted() if untrusted else text)


def _ours(spec: Spec) -> dict[tuple[str, str], dict[str, Response]]:
    parsed = parse_client(spec)
    code, problems = render_models(spec, parsed.models)
    assert problems == []
    type_operations(parsed.operations, Types(parsed.models.document, defined_names(code)))
    return {
        (op.method, template_shape(op.path)): {response.status.upper(): response for response in op.responses}
        for op in parsed.operations
    }


def _assert_anchor_held(spec: Spec) -> tuple[int, int]:
    """Holds the anchor; returns (operations the anchor generates, operations we generate)."""
    operations, typed = _opc_typed(spec)
    ours = _ours(spec)
    assert operations, "the anchor generated nothing: the comparison would prove nothing"
    assert sorted(operations - ours.keys()) == []
    untyped = [
        (method, path, status)
        for method, path, status in sorted(typed)
        if status not in ours[(method, path)]
        or ours[(method, path)][status].kind == "none"
        or not ours[(method, path)][status].exact
    ]
    assert untyped == []
    return len(operations), len(ours)


def test_we_type_everything_the_anchor_types_in_one_of_our_apis() -> None:
    _assert_anchor_held(load_spec(REPO / "specs" / "mdintegrations.yaml", "mdintegrations"))


@pytest.mark.slow
@pytest.mark.skipif(not PAGERDUTY.is_file(), reason="the shared flagship corpus is not on this machine")
def test_we_type_everything_the_anchor_types_in_pagerduty() -> None:
    anchor, ours = _assert_anchor_held(load_spec(PAGERDUTY, "pagerduty"))
    assert ours == 465 and anchor < ours  # the anchor drops operations we generate
