"""Files of a generated client beside its operations and models, rendered with our own Jinja step.

- ``templates/package/*.jinja`` -> the distribution's ``pyproject.toml`` and ``README.md``;
- ``templates/runtime/**.jinja`` -> runtime modules inside the package (auth, retries, errors, pagination),
  rendered with spec data (security schemes, servers, ``x-pagination``); the same context reaches the client
  templates.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2

from ..spec.loading import Spec
from ..spec.sequences import is_sequential
from ._classes import component_names
from ._naming import snake_case
from ._operations import Operation as OurOperation
from ._operations import read_operations
from ._pagination import inferred_pagination


def write_distribution_files(
    spec: Spec, project_dir: Path, templates_dir: Path, context: dict[str, Any] | None = None
) -> None:
    """Package files and runtime modules; ``context`` is :func:`distribution_context` when already computed."""
    context = context if context is not None else distribution_context(spec)
    _render_tree(templates_dir / "package", project_dir, context)
    _render_tree(templates_dir / "runtime", project_dir / spec.package_name, context)
    changelog = changelog_file(templates_dir, spec.name)
    if changelog.is_file():
        (project_dir / "CHANGELOG.md").write_bytes(changelog.read_bytes())


def changelog_file(templates_dir: Path, api: str) -> Path:
    """``changelogs/<api>.md`` at the project root (beside ``templates/``), written by ``apigen release``."""
    return templates_dir.parent / "changelogs" / f"{api}.md"


def _render_tree(source: Path, target: Path, context: dict[str, Any]) -> None:
    """Render every ``*.jinja`` below ``source`` to the same relative path (minus ``.jinja``) below ``target``.

    A template that renders to nothing but whitespace is a module this spec does not need (webhooks).
    """
    if not source.is_dir():
        return
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(source),
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # renders Python, TOML and Markdown, not HTML
    )
    for template in sorted(source.rglob("*.jinja")):
        relative = template.relative_to(source)
        text = env.get_template(relative.as_posix()).render(context)
        if not text.strip():
            continue
        output = target / relative.with_suffix("")
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text)


def distribution_context(spec: Spec, read: list[OurOperation] | None = None) -> dict[str, Any]:
    """Everything the package and runtime templates may use; plain data, sorted, so output is deterministic.

    ``read``: the spec's operations as the client reads them, when the caller has them already.
    """
    info = spec.document.get("info") or {}
    schemes = (spec.document.get("components") or {}).get("securitySchemes") or {}
    root_security = spec.document.get("security") or []
    ours = {op.pointer: op for op in (read if read is not None else read_operations(spec.document))}
    operations = [
        _operation_context(spec, op, ours[op.pointer], schemes, root_security) for op in spec.operations(webhooks=False)
    ]
    # A relative server ("/") names no host: the client then needs base_url from its caller.
    base_url = spec.server_url if spec.server_url.startswith(("http://", "https://")) else ""
    used = sorted({name for op in operations for alternative in op["auth"] for name in alternative})
    auth_schemes = [_auth_scheme(spec, name, spec.resolve(schemes[name]), base_url) for name in used]
    return {
        "api": spec.name,
        "title": spec.title,
        "version": spec.version,
        "package_version": spec.package_version,
        "spec_file": spec.path.name,
        "description": str(info.get("description", "")).strip(),
        "project_name": spec.project_name,
        "package_name": spec.package_name,
        "base_url": base_url,
        "user_agent": f"{spec.project_name}/{spec.version}",
        "operations": operations,
        "paginated_operations": [op for op in operations if op["pagination"]],
        "security_schemes": {name: dict(spec.resolve(scheme)) for name, scheme in sorted(schemes.items())},
        "root_security": root_security,
        "root_auth": _alternatives(root_security, schemes),
        "auth_schemes": auth_schemes,
        "credentials": _credentials(auth_schemes, spec.env_prefix),
        "env_prefix": spec.env_prefix,
        "webhooks": _webhooks(spec),
        "device_flows": _device_flows(schemes, base_url, spec),
        "idempotency_header": _idempotency_header(spec),
        # pydantic's EmailStr (datamodel-code-generator's type for format: email) needs email-validator.
        "pydantic_requirements": [
            "pydantic>=2.7,<3",
            *(["email-validator>=2.0"] if _uses_format(spec.document, "email") else []),
        ],
        # The README's examples run as written (the test suite runs them against the mock): GETs whose
        # required arguments all have documented examples, one without path parameters if possible.
        "first_operation": next(
            (op for op in operations if op["method"] == "GET" and op["call"] and "{" not in op["path"]),
            next((op for op in operations if op["method"] == "GET" and op["call"]), None),
        ),
        "paged_operation": next((op for op in operations if op["pagination"] and op["call"]), None),
        "download_operation": next((op for op in operations if op["download"] and op["call"]), None),
        "streamed_operations": [op for op in operations if op["stream"]],
    }


_IDEMPOTENCY = re.compile(r"idempotency|idempotent", re.IGNORECASE)


def _idempotency_header(spec: Spec) -> str:
    """The header the spec documents for idempotency keys (Stripe's ``Idempotency-Key``, ``X-Idempotency-Key``
    ...), the first in path order; else the IETF draft's ``Idempotency-Key``."""
    for op in spec.operations(webhooks=False):
        for parameter in [*op.path_item.get("parameters", []), *op.data.get("parameters", [])]:
            resolved = spec.resolve(parameter)
            name = str(resolved.get("name", ""))
            if resolved.get("in") == "header" and _IDEMPOTENCY.search(name):
                return name
    return "Idempotency-Key"


def _operation_context(
    spec: Spec, op: Any, ours: OurOperation, schemes: Mapping[str, Any], root_security: Any
) -> dict[str, Any]:
    example = _example_call(spec, op, ours)
    security = op.data.get("security", root_security)
    return {
        "operation_id": op.operation_id,
        "module": ours.module,
        "function": ours.function,
        "method": op.method.upper(),
        "path": op.path,
        "summary": " ".join(str(op.data.get("summary", "")).split()).replace("|", "\\|"),
        "security": security,
        "auth": _alternatives(security, schemes),
        "pagination": op.data.get("x-pagination") or inferred_pagination(spec, op),
        "accept": _accept(spec, op.data),
        "download": _is_download(spec, op.data),
        "stream": ours.stream.media_type if ours.stream else None,
        "call": _joined(example, "client=client"),
        "args": _joined(example),
        "group": ours.group,
        "method_name": ours.method_name,
    }


# The constructor argument(s) each kind of scheme reads, and what the generated README says about them.
_CREDENTIALS = {
    "apiKey": (("api_key", "API key"),),
    "bearer": (("token", "bearer token"),),
    "basic": (("username", "HTTP Basic user name"), ("password", "HTTP Basic password")),
    "oauth2": (("client_id", "OAuth2 client ID"), ("client_secret", "OAuth2 client secret")),
}


def _alternatives(security: Any, schemes: Any) -> list[list[str]]:
    """A security requirement as lists of scheme names (any one list suffices); unknown names dropped."""
    return [sorted(name for name in requirement if name in schemes) for requirement in security or []]


def _auth_scheme(spec: Spec, name: str, scheme: Any, base_url: str) -> dict[str, str]:
    """One security scheme as the runtime applies it: kind apiKey | bearer | basic | oauth2."""
    kind = str(scheme.get("type", ""))
    entry = {"name": name, "kind": kind, "location": "header", "parameter": "Authorization", "token_url": ""}
    entry |= {"scopes": "", "token_body": "form", "description": " ".join(str(scheme.get("description", "")).split())}
    if kind == "apiKey":
        entry |= {"location": str(scheme.get("in", "header")), "parameter": str(scheme.get("name", ""))}
    elif kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
        entry["kind"] = "basic"
    elif kind == "oauth2" and "clientCredentials" in (scheme.get("flows") or {}):
        flow = scheme["flows"]["clientCredentials"]
        relative = _on_base_url(str(flow.get("tokenUrl", "")), base_url)
        entry |= {"token_url": relative, "scopes": " ".join(sorted(flow.get("scopes") or {}))}
        entry["token_body"] = _token_body(spec, relative)
    else:  # http bearer, other oauth2 flows, openIdConnect: the caller brings a token
        entry["kind"] = "bearer"
    return entry


def _device_flows(schemes: Mapping[str, Any], base_url: str, spec: Spec) -> list[dict[str, str]]:
    """OAuth2 device authorization flows (OpenAPI 3.2, RFC 8628), one per scheme that offers one."""
    found = []
    for name, raw in sorted(schemes.items()):
        scheme = spec.resolve(raw)
        flow = ((scheme.get("flows") or {}) if isinstance(scheme, Mapping) else {}).get("deviceAuthorization")
        if isinstance(flow, Mapping) and flow.get("deviceAuthorizationUrl") and flow.get("tokenUrl"):
            found.append(
                {
                    "scheme": str(name),
                    "device_url": _on_base_url(str(flow["deviceAuthorizationUrl"]), base_url),
                    "token_url": _on_base_url(str(flow["tokenUrl"]), base_url),
                    "scopes": " ".join(sorted(flow.get("scopes") or {})),
                }
            )
    return found


def _on_base_url(url: str, base_url: str) -> str:
    """A URL on the default server made relative, so it follows the client's base_url (sandbox, staging)."""
    relative = url.removeprefix(base_url.rstrip("/")) if base_url.startswith("http") else url
    return relative if relative.startswith("http") else "/" + relative.lstrip("/")


def _token_body(spec: Spec, token_path: str) -> str:
    """``json`` when the spec documents its token endpoint with a JSON body, else RFC 6749's form encoding."""
    for op in spec.operations(webhooks=False):
        if op.method == "post" and token_path.endswith(op.path):
            content = (spec.resolve(op.data.get("requestBody")) or {}).get("content") or {}
            if "application/json" in content and "application/x-www-form-urlencoded" not in content:
                return "json"
    return "form"


def _uses_format(node: Any, name: str) -> bool:
    if isinstance(node, Mapping):
        return node.get("format") == name or any(_uses_format(value, name) for value in node.values())
    return isinstance(node, list) and any(_uses_format(value, name) for value in node)


def _webhooks(spec: Spec) -> list[dict[str, Any]]:
    """The spec's webhooks the client can parse: a JSON body model whose ``event_type`` names the event.

    ``signature`` is the signature header's ``x-signature`` (algorithm, encoding), with the header's name.
    """
    found = []
    for op in spec.operations():
        if not op.webhook:
            continue
        body = (spec.resolve(op.data.get("requestBody")) or {}).get("content", {}).get("application/json", {})
        reference = str((body.get("schema") or {}).get("$ref", ""))
        schema = spec.resolve(body.get("schema")) or {}
        event_types = ((schema.get("properties") or {}).get("event_type") or {}).get("enum") or []
        if not reference.startswith("#/components/schemas/") or len(event_types) != 1:
            continue
        model = reference.rsplit("/", 1)[1]
        parameters = [spec.resolve(parameter) for parameter in op.data.get("parameters") or []]
        signature = next((p for p in parameters if isinstance(p.get("x-signature"), Mapping)), None)
        found.append(
            {
                "event_type": str(event_types[0]),
                "summary": " ".join(str(op.data.get("summary", "")).split()),
                "class_name": component_names((spec.document.get("components") or {}).get("schemas") or {})[model],
                "module": snake_case(model),
                "signature": {"header": str(signature["name"]), **signature["x-signature"]} if signature else None,
                "example": json.dumps(_body_example(spec, body), separators=(",", ":")),
            }
        )
    return sorted(found, key=lambda hook: hook["event_type"])


# Formats the operations take as date/datetime/UUID/File arguments: no plain literal fits them.
_NON_LITERAL_FORMATS = frozenset({"date", "date-time", "binary", "byte"})


def _joined(arguments: tuple[list[str], list[str]] | None, *middle: str) -> str | None:
    """``"'x', client=client, q=1"`` from the positional and keyword arguments, ``middle`` between them."""
    return None if arguments is None else ", ".join([*arguments[0], *middle, *arguments[1]])


def _example_call(spec: Spec, op: Any, ours: OurOperation) -> tuple[list[str], list[str]] | None:
    """The (positional, keyword) arguments of a call of ``op`` from its documented examples.

    None when a required parameter has no plain example or is an enum (a generated class), or a body is required.
    """
    if (spec.resolve(op.data.get("requestBody")) or {}).get("required"):
        return None
    declared = [*(op.path_item.get("parameters") or []), *(op.data.get("parameters") or [])]
    parameters = {(p.get("name"), p.get("in")): p for p in map(spec.resolve, declared) if isinstance(p, Mapping)}
    python_names: dict[tuple[Any, Any], str] = {(p.wire_name, p.location): p.python_name for p in ours.parameters}
    positional: list[tuple[int, str]] = []
    keywords: list[str] = []
    for (name, location), parameter in parameters.items():
        if not parameter.get("required") or location == "cookie" or (name, location) not in python_names:
            continue
        value = _example_value(spec, parameter)
        if value is None:
            return None
        if location == "path":
            positional.append((op.path.find("{" + str(name) + "}"), repr(value)))
        else:
            keywords.append(f"{python_names[(name, location)]}={value!r}")
    return [literal for _, literal in sorted(positional)], keywords


def _example_value(spec: Spec, parameter: Mapping[str, Any]) -> str | int | float | bool | None:
    schema = spec.resolve(parameter.get("schema")) or {}
    if "enum" in schema or schema.get("format") in _NON_LITERAL_FORMATS:
        return None
    examples = [spec.resolve(e).get("value") for e in (parameter.get("examples") or {}).values()]
    candidates = [parameter.get("example"), *examples, schema.get("example"), *(schema.get("examples") or [])]
    candidates.append(schema.get("default"))
    return next((c for c in candidates if isinstance(c, str | int | float | bool)), None)


def _body_example(spec: Spec, media: Mapping[str, Any]) -> Any:
    examples = [spec.resolve(example).get("value") for example in (media.get("examples") or {}).values()]
    return next((example for example in [media.get("example"), *examples] if example is not None), {})


def _accept(spec: Spec, operation: Mapping[str, Any]) -> str:
    """The ``Accept`` header of an operation: every media type its responses document, successes first. A stream
    (server-sent events, JSON Lines) is left out when something else is offered: ``sync`` asks for the whole
    body, ``stream`` for the stream."""
    responses = sorted((operation.get("responses") or {}).items(), key=lambda item: not str(item[0]).startswith("2"))
    media = [
        (str(status).startswith("2"), str(m))
        for status, response in responses
        for m in (spec.resolve(response) or {}).get("content") or {}
    ]
    whole = any(success and not is_sequential(m) for success, m in media)
    return ", ".join(dict.fromkeys(m for success, m in media if not (whole and success and is_sequential(m))))


def _is_download(spec: Spec, operation: Mapping[str, Any]) -> bool:
    """Whether every success of ``operation`` has a binary body: neither JSON nor text nor a form."""
    media = [
        str(m).lower()
        for status, response in (operation.get("responses") or {}).items()
        if str(status).startswith("2")
        for m in (spec.resolve(response) or {}).get("content") or {}
    ]
    textual = ("json", "text/", "form")
    return bool(media) and not any(kind in m for m in media for kind in textual)


def _credentials(auth_schemes: list[dict[str, str]], env_prefix: str) -> list[dict[str, str]]:
    kinds = {scheme["kind"] for scheme in auth_schemes}
    return [
        {"arg": arg, "env": f"{env_prefix}_{arg.upper()}", "help": help_text}
        for kind, pairs in _CREDENTIALS.items()
        if kind in kinds
        for arg, help_text in pairs
    ]
