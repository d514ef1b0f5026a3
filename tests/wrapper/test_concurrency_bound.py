"""A client bounds its requests in flight (`max_concurrent_requests`, default 100): a burst
waits in line instead of crowding the connection pool."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from fetch_hive_sdk import AsyncFetchHive, FetchHive, InputValidationError

RECORD = {"request_id": "r", "status": "completed", "request_type": "prompt"}


class Crowd:
    """An async transport handler that counts the requests inside it at once. Each one
    yields to the event loop a few times before answering, so that without a bound every
    task of a burst is inside together."""

    def __init__(self) -> None:
        self.inside = 0
        self.most = 0

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.inside += 1
        self.most = max(self.most, self.inside)
        for _ in range(5):
            await asyncio.sleep(0)
        self.inside -= 1
        return httpx.Response(200, json=RECORD)


async def _burst(calls: int, **settings: Any) -> Crowd:
    crowd = Crowd()
    transport = httpx.MockTransport(crowd)
    async with AsyncFetchHive(
        "fhk_test", "https://api.test/v1", http_client=httpx.AsyncClient(transport=transport),
        **settings,
    ) as client:  # fmt: skip
        results = await asyncio.gather(*(client.get_request(f"r{i}") for i in range(calls)))
    assert len(results) == calls and all(r["status"] == "completed" for r in results)
    return crowd


def test_a_burst_waits_for_free_slots() -> None:
    assert asyncio.run(_burst(50, max_concurrent_requests=5)).most == 5


def test_the_default_bound_is_the_pool_size() -> None:
    assert asyncio.run(_burst(250)).most == 100


def test_no_bound_lets_every_request_in() -> None:
    assert asyncio.run(_burst(50, max_concurrent_requests=None)).most == 50


def test_copies_share_the_bound() -> None:
    crowd = Crowd()
    transport = httpx.MockTransport(crowd)

    async def main() -> None:
        client = AsyncFetchHive(
            "fhk_test", "https://api.test/v1", http_client=httpx.AsyncClient(transport=transport),
            max_concurrent_requests=3,
        )  # fmt: skip
        copy = client.with_options(timeout=10)
        await asyncio.gather(*(c.get_request("r") for c in (client, copy) for _ in range(10)))

    asyncio.run(main())
    assert crowd.most == 3


def test_the_bound_works_in_each_event_loop() -> None:
    crowd = Crowd()
    client = AsyncFetchHive(
        "fhk_test", "https://api.test/v1",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(crowd)),
        max_concurrent_requests=4,
    )  # fmt: skip

    async def burst() -> None:
        await asyncio.gather(*(client.get_request("r") for _ in range(12)))

    asyncio.run(burst())
    asyncio.run(burst())  # a second loop gets a semaphore of its own
    assert crowd.most == 4


@pytest.mark.parametrize("value", [0, -1, 2.5, True, "10"])
@pytest.mark.parametrize("client_class", [FetchHive, AsyncFetchHive])
def test_the_bound_is_checked(client_class: type, value: Any) -> None:
    with pytest.raises(InputValidationError, match="max_concurrent_requests"):
        client_class("fhk_test", max_concurrent_requests=value)
