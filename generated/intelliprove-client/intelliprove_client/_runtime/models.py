"""The operations' side of the pydantic models (``pydantic_models``): reading a body into one, writing one out.

A response body is validated on the way in (:func:`load`). In the lenient mode of a client
(``Client(lenient=True)``) a body its model refuses is built without validation instead (:func:`construct`):
nested objects become their models where the field's type names one, every other value is kept as sent.
"""

from __future__ import annotations

import datetime
import enum
import functools
import json
import types
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar, Union, cast, get_args, get_origin
from uuid import UUID

from pydantic import BaseModel, TypeAdapter

from ..types import File

M = TypeVar("M", bound=BaseModel)

_LENIENT: ContextVar[bool] = ContextVar("lenient", default=False)


@contextmanager
def leniently() -> Iterator[None]:
    """Within this block :func:`load` builds models without validating them."""
    token = _LENIENT.set(True)
    try:
        yield
    finally:
        _LENIENT.reset(token)


def load(model: type[M], data: Any) -> M:
    """``data`` (parsed JSON) as a ``model``, validated; raises pydantic's ``ValidationError``."""
    if _LENIENT.get():
        return construct(model, data)
    return model.model_validate(data)


def load_value(kind: Any, data: Any) -> Any:
    """``data`` (parsed JSON) as ``kind``, a type that is not one model (a union, or a list or map of models),
    validated; in a lenient client, as sent."""
    if _LENIENT.get():
        return data
    return _adapter(kind).validate_python(data)


@functools.lru_cache(maxsize=256)
def _adapter(kind: Any) -> TypeAdapter[Any]:
    return TypeAdapter(kind)


def construct(model: type[M], data: Any) -> M:
    """``data`` as a ``model`` without validation (a value that is not an object is returned as it is)."""
    if not isinstance(data, dict):
        return cast(M, data)
    values: dict[str, Any] = {}
    known = set()
    for name, field in model.model_fields.items():
        key = field.alias or name
        known.add(key)
        if key in data:
            values[name] = _construct_value(field.annotation, data[key])
    values.update((key, value) for key, value in data.items() if key not in known)
    return model.model_construct(**values)


def _construct_value(annotation: Any, value: Any) -> Any:
    origin = get_origin(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return construct(annotation, value) if isinstance(value, dict) else value
    if origin in (Union, types.UnionType):
        members = [arg for arg in get_args(annotation) if arg is not type(None)]
        return _construct_value(members[0], value) if len(members) == 1 else value
    if origin is list and isinstance(value, list):
        (item,) = get_args(annotation) or (Any,)
        return [_construct_value(item, element) for element in value]
    if origin is dict and isinstance(value, dict):
        _, item = get_args(annotation) or (str, Any)
        return {key: _construct_value(item, element) for key, element in value.items()}
    return value


def dump(model: BaseModel) -> dict[str, Any]:
    """A request body: the model's JSON form under the wire names. A field never set whose default is None
    is left out (the API then applies its own default); a field set to None is sent as null."""
    return cast(dict[str, Any], _pruned(model, model.model_dump(mode="json", by_alias=True)))


def dump_value(value: Any) -> Any:
    """A value that is not one model, in its JSON form: models under their wire names, enums by value, dates
    and times in ISO 8601, UUIDs as strings; lists and maps item by item."""
    if isinstance(value, BaseModel):
        return dump(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [dump_value(item) for item in value]
    if isinstance(value, dict):
        return {key: dump_value(item) for key, item in value.items()}
    return value


def form(document: Any) -> dict[str, Any]:
    """An ``application/x-www-form-urlencoded`` body for httpx's ``data=``: arrays as repeated fields, nested
    objects as ``key[field]`` (deepObject, as Stripe-style APIs read them), nulls left out."""
    fields: dict[str, Any] = {}
    _flatten(dump_value(document), "", fields)
    return fields


def _flatten(value: Any, key: str, fields: dict[str, Any]) -> None:
    if isinstance(value, dict):
        for name, item in value.items():
            _flatten(item, f"{key}[{name}]" if key else str(name), fields)
    elif isinstance(value, list) and any(isinstance(item, dict | list) for item in value):
        for index, item in enumerate(value):
            _flatten(item, f"{key}[{index}]", fields)
    elif value is not None:
        fields[key] = value


def _pruned(value: Any, dumped: Any) -> Any:
    if isinstance(value, BaseModel) and isinstance(dumped, dict):
        kept = {key: _pruned(getattr(value, name), dumped[key]) for name, key in _sent(value) if key in dumped}
        kept.update((key, dumped[key]) for key in (value.model_extra or {}) if key in dumped)
        return kept
    if isinstance(value, list) and isinstance(dumped, list):
        return [_pruned(item, sent) for item, sent in zip(value, dumped, strict=False)]
    if isinstance(value, dict) and isinstance(dumped, dict):
        return {key: _pruned(value.get(key), sent) for key, sent in dumped.items()}
    return dumped


def _sent(model: BaseModel) -> Iterator[tuple[str, str]]:
    """(attribute, wire name) of each field of ``model`` a request carries."""
    for name, field in type(model).model_fields.items():
        if name in model.model_fields_set or field.default is not None or field.is_required():
            yield name, field.alias or name


def multipart(model: BaseModel) -> list[tuple[str, Any]]:
    """A ``multipart/form-data`` body for httpx's ``files=``: files and bytes as file parts, objects and
    arrays as JSON parts, anything else as text."""
    fields = [(key, getattr(model, name)) for name, key in _sent(model)]
    fields += list((model.model_extra or {}).items())
    return [(key, part) for key, value in fields for part in _parts(key, value)]


def _parts(key: str, value: Any) -> Iterator[Any]:
    if isinstance(value, File):
        yield value.to_tuple()
    elif isinstance(value, bytes):
        yield (key, value, "application/octet-stream")
    elif isinstance(value, list) and value and all(isinstance(item, File | bytes) for item in value):
        for item in value:
            yield from _parts(key, item)
    elif isinstance(value, BaseModel | dict | list):
        document = dump(value) if isinstance(value, BaseModel) else value
        yield (None, json.dumps(document).encode(), "application/json")
    elif value is not None:
        yield (None, str(getattr(value, "value", value)).encode(), "text/plain")
