"""MD Integrations: OAuth2 client credentials (token fetched, cached and refreshed by the client), pagination."""

from __future__ import annotations

import asyncio
from uuid import UUID

from mdintegrations_client import AsyncClient, Client, RateLimitError
from mdintegrations_client.pydantic_models import PartnerOffering


def offerings(partner: UUID) -> list[PartnerOffering]:
    # client_id= / client_secret= or MDINTEGRATIONS_CLIENT_ID / MDINTEGRATIONS_CLIENT_SECRET
    with Client(max_retries=4) as client:
        try:
            return list(client.partner_offerings.list(partner, per_page=100))
        except RateLimitError as error:
            print("rate limited; request id", error.request_id)
            return []


async def offering_ids(partner: UUID) -> list[UUID]:
    async with AsyncClient() as client:
        page = await client.partner_offerings.list(partner)
        return [o.id async for o in page if isinstance(o.id, UUID)]


if __name__ == "__main__":
    partner = UUID("7fe656f8-d29d-439d-bcbc-565654808488")
    print(len(offerings(partner)))
    print(asyncio.run(offering_ids(partner)))
