"""Upload built clients to an internal package index with twine, all or nothing, never re-publishing a version.

The index is read the way pip reads it. ``--index-url`` is pip's index URL (``.../simple/`` on pypiserver,
``.../<user>/<index>/+simple/`` on devpi) or the index's upload URL, under which the simple index is found
(``simple/`` or ``+simple/``; :func:`locate_index`). Before any upload, the project page ``<simple>/<project>/`` of
every requested client is read (PEP 691 JSON or PEP 503 HTML); if the index already holds the version we are about
to upload for *any* of them, nothing is uploaded (:class:`AlreadyPublishedError`). twine's own
``--skip-existing`` cannot do this: it is refused for non-PyPI indexes, and it would silently skip rather than fail.

Credentials come from the environment only: ``APIGEN_INDEX_USERNAME``/``APIGEN_INDEX_PASSWORD``, else twine's
``TWINE_USERNAME``/``TWINE_PASSWORD``; both must be set before the index is contacted. They reach twine through
its environment, never its command line (where ``ps`` would show them); messages name the variables, never their
values, and every message built from tool output has the password replaced by ``***``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, quote_plus, unquote, urlsplit

import httpx
from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    canonicalize_name,
    parse_sdist_filename,
    parse_wheel_filename,
)
from packaging.version import Version

from ..errors import AlreadyPublishedError, PackagingError, UsageError
from .packaging import Artifacts, build_env

_REDIRECTS = 5
_TIMEOUT = 30.0
_URL_PASSWORD = re.compile(r"(://[^/\s:@]+:)[^/\s@]+@")

Progress = Callable[[str, str], None]  # (api, what is happening now)


_PREFIXES = ("APIGEN_INDEX_", "TWINE_")


@dataclass(frozen=True)
class Credentials:
    username: str
    password: str = field(repr=False)
    prefix: str = "APIGEN_INDEX_"  # the environment variables they came from: <prefix>USERNAME, <prefix>PASSWORD

    @property
    def variables(self) -> str:
        """The names (never the values) of the variables, for messages."""
        return f"{self.prefix}USERNAME/{self.prefix}PASSWORD"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Credentials | None:
        """``APIGEN_INDEX_USERNAME``/``_PASSWORD``, else ``TWINE_USERNAME``/``_PASSWORD``; None when neither is set."""
        env = os.environ if env is None else env
        for prefix in _PREFIXES:
            username, password = env.get(f"{prefix}USERNAME"), env.get(f"{prefix}PASSWORD")
            if username or password:
                return cls(username or "", password or "", prefix)
        return None

    @classmethod
    def require(cls, env: Mapping[str, str] | None = None) -> Credentials:
        """:meth:`from_env`, or a :class:`UsageError` naming what is missing (checked before contacting the index)."""
        found = cls.from_env(env)
        if found is None:
            raise UsageError(
                "no index credentials: set APIGEN_INDEX_USERNAME and APIGEN_INDEX_PASSWORD"
                " (or TWINE_USERNAME and TWINE_PASSWORD)"
            )
        values = {"USERNAME": found.username, "PASSWORD": found.password}
        missing = [f"{found.prefix}{key}" for key, value in values.items() if not value]
        if missing:
            raise UsageError(f"incomplete index credentials: {' and '.join(missing)} not set")
        return found


def redact(text: str, credentials: Credentials | None) -> str:
    """``text`` without the password (plain or URL-quoted) and without passwords embedded in URLs."""
    text = _URL_PASSWORD.sub(r"\1***@", text)
    if credentials and credentials.password:
        for form in {credentials.password, quote(credentials.password, safe=""), quote_plus(credentials.password)}:
            text = text.replace(form, "***")
    return text


@dataclass(frozen=True)
class Release:
    api: str
    artifacts: Artifacts


@dataclass(frozen=True)
class Index:
    """Where an index serves its simple pages (pip's index URL) and where twine uploads to."""

    simple: str  # ends with "/": <simple><project>/ is a project page
    upload: str

    def project_page(self, project_name: str) -> str:
        return f"{self.simple}{canonicalize_name(project_name)}/"


_SIMPLE_SUFFIXES = ("+simple/", "simple/")  # devpi, then pypiserver / PyPI-style


def locate_index(index_url: str, credentials: Credentials | None) -> Index:
    """The index behind ``index_url``: pip's index URL as given, or found under an upload URL by asking for it."""
    url = index_url.rstrip("/") + "/"
    for suffix in _SIMPLE_SUFFIXES:
        if url.endswith("/" + suffix):
            return Index(url, url[: -len(suffix)])
    for suffix in _SIMPLE_SUFFIXES:
        response = _get(url + suffix, credentials, accept="text/html")
        if response is not None and response.status_code == 200:
            return Index(url + suffix, url)
    tried = " and ".join(redact(url + suffix, credentials) for suffix in _SIMPLE_SUFFIXES)
    raise PackagingError(f"no package index answers at {tried}; pass the index URL pip uses as --index-url")


_ACCEPT = "application/vnd.pypi.simple.v1+json, text/html;q=0.1"  # PEP 691 where served, else PEP 503


def published_versions(index: Index, project_name: str, credentials: Credentials | None) -> set[Version]:
    """Versions of ``project_name`` the index already serves (empty when it does not know the project)."""
    url = index.project_page(project_name)
    response = _get(url, credentials, accept=_ACCEPT)
    if response is None or response.status_code == 404:
        return set()
    if response.status_code != 200:
        raise PackagingError(redact(f"cannot read {url}: HTTP {response.status_code}", credentials))
    if response.headers.get("content-type", "").startswith("application/vnd.pypi.simple.v1+json"):
        files = response.json().get("files") or []
        return versions_of(project_name, (str(entry.get("filename", "")) for entry in files))
    return versions_on_page(response.text, project_name)


def _get(url: str, credentials: Credentials | None, *, accept: str) -> httpx.Response | None:
    """GET ``url``, following redirects within the index's own origin; ``None`` for a redirect elsewhere.

    An index that sends unknown projects elsewhere (pypiserver's fallback to pypi.org) does not have them, and we
    must not query that other index. A 401/403 means the index rejected the credentials.
    """
    auth = httpx.BasicAuth(credentials.username, credentials.password) if credentials else None
    try:
        with httpx.Client(auth=auth, timeout=_TIMEOUT, follow_redirects=False) as client:
            for _ in range(_REDIRECTS):
                response = client.get(url, headers={"Accept": accept})
                if not response.is_redirect:
                    break
                target = str(response.url.join(response.headers["location"]))
                if httpx.URL(target).netloc != response.url.netloc:
                    return None
                url = target
    except httpx.HTTPError as exc:
        raise PackagingError(redact(f"cannot read {url}: {exc}", credentials)) from None
    if response.status_code in (401, 403):
        raise PackagingError(_rejected(url, response.status_code, credentials))
    return response


def _rejected(url: str, status: int | str, credentials: Credentials | None) -> str:
    used = f"the credentials from {credentials.variables}" if credentials else "the request: no credentials were sent"
    return redact(f"{url} rejected {used} (HTTP {status}); check the username and password", credentials)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def versions_on_page(html: str, project_name: str) -> set[Version]:
    """The versions of ``project_name`` that the files linked from a PEP 503 page belong to."""
    parser = _Links()
    parser.feed(html)
    return versions_of(project_name, (unquote(urlsplit(href).path.rsplit("/", 1)[-1]) for href in parser.hrefs))


def versions_of(project_name: str, filenames: Iterable[str]) -> set[Version]:
    """The versions of ``project_name`` that wheel and sdist ``filenames`` belong to (other files are ignored)."""
    wanted = canonicalize_name(project_name)
    versions: set[Version] = set()
    for filename in filenames:
        try:
            if filename.endswith(".whl"):
                name, version, _, _ = parse_wheel_filename(filename)
            else:
                name, version = parse_sdist_filename(filename)
        except (InvalidWheelFilename, InvalidSdistFilename):
            continue
        if name == wanted:
            versions.add(version)
    return versions


def releases(apis: Iterable[str], dist_dir: Path) -> list[Release]:
    """The built files of each API in ``dist_dir/<api>/`` (see ``apigen build``)."""
    apis = list(apis)
    missing = [api for api in apis if not (dist_dir / api).is_dir()]
    if missing:
        raise UsageError(f"nothing built for {', '.join(missing)} in {dist_dir}; run: apigen build {' '.join(missing)}")
    return [Release(api, Artifacts.find(dist_dir / api)) for api in apis]


def refuse_republishing(found: list[Release], index: Index, credentials: Credentials | None) -> None:
    """Raise AlreadyPublishedError naming every release whose version the index already has."""
    clashes = [
        f"{release.artifacts.project_name} {release.artifacts.version} ({release.api})"
        for release in found
        if Version(release.artifacts.version) in published_versions(index, release.artifacts.project_name, credentials)
    ]
    if clashes:
        raise AlreadyPublishedError(
            f"{redact(index.simple, credentials)} already has {', '.join(clashes)}; nothing was uploaded. "
            "Bump info.version in the spec, regenerate and rebuild to publish again."
        )


def twine_env(credentials: Credentials | None) -> dict[str, str]:
    """Our build environment, minus any twine target settings of the caller, plus the credentials."""
    env = {key: value for key, value in build_env().items() if not key.startswith("TWINE_REPOSITORY")}
    env["TWINE_NON_INTERACTIVE"] = "1"
    for key in ("TWINE_USERNAME", "TWINE_PASSWORD"):
        env.pop(key, None)
    if credentials:
        env["TWINE_USERNAME"], env["TWINE_PASSWORD"] = credentials.username, credentials.password
    return env


_REFUSED = re.compile(r"\b(401|403)\b")
_ADVICE = re.compile(r"--verbose|verbose option", re.IGNORECASE)  # twine's advice names its own flags, not ours


def upload(release: Release, repository_url: str, credentials: Credentials | None) -> None:
    """``twine upload`` one release; credentials travel in the environment, errors come back redacted."""
    files = [str(path) for path in release.artifacts.files]
    command = [sys.executable, "-m", "twine", "upload", "--repository-url", repository_url]
    result = subprocess.run(
        [*command, "--non-interactive", "--disable-progress-bar", *files],
        env=twine_env(credentials),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
    if result.returncode == 0:
        return
    output = "\n".join(line for line in result.stdout.strip().splitlines() if not _ADVICE.search(line))
    refused = _REFUSED.search(output)
    if refused:
        raise PackagingError(_rejected(repository_url, refused.group(1), credentials))
    raise PackagingError(
        f"twine upload of {release.artifacts.project_name} failed:\n{redact(output[-2000:], credentials)}"
    )


def publish(
    apis: Iterable[str],
    dist_dir: Path,
    index_url: str,
    *,
    repository_url: str | None = None,
    credentials: Credentials | None = None,
    progress: Progress | None = None,
) -> list[Release]:
    """Upload the built clients of ``apis``, after checking that the index has none of their versions yet.

    ``credentials`` default to :meth:`Credentials.require`: missing ones are reported before the index is contacted.
    """
    report = progress or (lambda api, step: None)
    found = releases(apis, dist_dir)
    credentials = credentials or Credentials.require()
    index = locate_index(index_url, credentials)
    for release in found:
        report(release.api, redact(f"checking {index.project_page(release.artifacts.project_name)}", credentials))
    refuse_republishing(found, index, credentials)
    target = repository_url or index.upload
    done: list[str] = []
    for release in found:
        report(release.api, f"uploading {release.artifacts.project_name} {release.artifacts.version}")
        try:
            upload(release, target, credentials)
        except PackagingError as exc:
            left = [r.api for r in found if r.api not in done]
            raise PackagingError(
                f"{exc}\nuploaded: {', '.join(done) or 'none'}; not uploaded: {', '.join(left)}"
            ) from None
        done.append(release.api)
        report(release.api, "published")
    return found
