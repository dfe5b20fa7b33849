"""A JUnit XML report built from a result, for runs that ended before Schemathesis wrote its own (Ctrl-C).

One test suite per API, one test case per operation and check seen; failing ones carry the failure's title,
message and reproduction. CI systems then show what the interrupted run had found so far.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

from ._results import FuzzResult


def write_junit(result: FuzzResult, path: Path) -> None:
    failures = {(f.operation, f.check): f for f in result.failures}
    suite = ET.Element("testsuite", name=f"apigen fuzz {result.api}")
    count = failed = 0
    for (operation, check), tally in sorted(result.tallies.items()):
        case = ET.SubElement(suite, "testcase", classname=operation, name=check)
        count += 1
        failure = failures.get((operation, check))
        if tally.failed and failure is not None:
            failed += 1
            node = ET.SubElement(case, "failure", message=failure.title)
            node.text = "\n".join([failure.message, *failure.reproduction])
    if result.interrupted:
        ET.SubElement(suite, "system-out").text = "interrupted: partial results"
    suite.set("tests", str(count))
    suite.set("failures", str(failed))
    root = ET.Element("testsuites")
    root.append(suite)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def needs_junit(path: Path) -> bool:
    """True when Schemathesis left no usable JUnit file (none, or empty because the run was cut short)."""
    return not path.exists() or path.stat().st_size == 0
