"""Fuzzing: Schemathesis run against a spec's mock or a real deployment, with redacted reports.

``fuzz(spec, target, report_dir)`` returns a :class:`FuzzResult` (operations tested, cases, failures by check
with curl reproductions). ``FuzzCredentials.from_env`` reads one documented variable per security scheme
(see ``_credentials``). Besides Schemathesis' checks, apigen registers its own resource-consistency checks
(``_consistency``). ``apigen fuzz <api>`` is the command line front end.
"""

from ._credentials import FuzzCredentials, SchemeAuth, env_prefix, scheme_auths
from ._progress import Progress
from ._redaction import REDACTED, Redactor
from ._results import FuzzFailure, FuzzResult, Tally
from ._run import MODES, FuzzOptions, embedded_mock, estimate, fuzz, report_dir_for, schemes_summary
from ._summary import SPEC_MISMATCH, kind_of, summary

__all__ = [
    "MODES",
    "REDACTED",
    "SPEC_MISMATCH",
    "FuzzCredentials",
    "FuzzFailure",
    "FuzzOptions",
    "FuzzResult",
    "Progress",
    "Redactor",
    "SchemeAuth",
    "Tally",
    "embedded_mock",
    "env_prefix",
    "estimate",
    "fuzz",
    "kind_of",
    "report_dir_for",
    "scheme_auths",
    "schemes_summary",
    "summary",
]
