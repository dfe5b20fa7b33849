"""spec/json_schema.py: formats are checked as draft 2020-12 (and Schemathesis) check them."""

from __future__ import annotations

import pytest

from generator.spec.json_schema import FORMAT_CHECKER


@pytest.mark.parametrize(
    ("value", "fmt", "conforms"),
    [
        ("12:00:00Z", "time", True),
        ("09:00:00+01:00", "time", True),
        ("09:00:00", "time", False),  # RFC 3339 full-time needs an offset; draft 3's time did not
        ("2024-01-01T00:00:00Z", "date-time", True),
        ("2024-01-01", "date", True),
        (2**63, "int64", False),
        (2**31 - 1, "int32", True),
    ],
)
def test_formats_follow_draft_2020_12(value: object, fmt: str, conforms: bool) -> None:
    assert FORMAT_CHECKER.conforms(value, fmt) is conforms


SENDGRID_FROM = (
    "LKb.pOGYIZbfxMgi7Le0K1YWym%e5pz2PiuGbwByM2tR+wRPqfoFg1__35DaWF8CDhzYJg@ZTSFDjbgdxD23oq34Lun1NUnyymoGT4G.io"
)


@pytest.mark.parametrize(
    ("value", "fmt", "conforms"),
    [
        (SENDGRID_FROM, "email", False),  # 70 characters before the "@" (RFC 5321 allows 64)
        ("a b@example.com", "email", False),
        ("user@example.com", "email", True),
        ("-start.example.com", "hostname", False),
        ("api.example.com", "hostname", True),
        ("PT", "duration", False),
        ("https://example.com/a", "uri", True),
    ],
)
def test_string_formats_are_refused_where_schemathesis_refuses_them(value: str, fmt: str, conforms: bool) -> None:
    import jsonschema_rs

    assert FORMAT_CHECKER.conforms(value, fmt) is conforms
    assert jsonschema_rs.is_valid({"format": fmt}, value, validate_formats=True) is conforms  # Schemathesis' verdict
