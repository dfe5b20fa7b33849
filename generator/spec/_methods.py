"""The operations of a Path Item (its fixed method fields and, from OpenAPI 3.2, ``additionalOperations``) and
the parameters of its path template."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from .pointers import escape_pointer_token

# The fixed fields of a Path Item that hold an operation; ``query`` is new in OpenAPI 3.2 (a 3.0/3.1 document
# holding it is refused by the structure check before any later stage sees it).
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace", "query")
PATH_PARAMETER = re.compile(r"{([^{}/]+)}")  # a parameter of a path template: ``{pet_id}``
ADDITIONAL = "additionalOperations"  # 3.2: other methods, by the exact name sent ("COPY", "PURGE")


def item_operations(item: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """(method in lowercase, pointer suffix, operation) for every operation of a path item."""
    for method in HTTP_METHODS:
        data = item.get(method)
        if isinstance(data, Mapping):
            yield method, f"/{method}", data
    extra = item.get(ADDITIONAL)
    for name, data in extra.items() if isinstance(extra, Mapping) else []:
        if isinstance(data, Mapping) and str(name).lower() not in HTTP_METHODS:
            yield str(name).lower(), f"/{ADDITIONAL}/{escape_pointer_token(name)}", data
