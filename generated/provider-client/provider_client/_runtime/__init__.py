"""The machinery under :class:`provider_client.client.Client`, shipped with every generated client.

- ``retries``: when to retry and how long to wait (backoff with jitter, ``Retry-After``);
- ``auth``: how each security scheme of the spec puts credentials on a request (OAuth2 tokens cached);
- ``pipeline``: the sign, send, log, retry loop, written once as a generator;
- ``transport``: the httpx transports that drive that loop, sync and async;
- ``pagination``: walking every page of a paginated operation;
- ``formats``: string formats (uri, email, byte) validated but kept as sent;
- ``streams``: streamed responses (server-sent events, JSON Lines) read item by item.
"""
