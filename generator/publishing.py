"""Upload built clients to an internal package index with twine, all or nothing, never re-publishing a version.

Before any upload, the PEP 503 simple page ``<index>/simple/<project>/`` of every requested client is read; if
the index already holds the version we are about to upload for *any* of them, nothing is uploaded
(:class:`AlreadyPublishedError`). twine's own ``--skip-existing`` cannot do this: it is refused for non-PyPI
indexes, and it would silently skip rather than fail.

Credentials come from the environment only: ``APIGEN_INDEX_USERNAME``/``APIGEN_INDEX_PASSWORD``, else twine's
``TWINE_USERNAME``/``TWINE_PASSWORD``. They reach twine through its environment, never its command line (where
``ps`` would show them), and every message built from tool output has the password replaced by ``***``.
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
from urllib.parse import quote, quote_plus, unquote, urljoin, urlsplit

import httpx
from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    canonicalize_name,
    parse_sdist_filename,
    parse_wheel_filename,
)
from packaging.version import Version

from ._errors import AlreadyPublishedError, PackagingError, UsageError
from .packaging import Artifacts, build_env

_REDIRECTS = 5
_TIMEOUT = 30.0
_URL_PASSWORD = re.compile(r"(://[^/\s:@]+:)[^/\s@]+@")

Progress = Callable[[str, str], None]  # (api, what is happening now)


@dataclass(frozen=True)
class Credentials:
    username: str
    password: str = field(repr=False)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Credentials | None:
        """``APIGEN_INDEX_USERNAME``/``_PASSWORD``, else ``TWINE_USERNAME``/``_PASSWORD``; None when neither is set."""
        env = os.environ if env is None else env
        for prefix in ("APIGEN_INDEX_", "TWINE_"):
            username, password = env.get(f"{prefix}USERNAME"), env.get(f"{prefix}PASSWORD")
            if username or password:
                return cls(username or "", password or "")
        return None


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


def index_root(index_url: str) -> str:
    """The index's base URL with one trailing slash; a pip-style ``.../simple/`` URL is accepted too."""
    root = index_url.rstrip("/")
    if root.endswith("/simple"):
        root = root[: -len("/simple")]
    return root + "/"


def simple_page_url(index_url: str, project_name: str) -> str:
    return urljoin(index_root(index_url), f"simple/{canonicalize_name(project_name)}/")


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
    wanted = canonicalize_name(project_name)
    versions: set[Version] = set()
    for href in parser.hrefs:
        filename = unquote(urlsplit(href).path.rsplit("/", 1)[-1])
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


def published_versions(index_url: str, project_name: str, credentials: Credentials | None) -> set[Version]:
    """Versions of ``project_name`` the index already serves (empty when it does not know the project).

    Redirects are followed only within the index's own origin: an index that sends unknown projects elsewhere
    (pypiserver's fallback to pypi.org) does not have them, and we must not query that other index.
    """
    url = simple_page_url(index_url, project_name)
    auth = httpx.BasicAuth(credentials.username, credentials.password) if credentials else None
    try:
        with httpx.Client(auth=auth, timeout=_TIMEOUT, follow_redirects=False) as client:
            for _ in range(_REDIRECTS):
                response = client.get(url, headers={"Accept": "text/html"})
                if not response.is_redirect:
                    break
                target = str(response.url.join(response.headers["location"]))
                if httpx.URL(target).netloc != response.url.netloc:
                    return set()
                url = target
    except httpx.HTTPError as exc:
        raise PackagingError(redact(f"cannot read {url}: {exc}", credentials)) from None
    if response.status_code == 404:
        return set()
    if response.status_code != 200:
        raise PackagingError(redact(f"cannot read {url}: HTTP {response.status_code}", credentials))
    return versions_on_page(response.text, project_name)


def releases(apis: Iterable[str], dist_dir: Path) -> list[Release]:
    """The built files of each API in ``dist_dir/<api>/`` (see ``apigen build``)."""
    apis = list(apis)
    missing = [api for api in apis if not (dist_dir / api).is_dir()]
    if missing:
        raise UsageError(f"nothing built for {', '.join(missing)} in {dist_dir}; run: apigen build {' '.join(missing)}")
    return [Release(api, Artifacts.find(dist_dir / api)) for api in apis]


def refuse_republishing(found: list[Release], index_url: str, credentials: Credentials | None) -> None:
    """Raise AlreadyPublishedError naming every release whose version the index already has."""
    clashes = [
        f"{release.artifacts.project_name} {release.artifacts.version} ({release.api})"
        for release in found
        if Version(release.artifacts.version)
        in published_versions(index_url, release.artifacts.project_name, credentials)
    ]
    if clashes:
        raise AlreadyPublishedError(
            f"{redact(index_root(index_url), credentials)} already has {', '.join(clashes)}; nothing was uploaded. "
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
    if result.returncode != 0:
        output = redact(result.stdout.strip()[-2000:], credentials)
        raise PackagingError(f"twine upload of {release.artifacts.project_name} failed:\n{output}")


def publish(
    apis: Iterable[str],
    dist_dir: Path,
    index_url: str,
    *,
    repository_url: str | None = None,
    credentials: Credentials | None = None,
    progress: Progress | None = None,
) -> list[Release]:
    """Upload the built clients of ``apis``, after checking that the index has none of their versions yet."""
    report = progress or (lambda api, step: None)
    found = releases(apis, dist_dir)
    for release in found:
        page = simple_page_url(index_url, release.artifacts.project_name)
        report(release.api, redact(f"checking {page}", credentials))
    refuse_republishing(found, index_url, credentials)
    target = repository_url or index_root(index_url)
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
