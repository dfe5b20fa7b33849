"""Sandboxes that deviate from their spec: the project's own mock with exactly one fault injected.

``faulty_app(spec, fault)`` wraps ``generator.mocking.create_app`` in a small ASGI layer that changes what one
operation does (:mod:`.faults`). ``FAULTS`` lists one fault per class a vendor sandbox gets wrong, each with
the operation and the checks ``apigen fuzz`` must name when it finds it.
"""

from .faults import FAULTS, Fault, faulty_app

__all__ = ["FAULTS", "Fault", "faulty_app"]
