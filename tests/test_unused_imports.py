"""The operation template's unused imports, dropped before ruff: never one that is used."""

from __future__ import annotations

from generator.codegen._unused_imports import without_unused_imports

MODULE = '''from collections.abc import AsyncIterator, Iterator
from typing import Any, cast

import httpx

from ..._runtime.pagination import (
    AsyncPage,
    Page,
    present,
)
from ...pydantic_models import Pet, Owner

import json


def get(client: Any) -> Page[Pet]:
    """Returns an Iterator of pages."""  # a name in a string is kept: ruff decides about it
    return cast(Page[Pet], client.get())
'''


def test_names_the_module_never_mentions_again_are_dropped_in_the_form_they_had() -> None:
    assert (
        without_unused_imports(MODULE)
        == '''from collections.abc import Iterator
from typing import Any, cast



from ..._runtime.pagination import (
    Page,
)
from ...pydantic_models import Pet




def get(client: Any) -> Page[Pet]:
    """Returns an Iterator of pages."""  # a name in a string is kept: ruff decides about it
    return cast(Page[Pet], client.get())
'''
    )


def test_a_module_using_every_import_is_unchanged() -> None:
    source = "from a import b, c\nimport d\n\nx = b(c, d)\n"
    assert without_unused_imports(source) == source


def test_imports_after_the_header_are_left_alone() -> None:
    source = "from a import b\n\nx = b\n\nfrom e import f\n"
    assert without_unused_imports(source) == source
