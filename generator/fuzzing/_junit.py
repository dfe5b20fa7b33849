"""JUnit XML from a result: one test case per operation and check seen.

Failing cases carry the failure's title, message and reproduction; a check that never applied to an
operation is a skipped case (``<skipped>``), not a pass. Schemathesis' own JUnit file has one case per
operation, so this suite is added to it; when a run ended before Schemathesis wrote its file (Ctrl-C), this
suite is the whole file, and CI systems still show what the run had found so far.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

from ._results import FuzzResult


def write_junit(result: FuzzResult, path: Path) -> None:
    """Add the per-check suite to the JUnit file at ``path`` (Schemathesis' own), or write it alone."""
    root = _existing_root(path) if not needs_junit(path) else None
    if root is None:
        root = ET.Element("testsuites")
    root.append(_suite(result))
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def _suite(result: FuzzResult) -> ET.Element:
    failures = {(f.operation, f.check): f for f in result.failures}
    suite = ET.Element("testsuite", name=f"apigen fuzz {result.api} checks")
    count = failed = skipped = 0
    for (operation, check), tally in sorted(result.tallies.items()):
        case = ET.SubElement(suite, "testcase", classname=operation, name=check)
        count += 1
        failure = failures.get((operation, check))
        if tally.failed and failure is not None:
            failed += 1
            node = ET.SubElement(case, "failure", message=failure.title)
            node.text = "\n".join([failure.message, *failure.reproduction])
        elif tally.not_applicable:
            skipped += 1
            ET.SubElement(case, "skipped", message=f"not applicable: {check} does not apply to {operation}")
    if result.interrupted:
        ET.SubElement(suite, "system-out").text = "interrupted: partial results"
    suite.set("tests", str(count))
    suite.set("failures", str(failed))
    suite.set("skipped", str(skipped))
    return suite


def _existing_root(path: Path) -> ET.Element | None:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError:  # half-written by an interrupted run
        return None
    return root if root.tag == "testsuites" else None


def needs_junit(path: Path) -> bool:
    """True when Schemathesis left no usable JUnit file (none, or empty because the run was cut short)."""
    return not path.exists() or path.stat().st_size == 0
