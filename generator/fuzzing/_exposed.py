"""QUERY and OpenAPI 3.2's additional methods in a run, though Schemathesis calls only 3.1's methods.

The spec file Schemathesis reads exposes each such operation as a POST on a synthetic path (the 3.1 view's
``expose_methods``); ``_rewrite`` sends the real request in its place. Here, outside Schemathesis' process: which
synthetic paths a read-only run may call, the per-operation settings that keep Schemathesis from probing the wrong
methods, and the report names mapped back from the synthetic ``POST /_apigen-method/QUERY/logs`` to ``QUERY /logs``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from ._results import FuzzFailure, FuzzResult

# Safe methods that carry a body: a read-only run calls them (QUERY is safe and idempotent by definition).
SAFE_WITH_BODY = ("QUERY",)
# Schemathesis' default for the coverage phase's undeclared methods ([phases.coverage] unexpected-methods).
_UNEXPECTED_METHODS = ("get", "put", "post", "delete", "options", "patch", "trace", "query")

Exposed = Mapping[str, tuple[str, str]]  # synthetic path -> (method as sent, real path)


def safe_paths(exposed: Exposed) -> list[str]:
    """The synthetic paths a read-only run may call."""
    return [path for path, (method, _) in exposed.items() if method.upper() in SAFE_WITH_BODY]


def operation_configs(exposed: Exposed, *, read_only: bool) -> list[dict[str, Any]]:
    """Per-operation Schemathesis settings: no undeclared-method probe on a synthetic path (the real path is
    probed on its own), and none, on a real path, with a method it does declare there (QUERY on ``/logs``)."""
    configs: list[dict[str, Any]] = [_unexpected(path, ()) for path in exposed]
    if read_only:  # only OPTIONS is probed, which no exposed operation can declare
        return configs
    declared: dict[str, set[str]] = {}
    for method, path in exposed.values():
        declared.setdefault(path, set()).add(method.lower())
    for path, methods in declared.items():
        configs.append(_unexpected(path, tuple(m for m in _UNEXPECTED_METHODS if m not in methods)))
    return configs


def _unexpected(path: str, methods: tuple[str, ...]) -> dict[str, Any]:
    return {"include-path": path, "phases": {"coverage": {"unexpected-methods": list(methods)}}}


def labels(exposed: Exposed) -> dict[str, str]:
    """Schemathesis' label of each synthetic operation -> the real one's."""
    return {f"POST {path}": f"{method} {real}" for path, (method, real) in exposed.items()}


def relabel(result: FuzzResult, exposed: Exposed) -> FuzzResult:
    """``result`` naming the real operations wherever it named a synthetic one."""
    names = labels(exposed)
    if not names:
        return result

    def text(value: str) -> str:
        for synthetic, real in names.items():
            value = value.replace(synthetic, real)
        return value

    def failure(found: FuzzFailure) -> FuzzFailure:
        return dataclasses.replace(
            found, operation=text(found.operation), title=text(found.title), message=text(found.message)
        )

    return dataclasses.replace(
        result,
        operations_tested=tuple(sorted(text(label) for label in result.operations_tested)),
        failures=tuple(failure(found) for found in result.failures),
        tallies={(text(operation), check): tally for (operation, check), tally in result.tallies.items()},
        errors=tuple(text(error) for error in result.errors),
        notes=tuple(text(note) for note in result.notes),
    )
