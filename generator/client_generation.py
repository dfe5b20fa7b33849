"""Client generation: a validated :class:`Spec` -> the openapi-python-client package, using ``templates/client``."""

from __future__ import annotations

import contextlib
import copy
import io
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from openapi_python_client import Project as OpcProject
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError as OpcError

from ._errors import GenerationError
from .loading import Spec

# Media types openapi-python-client understands natively; any other one is binary to us, and must be
# declared as octet-stream or the generator silently drops the response.
_NATIVE = (
    "application/json",
    "application/octet-stream",
    "multipart/form-data",
    "application/x-www-form-urlencoded",
    "text/plain",
)


def generate_client(spec: Spec, package_dir: Path, templates_dir: Path) -> None:
    """Render the client package of ``spec`` into ``package_dir`` (which must not exist)."""
    config = Config.from_sources(
        ConfigFile(
            project_name_override=spec.project_name,
            package_name_override=spec.package_name,
            content_type_overrides=binary_media_types(spec),
            post_hooks=[],
        ),
        MetaType.NONE,
        spec.path,
        "utf-8",
        True,
        package_dir,
    )
    data = GeneratorData.from_dict(copy.deepcopy(dict(spec.document)), config=config)
    if isinstance(data, OpcError):
        raise GenerationError(f"{spec.path}: openapi-python-client: {_describe(data)}")
    project = OpcProject(openapi=data, config=config, custom_template_path=templates_dir)
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <dir>"
        errors = project.build()
    if errors:  # warnings included: a warning means a dropped endpoint or response
        raise GenerationError(f"{spec.path}: openapi-python-client: " + "; ".join(_describe(e) for e in errors))
    (package_dir / "py.typed").write_text("# Marker file for PEP 561\n")


def binary_media_types(spec: Spec) -> dict[str, str]:
    found = {media for media in _media_types(spec.document) if not _is_native(media)}
    return dict.fromkeys(sorted(found), "application/octet-stream")


def _is_native(media: str) -> bool:
    base = media.split(";")[0].strip().lower()
    return base in _NATIVE or base.endswith("+json")


def _media_types(node: Any) -> Iterator[str]:
    if isinstance(node, Mapping):
        content = node.get("content")
        if isinstance(content, Mapping):
            yield from (str(key) for key in content)
        for value in node.values():
            yield from _media_types(value)
    elif isinstance(node, list):
        for value in node:
            yield from _media_types(value)


def _describe(error: OpcError) -> str:
    return " ".join(part for part in (error.header, error.detail) if part)
