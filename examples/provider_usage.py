"""Provider API v2: JWT bearer token from PROVIDER_TOKEN, offset pagination following `next` links."""

from __future__ import annotations

import asyncio

from provider_client import APIConnectionError, AsyncClient, Client, NotFoundError
from provider_client.pydantic_models import Provider


def provider_names(base_url: str) -> list[str]:
    # The spec has no host: pass base_url= or set PROVIDER_BASE_URL. token_prefix="JWT" if the server wants it.
    with Client(base_url=base_url, timeout=15.0) as client:
        return [provider.name for provider in client.providers.list(limit=100)]


def provider(base_url: str, provider_id: int) -> Provider | None:
    with Client(base_url=base_url) as client:
        try:
            return client.providers.get(provider_id)
        except NotFoundError:
            return None
        except APIConnectionError as error:
            raise SystemExit(f"cannot reach {base_url}: {error}") from error


async def count_providers(base_url: str) -> int:
    async with AsyncClient(base_url=base_url) as client:
        return len([p async for p in await client.providers.list()])


if __name__ == "__main__":
    print(provider_names("https://provider.example.com"))
    print(provider("https://provider.example.com", 1))
    print(asyncio.run(count_providers("https://provider.example.com")))
