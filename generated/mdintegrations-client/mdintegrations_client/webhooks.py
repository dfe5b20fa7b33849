"""Receiving the MD Integrations API's webhooks: check that a request comes from the API, then read its event.

In your web framework's handler, pass the raw request body (bytes, before any JSON parsing) and headers::

    event = webhooks.unwrap(body, headers, secret=os.environ["MDINTEGRATIONS_WEBHOOK_SECRET"])
    if isinstance(event, CaseApprovedWebhookEvent):
        ...


The ``Signature`` header is the HMAC-SHA256 of the body as sent, keyed with your secret,
in hex; it is compared in constant time. The vendor signs no separate timestamp: a retried
event keeps the ``timestamp`` of its first attempt, so order events by it rather than rejecting old ones.

"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable, Mapping
from typing import Any, TypeAlias

from .errors import WebhookVerificationError
from .pydantic_models import (
    CaseApprovedWebhookEvent,
    CaseWaitingWebhookEvent,
    OfferingSubmittedWebhookEvent,
    OrderStatusChangedWebhookEvent,
    OrderTrackingNumberChangedWebhookEvent,
    PrescriptionInsuranceCoverageUpdatedWebhookEvent,
)

Event: TypeAlias = (
    CaseApprovedWebhookEvent
    | CaseWaitingWebhookEvent
    | OfferingSubmittedWebhookEvent
    | OrderStatusChangedWebhookEvent
    | OrderTrackingNumberChangedWebhookEvent
    | PrescriptionInsuranceCoverageUpdatedWebhookEvent
)

# event_type -> the model of that event
EVENTS: dict[str, Callable[[Mapping[str, Any]], Event]] = {
    "case_approved": CaseApprovedWebhookEvent.model_validate,  # Case Approved
    "case_waiting": CaseWaitingWebhookEvent.model_validate,  # Case Waiting
    "offering_submitted": OfferingSubmittedWebhookEvent.model_validate,  # Offering Submitted
    "order_status_changed": OrderStatusChangedWebhookEvent.model_validate,  # Case Order Status Changed
    "order_tracking_number_changed": OrderTrackingNumberChangedWebhookEvent.model_validate,  # Case Order Tracking Number Changed
    "prescription_insurance_coverage_updated": PrescriptionInsuranceCoverageUpdatedWebhookEvent.model_validate,  # Prescription Insurance Coverage Updated
}

SIGNATURE_HEADER = "Signature"


def signature(payload: bytes | str, secret: str) -> str:
    """The signature the API sends with ``payload``: HMAC-SHA256, keyed with ``secret``, in hex."""
    body = payload.encode() if isinstance(payload, str) else payload
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify_signature(payload: bytes | str, headers: Mapping[str, str], secret: str) -> None:
    """Raise :class:`WebhookVerificationError` unless ``headers`` carry the right signature of ``payload``.

    ``payload`` must be the body exactly as received: re-serialised JSON would not match.
    """
    sent = _header(headers, SIGNATURE_HEADER)
    if not sent:
        raise WebhookVerificationError(f"The webhook request has no {SIGNATURE_HEADER} header")
    if not secret:
        raise WebhookVerificationError("No webhook secret to verify the signature with")
    if not hmac.compare_digest(sent.strip().lower().encode(), signature(payload, secret).encode()):
        raise WebhookVerificationError(f"The {SIGNATURE_HEADER} header does not match the payload")


def unwrap(payload: bytes | str, headers: Mapping[str, str], secret: str) -> Event:
    """The typed event of a webhook request, once its signature is verified.

    Raises :class:`WebhookVerificationError` for a missing or wrong signature, a body that is not
    JSON, an ``event_type`` this client does not know, or a payload that is not what the spec documents.
    """

    verify_signature(payload, headers, secret)

    try:
        document = json.loads(payload)
    except ValueError as error:
        raise WebhookVerificationError("The webhook payload is not JSON") from error
    event_type = document.get("event_type") if isinstance(document, dict) else None
    parse = EVENTS.get(event_type) if isinstance(event_type, str) else None
    if parse is None:
        raise WebhookVerificationError(f"Unknown webhook event type {event_type!r}")
    try:
        return parse(document)
    except (KeyError, TypeError, ValueError) as error:
        raise WebhookVerificationError(f"The {event_type} payload is not what the spec documents") from error


def _header(headers: Mapping[str, str], name: str) -> str | None:
    """``headers[name]``, whatever the case of the name (plain dicts are not case-insensitive)."""
    return next((value for key, value in headers.items() if key.lower() == name.lower()), None)


__all__ = ["EVENTS", "Event", "SIGNATURE_HEADER", "unwrap", "signature", "verify_signature"]
