"""Releases of one API: what was released (git tags ``<api>-v<version>``), the semver policy, the changelog, the tag.

- ``info.version`` is semver, ordered by PEP 440 as pip orders the client's wheels (``rc.2`` < ``rc.10``,
  ``1.0.0-rc.1`` < ``1.0.0`` < ``1.0.0-post.1``; the rules: ``generator/spec/versions.py``). Against the last
  release tag (the highest version in that order), a breaking change needs a major bump, a non-breaking one at
  least a minor bump, a documentation change at least a patch bump; the first release (no tag) may use any
  version.
- A release writes a Markdown entry (newest first) to ``changelogs/<api>.md`` and creates the annotated tag
  ``<api>-v<version>`` on ``HEAD``; it never commits or pushes. The spec must be committed so that the tag points
  at the released spec; commit the changelog afterwards (the tag message carries the same entry).
"""

from __future__ import annotations

import io
import re
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..diffing import Bump, Level, Report, diff, markdown_sections, text_list
from ..errors import ApigenError, PackagingError, UsageError
from ..spec.loading import Spec, load_spec, parse_spec
from ..spec.project import Project
from ..spec.versions import Version

_EMPTY_SPEC = b"openapi: 3.1.0\ninfo: {title: '', version: ''}\npaths: {}\n"
HEAD_LABEL = "working tree"
_VERSION_FORM = "MAJOR.MINOR.PATCH, optionally -rc.N, -dev.N or -post.N"
_NEEDS = {
    Bump.MAJOR: "breaking change(s)",
    Bump.MINOR: "new feature(s) or compatible change(s)",
    Bump.PATCH: "documentation change(s)",
}
_LEVEL_OF = {Bump.MAJOR: Level.BREAKING, Bump.MINOR: Level.NON_BREAKING, Bump.PATCH: Level.INFO}


def bumped(version: Version, bump: Bump) -> Version:
    """The lowest release ``bump`` allows after ``version`` (no suffix, no build)."""
    if bump == Bump.MAJOR:
        return Version(version.major + 1, 0, 0)
    if bump == Bump.MINOR:
        return Version(version.major, version.minor + 1, 0)
    if bump == Bump.PATCH:
        return Version(version.major, version.minor, version.patch + 1)
    return version


def bump_between(old: Version, new: Version) -> Bump:
    """The kind of step from ``old`` to ``new``; ``NONE`` when ``new`` is not higher."""
    if new <= old:
        return Bump.NONE
    if new.major > old.major:
        return Bump.MAJOR
    if new.minor > old.minor:
        return Bump.MINOR
    return Bump.PATCH


def tag_name(api: str, version: str | Version) -> str:
    return f"{api}-v{version}"


# --- git ----------------------------------------------------------------------------------------------------------


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False)
    except FileNotFoundError as exc:
        raise UsageError("git is not installed; apigen diff/release need a git checkout") from exc


def _git_ok(root: Path, *args: str) -> str:
    result = _git(root, *args)
    if result.returncode != 0:
        detail = result.stderr.decode(errors="replace").strip()
        raise UsageError(f"git {args[0]} failed in {root}: {detail}")
    return result.stdout.decode(errors="replace")


def release_tags(root: Path, api: str) -> list[tuple[Version, str]]:
    """Every ``<api>-v<semver>`` tag, lowest version first."""
    prefix = tag_name(api, "")
    found = []
    for tag in _git_ok(root, "tag", "--list", f"{prefix}*").split():
        version = Version.parse(tag[len(prefix) :])
        if version is not None:
            found.append((version, tag))
    return sorted(found)


def last_release_tag(root: Path, api: str) -> str | None:
    """The tag of the highest released version of ``api``, or ``None`` before its first release."""
    tags = release_tags(root, api)
    return tags[-1][1] if tags else None


def spec_at(project: Project, api: str, ref: str) -> Spec | None:
    """``specs/<api>.yaml`` (or the folder ``specs/<api>/``) as it was at ``ref``; ``None`` when it did not exist."""
    if _git(project.root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode != 0:
        raise UsageError(f"unknown git ref {ref!r} in {project.root}")
    relative = project.spec_path(api).relative_to(project.root).as_posix()
    if project.spec_path(api).parent != project.specs_dir:
        return _multi_file_spec_at(project, api, ref, relative)
    shown = _git(project.root, "show", f"{ref}:./{relative}")
    if shown.returncode != 0:
        return None
    return parse_spec(shown.stdout, Path(f"{ref}:{relative}"), api)


def _multi_file_spec_at(project: Project, api: str, ref: str, relative: str) -> Spec | None:
    """A multi-file spec at ``ref``: its folder as it was, read from a temporary copy (the Spec keeps no file open)."""
    folder = relative.rsplit("/", 1)[0]
    archive = _git(project.root, "archive", "--format=tar", f"{ref}:./{folder}")  # the folder's tree at ref
    if archive.returncode != 0:
        return None
    with tempfile.TemporaryDirectory(prefix="apigen-spec-at-") as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(Path(tmp) / folder, filter="data")
        root = Path(tmp) / relative
        return load_spec(root, api) if root.is_file() else None


def empty_spec(api: str) -> Spec:
    """What an API looked like before it existed: compared with it, everything is new."""
    return parse_spec(_EMPTY_SPEC, Path("(empty)"), api)


def _is_dirty(project: Project, api: str) -> bool:
    relative = project.spec_path(api).relative_to(project.root).as_posix()
    return bool(_git_ok(project.root, "status", "--porcelain", "--", relative).strip())


def _tag_exists(root: Path, tag: str) -> bool:
    return _git(root, "rev-parse", "--verify", "--quiet", f"refs/tags/{tag}").returncode == 0


# --- comparing and planning ---------------------------------------------------------------------------------------


def compare(project: Project, api: str, base: str | None = None) -> Report:
    """Diff ``specs/<api>.yaml`` in the working tree against ``base`` (default: the last release tag).

    Raises :class:`UsageError` when there is no release tag and no ``base``: there is nothing to compare with.
    """
    if base is None:
        base = last_release_tag(project.root, api)
        if base is None:
            raise UsageError(
                f"{api} has no release tag ({tag_name(api, '<version>')}) yet, so there is nothing to compare with;"
                " pass --base REF (e.g. --base HEAD) or make the first release with: apigen release " + api
            )
    head = project.load(api)
    old = spec_at(project, api, base) or empty_spec(api)
    return Report(api, base, HEAD_LABEL, tuple(diff(old, head)), old.version, head.version)


@dataclass(frozen=True)
class ReleasePlan:
    """What ``apigen release`` would do, and why it may not."""

    api: str
    title: str
    version: str
    previous: str | None  # the last released version; None before the first release
    report: Report
    problems: tuple[str, ...]  # any problem refuses the release
    notes: tuple[str, ...] = ()

    @property
    def allowed(self) -> bool:
        return not self.problems

    @property
    def tag(self) -> str:
        return tag_name(self.api, self.version)

    @property
    def required_bump(self) -> Bump:
        return self.report.suggested_bump if self.previous is not None else Bump.NONE

    @property
    def suggested_version(self) -> str:
        previous = Version.parse(self.previous or "")
        if previous is None:
            return self.version
        return str(bumped(previous, max(self.required_bump, Bump.PATCH, key=lambda bump: bump.rank)))


def plan_release(project: Project, api: str, *, dry_run: bool = False) -> ReleasePlan:
    spec = project.load(api)
    base = last_release_tag(project.root, api)
    if base is None:
        report = Report(api, "(no release yet)", HEAD_LABEL, tuple(diff(empty_spec(api), spec)), "", spec.version)
        previous = None
    else:
        report = compare(project, api, base)
        previous = report.base_version
    problems = _version_problems(report, previous, spec.version)
    if _tag_exists(project.root, tag_name(api, spec.version)):
        problems.append(f"the tag {tag_name(api, spec.version)} already exists")
    notes = []
    if _is_dirty(project, api):
        message = f"{project.spec_path(api).relative_to(project.root)} has uncommitted changes"
        if dry_run:
            notes.append(f"{message}; commit them before the real release")
        else:
            problems.append(f"{message}: commit them first, the tag must point at the released spec")
    return ReleasePlan(api, spec.title, spec.version, previous, report, tuple(problems), tuple(notes))


def _version_problems(report: Report, previous_text: str | None, version_text: str) -> list[str]:
    version = Version.parse(version_text)
    if version is None:
        return [f"info.version {version_text!r} is not a semver version PEP 440 reads too ({_VERSION_FORM})"]
    if previous_text is None:
        return []  # the first release may start anywhere
    previous = Version.parse(previous_text)
    if previous is None:
        tag_problem = f"the last release's info.version {previous_text!r} is not {_VERSION_FORM}"
        return [f"{tag_problem}; fix the tag or release by hand"]
    required, actual = report.suggested_bump, bump_between(previous, version)
    expected = bumped(previous, max(required, Bump.PATCH, key=lambda bump: bump.rank))
    if actual == Bump.NONE:
        what = "nothing changed" if required == Bump.NONE else f"the spec changed ({required} bump needed)"
        return [f"info.version is {version}, not above the last release {previous}: {what}; set it to {expected}"]
    if actual.rank < required.rank:
        return [_refusal(report, required, previous, version, expected)]
    return []


def _refusal(report: Report, required: Bump, previous: Version, version: Version, expected: Version) -> str:
    reasons = report.of_level(_LEVEL_OF[required])
    lines = [
        f"{len(reasons)} {_NEEDS[required]} since {report.base} need a {required} version bump, but info.version"
        f" goes from {previous} to {version}; set it to {expected}:"
    ]
    return "\n".join([*lines, *text_list(reasons)])


# --- releasing ----------------------------------------------------------------------------------------------------


def changelog_path(project: Project, api: str) -> Path:
    return project.root / "changelogs" / f"{api}.md"


def changelog_entry(plan: ReleasePlan, today: date) -> str:
    lines = [f"## {plan.version} ({today.isoformat()})\n"]
    if plan.previous is None:
        lines.append("\nFirst release.\n")
    else:
        summary = plan.report.summary
        lines.append(
            f"\nChanges since {plan.report.base}: {summary['breaking']} breaking,"
            f" {summary['non_breaking']} non-breaking, {summary['info']} documentation.\n"
        )
        lines.append(markdown_sections(plan.report.changes, level=3) or "\nNo changes to the API description.\n")
    return "".join(lines)


def add_changelog_entry(text: str | None, plan: ReleasePlan, entry: str) -> str:
    """``text`` (the current changelog, or ``None``) with ``entry`` inserted above the newest one."""
    if not text:
        text = f"# Changelog: {plan.title}\n\nReleases of the `{plan.api}` client, newest first.\n"
    first = re.search(r"^## ", text, flags=re.MULTILINE)
    if first is None:
        return text.rstrip("\n") + "\n\n" + entry
    return text[: first.start()] + entry + "\n" + text[first.start() :]


def release(project: Project, plan: ReleasePlan, *, today: date | None = None) -> Path:
    """Write the changelog entry and create the annotated tag; returns the changelog's path.

    On a tag failure the changelog is restored, so a refused or failed release leaves nothing behind.
    """
    if not plan.allowed:
        raise ApigenError(f"release of {plan.api} {plan.version} refused:\n" + "\n".join(plan.problems))
    entry = changelog_entry(plan, today or date.today())
    path = changelog_path(project, plan.api)
    before = path.read_text() if path.is_file() else None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(add_changelog_entry(before, plan, entry))
    message = f"{plan.api} {plan.version}\n\n{entry}"
    # verbatim: the default cleanup strips lines starting with '#', i.e. the entry's Markdown headings
    result = _git(project.root, "tag", "--annotate", "--cleanup=verbatim", plan.tag, "--message", message)
    if result.returncode != 0:
        if before is None:
            path.unlink()
        else:
            path.write_text(before)
        detail = result.stderr.decode(errors="replace").strip()
        raise PackagingError(f"git tag {plan.tag} failed: {detail}")
    return path
