"""Values round-trip: every documented example of the five APIs, read into its model and written back out
(``model_dump(mode="json", by_alias=True, exclude_unset=True)``), is the example unchanged. pydantic would
rewrite some formats on the way (``http://example.com`` -> ``http://example.com/``); the models keep them."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from generator.spec import Project

from .conftest import REPO

APIS = ("innovatrics", "intelliprove", "itmedicalvet", "mdintegrations", "provider")
_COMPONENT = "#/components/schemas/"

_ROUND_TRIP = """
import json, sys
from {package} import pydantic_models as models
failures = []
for name, example in json.load(sys.stdin):
    model = getattr(models, name)
    out = model.model_validate(example).model_dump(mode="json", by_alias=True, exclude_unset=True)
    if out != example:
        failures.append([name, example, out])
print(json.dumps(failures))
"""


def _examples_of(media: dict[str, Any]) -> Iterator[Any]:
    if "example" in media:
        yield media["example"]
    for example in (media.get("examples") or {}).values():
        if isinstance(example, dict) and "value" in example:
            yield example["value"]


def _documented_examples(document: dict[str, Any]) -> list[tuple[str, Any]]:
    """(model class, example) for every example of a body or schema whose schema is a component model."""
    pairs: list[tuple[str, Any]] = []
    for name, schema in (document.get("components", {}).get("schemas") or {}).items():
        if schema.get("type") == "object":
            pairs += [(name, example) for example in schema.get("examples") or []]
    for path_item in document.get("paths", {}).values():
        for operation in path_item.values():
            if not isinstance(operation, dict):
                continue
            bodies = [operation.get("requestBody") or {}, *(operation.get("responses") or {}).values()]
            for body in bodies:
                for media in (body.get("content") or {}).values():
                    ref = (media.get("schema") or {}).get("$ref", "")
                    if ref.startswith(_COMPONENT):
                        pairs += [(ref.removeprefix(_COMPONENT), ex) for ex in _examples_of(media)]
    return [(name, example) for name, example in pairs if isinstance(example, dict)]


def _apis_with_examples() -> list[str]:
    project = Project(REPO)
    return [api for api in APIS if _documented_examples(project.load(api).document)]


def test_the_five_apis_document_model_examples() -> None:
    assert len(_apis_with_examples()) >= 4  # innovatrics documents its bodies with schemas only


@pytest.mark.parametrize("api", _apis_with_examples())
def test_every_documented_example_round_trips_through_its_model(api: str) -> None:
    spec = Project(REPO).load(api)
    pairs = _documented_examples(spec.document)
    script = _ROUND_TRIP.format(package=spec.package_name)
    result = subprocess.run(
        [sys.executable, "-c", script],
        input=json.dumps(pairs),
        cwd=REPO / "generated" / f"{api}-client",
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(result.stdout) == []


def _printed(api: str, script: str) -> list[str]:
    """What ``script`` prints, run beside the generated client of ``api``, split into words."""
    cwd = REPO / "generated" / f"{api}-client"
    result = subprocess.run([sys.executable, "-c", script], cwd=cwd, capture_output=True, text=True, check=True)
    return result.stdout.split()


def test_a_uri_is_validated_but_kept_as_sent() -> None:
    script = (
        "from provider_client._runtime.formats import Uri\n"
        "from pydantic import TypeAdapter, ValidationError\n"
        "adapter = TypeAdapter(Uri)\n"
        "print(adapter.validate_python('http://example.com'))\n"
        "print(adapter.validate_python('/2010-04-01/Accounts.json?Page=1'))\n"
        "try:\n    adapter.validate_python('not a uri')\nexcept ValidationError:\n    print('refused')\n"
    )
    assert _printed("provider", script) == ["http://example.com", "/2010-04-01/Accounts.json?Page=1", "refused"]


def test_a_password_is_sent_as_it_is_and_masked_in_repr() -> None:
    script = (
        "from mdintegrations_client import pydantic_models as m\n"
        "from mdintegrations_client._runtime.models import dump\n"
        "body = m.InternalSupportStaffUpdateRequest(password='swordfish', password_confirmation='swordfish')\n"
        "print(dump(body)['password'], 'swordfish' in repr(body))\n"
    )
    assert _printed("mdintegrations", script) == ["swordfish", "False"]


def test_a_datetime_stays_a_datetime_and_is_written_back_as_sent() -> None:
    script = (
        "from datetime import datetime, timedelta\n"
        "from pydantic import TypeAdapter\n"
        "from provider_client._runtime.formats import DateTime\n"
        "adapter = TypeAdapter(DateTime)\n"
        "value = adapter.validate_python('2025-01-16T19:39:35.000000Z')\n"
        "print(isinstance(value, datetime), adapter.dump_python(value, mode='json'))\n"
        "print(adapter.dump_python(value + timedelta(seconds=1), mode='json'))\n"
    )
    assert _printed("provider", script) == ["True", "2025-01-16T19:39:35.000000Z", "2025-01-16T19:39:36Z"]
