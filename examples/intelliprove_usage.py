"""IntelliProve: API key from INTELLIPROVE_API_KEY, a typed call, a binary download, typed errors, async."""

from __future__ import annotations

import asyncio
from pathlib import Path

from intelliprove_client import APIStatusError, AsyncClient, AuthenticationError, Client


def main() -> None:
    with Client(timeout=10.0, max_retries=3) as client:  # api_key= or INTELLIPROVE_API_KEY
        try:
            quota = client.account.get_quota()
        except AuthenticationError as error:
            raise SystemExit(f"check INTELLIPROVE_API_KEY: {error}") from error
        print(f"{quota.performed_measurements}/{quota.quota} measurements ({quota.usage_percentage:.0%})")
        label = client.regulatory.get_ce_label(timeout=30.0)
        Path("ce-label.png").write_bytes(label.payload.read())


async def amain() -> float:
    async with AsyncClient() as client:
        try:
            quota = await client.account.get_quota()
        except APIStatusError as error:
            print(error.status_code, error.request_id, error.body)
            raise
        return quota.usage_percentage


if __name__ == "__main__":
    main()
    asyncio.run(amain())
