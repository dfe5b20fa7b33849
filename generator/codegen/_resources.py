"""The resource surface of a client: which group (``client.<group>``) and method name each operation gets.

A group is the operation's ``x-apigen-group``, else its first tag. A method is named after the operation
without the group's words, singular or plural (``list_providers`` in ``providers`` -> ``list``,
``create_provider_enrolment`` in ``provider_enrolments`` -> ``create``); ``x-apigen-name`` overrides it. A name
that the stripping leaves empty, or that two operations of one group would share, falls back to the
operation's full function name, so no two methods of a group ever collide. An operation whose id only spells its
method and path with its ids (``get_files_id_comments``, as some vendors generate them), or whose name is only
``post``, ``put`` or ``patch`` once the group's words are gone, is named by its REST verb instead (``list``,
``get``, ``create``, ``update``, ``delete``) when no other operation of the group takes it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from keyword import iskeyword
from typing import Any, Protocol

from ._naming import pascal_case, python_identifier, snake_case

# The verb of a REST call on a collection and on one item, by HTTP method.
_REST_VERBS = {
    "get": ("list", "get"),
    "post": ("create", ""),
    "put": ("update", "update"),
    "patch": ("update", "update"),
    "delete": ("", "delete"),
}

_WRITE_METHODS = frozenset({"post", "put", "patch"})

# Attributes of the generated clients a group must not hide (templates/client/client.py.jinja).
CLIENT_ATTRIBUTES = frozenset(
    {
        "aclose", "arequest", "base_url", "close", "get_async_httpx_client", "get_httpx_client",
        "idempotency_header", "lenient", "raise_on_unexpected_status", "request", "retry_policy",
        "set_async_httpx_client", "set_httpx_client", "streaming", "timeout", "with_options",
        "with_raw_response",
    }
)  # fmt: skip


class Named(Protocol):
    """What naming reads from an operation and writes back (``_operations.Operation``)."""

    @property
    def function(self) -> str: ...
    @property
    def data(self) -> Mapping[str, Any]: ...
    @property
    def method(self) -> str: ...
    @property
    def path(self) -> str: ...

    group: str
    group_class: str
    method_name: str


def assign_resources(operations: Sequence[Named]) -> None:
    """Set ``group``, ``group_class`` and ``method_name`` on every operation, deterministically."""
    chosen = {id(operation): _group(operation) for operation in operations}
    tagged = [name for operation in operations if not _explicit_group(operation) for name in [chosen[id(operation)]]]
    prefix = _common_prefix(tagged)
    for operation in operations:
        name = chosen[id(operation)]
        if prefix and not _explicit_group(operation):
            name = name[len(prefix) :]
        operation.group = f"{name}_" if name in CLIENT_ATTRIBUTES or iskeyword(name) else name
        operation.group_class = pascal_case(operation.group) or "Default"
    by_group: dict[str, list[Named]] = defaultdict(list)
    for operation in operations:
        by_group[operation.group].append(operation)
    for members in by_group.values():
        _name_methods(members)


def _group(operation: Named) -> str:
    chosen = _explicit_group(operation)
    if not chosen:
        tags = operation.data.get("tags")
        chosen = str(tags[0]) if isinstance(tags, list) and tags and snake_case(str(tags[0])) else "default"
    return python_identifier(chosen).rstrip("_") or "default"


def _explicit_group(operation: Named) -> str:
    chosen = operation.data.get("x-apigen-group")
    return chosen if isinstance(chosen, str) and snake_case(chosen) else ""


def _common_prefix(groups: list[str]) -> str:
    """The leading words every one of several tag groups shares (``api_20100401_`` on each of Twilio's tags),
    as long as each group keeps a word of its own: a version or product prefix says nothing about the group."""
    distinct = sorted(set(groups))
    if len(distinct) < 2:
        return ""
    split = [name.split("_") for name in distinct]
    shared = 0
    while all(len(words) > shared + 1 and words[shared] == split[0][shared] for words in split):
        shared += 1
    prefix = "_".join(split[0][:shared])
    candidate = f"{prefix}_" if shared else ""
    # a group left starting with a digit would not be an identifier
    return candidate if all(not name[len(candidate) :][:1].isdigit() for name in distinct) else ""


def _name_methods(members: list[Named]) -> None:
    explicit = {id(op): _explicit(op) for op in members}
    stripped = {id(op): stripped_name(op.function, op.group) for op in members}
    rest = {id(op): _rest_name(op, stripped[id(op)]) for op in members}
    rest_counts = Counter(name for name in rest.values() if name)
    for op in members:  # a REST verb two operations of the group would share names neither
        if rest[id(op)] and rest_counts[rest[id(op)]] == 1:
            stripped[id(op)] = rest[id(op)]
        elif _spells_method_and_path(op):  # "id" says nothing once the path is gone
            stripped[id(op)] = _without_ids(stripped[id(op)])
    explicit_counts = Counter(name for name in explicit.values() if name)
    counts = Counter(explicit[id(op)] or stripped[id(op)] for op in members)
    used: set[str] = set()
    names: dict[int, str] = {}
    for op in members:  # the spec author's names first
        name = explicit[id(op)]
        if name and explicit_counts[name] == 1:
            names[id(op)] = name
            used.add(name)
    for op in members:
        if id(op) in names:
            continue
        name = stripped[id(op)]
        if not name or counts[name] > 1 or name in used:
            name = op.function
        base, number = name, 2
        while name in used:
            name, number = f"{base}_{number}", number + 1
        used.add(name)
        names[id(op)] = name
    for op in members:
        op.method_name = names[id(op)]


def _rest_name(operation: Named, stripped: str) -> str:
    """``list``, ``get``, ``create``, ``update`` or ``delete`` for an operation whose id only spells its method and
    path with its ids (Box's ``get_files_id_comments`` for GET /files/{file_id}/comments), or whose name is only
    a write method once its group's words are gone (``post_comments`` in ``comments``): such names say nothing."""
    if stripped not in _WRITE_METHODS and not _spells_method_and_path(operation):
        return ""
    collection, item = _REST_VERBS.get(operation.method, ("", ""))
    return item if operation.path.rstrip("/").endswith("}") else collection


def _spells_method_and_path(operation: Named) -> bool:
    words = [word for word in operation.function.split("_") if word]
    if not words or words[0] != operation.method or "id" not in words:
        return False
    path_words = {word for word in re.split(r"[^a-z0-9]+", operation.path.lower()) if word}
    return all(word == "id" or any(word in _forms(path_word) for path_word in path_words) for word in words[1:])


def _without_ids(name: str) -> str:
    return _method("_".join(word for word in name.split("_") if word != "id")) or name


def _explicit(operation: Named) -> str:
    data = operation.data
    name = data.get("x-apigen-name")
    return _method(snake_case(name)) if isinstance(name, str) and snake_case(name) else ""


def stripped_name(function: str, group: str) -> str:
    """``function`` without the words of ``group`` (as one run if they appear together, else one by one)."""
    words = [word for word in function.split("_") if word]
    group_words = [word for word in group.split("_") if word]
    run = len(group_words)
    for start in range(len(words) - run + 1):
        if all(_same_noun(words[start + i], group_words[i]) for i in range(run)):
            return _method("_".join(words[:start] + words[start + run :]))
    forms = {form for word in group_words for form in _forms(word)}
    return _method("_".join(word for word in words if word not in forms))


def _same_noun(word: str, group_word: str) -> bool:
    return word in _forms(group_word)


def _forms(word: str) -> set[str]:
    """``word`` and its plural or singular (regular English forms only: enough for resource names)."""
    forms = {word, f"{word}s", f"{word}es"}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("y"):
        forms.add(word[:-1] + "ies")
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("s"):
        forms.add(word[:-1])
    return forms


def _method(name: str) -> str:
    """A method name: an identifier, not a keyword, not private (``""`` when there is nothing left)."""
    name = name.strip("_")
    if not name:
        return ""
    if not name.isidentifier() or name[0].isdigit():
        return ""
    return f"{name}_" if iskeyword(name) else name
