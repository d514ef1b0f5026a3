"""`HandOffSlots`, the bound on requests in flight of the async client and of AioHttpClient's
pool: at most `limit` holders, the others served in arrival order; a waiter cancelled
before its turn gives up its place, and one cancelled after it was handed a slot passes it
on, so that no slot is ever lost."""

from __future__ import annotations

import asyncio
import random

from fetch_hive_sdk._io import HandOffSlots


async def _slots(limit: int) -> HandOffSlots:
    return HandOffSlots(limit, asyncio.get_running_loop())


def test_waiters_are_served_in_arrival_order() -> None:
    async def main() -> list[int]:
        slots = await _slots(1)
        order: list[int] = []
        await slots.acquire()

        async def waiter(number: int) -> None:
            async with slots:
                order.append(number)

        tasks = [asyncio.create_task(waiter(n)) for n in range(5)]
        await asyncio.sleep(0)
        slots.release()
        await asyncio.gather(*tasks)
        return order

    assert asyncio.run(main()) == [0, 1, 2, 3, 4]


def test_a_waiter_cancelled_before_its_turn_loses_no_slot() -> None:
    async def main() -> tuple[bool, bool]:
        slots = await _slots(1)
        await slots.acquire()
        first = asyncio.create_task(slots.acquire())
        second = asyncio.create_task(slots.acquire())
        await asyncio.sleep(0)
        first.cancel()
        await asyncio.sleep(0)
        slots.release()  # skips the cancelled waiter: the second gets the slot
        await asyncio.wait_for(second, 1)
        slots.release()
        return first.cancelled(), slots.try_acquire()

    assert asyncio.run(main()) == (True, True)


def test_a_waiter_cancelled_after_it_was_handed_a_slot_passes_it_on() -> None:
    async def main() -> tuple[bool, bool, bool]:
        slots = await _slots(1)
        await slots.acquire()
        handed = asyncio.create_task(slots.acquire())
        later = asyncio.create_task(slots.acquire())
        await asyncio.sleep(0)
        slots.release()  # hands the slot to `handed`...
        handed.cancel()  # ...which is cancelled before it runs
        await asyncio.wait_for(later, 1)
        free_while_held = slots.try_acquire()
        slots.release()
        return handed.cancelled(), free_while_held, slots.try_acquire()

    assert asyncio.run(main()) == (True, False, True)


def test_a_timeout_while_waiting_gives_up_the_place() -> None:
    async def main() -> bool:
        slots = await _slots(1)
        await slots.acquire()
        try:
            async with asyncio.timeout(0.01):
                await slots.acquire()
        except TimeoutError:
            pass
        slots.release()
        return slots.try_acquire()

    assert asyncio.run(main()) is True


def test_never_more_holders_than_slots_and_every_task_finishes() -> None:
    # Random holding times and random cancellations: the count of holders never passes
    # the limit, every task that is not cancelled gets in, and all slots are free at the end.
    async def main(seed: int) -> tuple[int, int, int]:
        chance = random.Random(seed)
        slots = await _slots(3)
        inside = most = entered = 0

        async def worker() -> None:
            nonlocal inside, most, entered
            async with slots:
                inside += 1
                entered += 1
                most = max(most, inside)
                try:
                    for _ in range(chance.randrange(3)):
                        await asyncio.sleep(0)
                finally:
                    inside -= 1

        tasks = [asyncio.create_task(worker()) for _ in range(60)]
        for task in tasks:
            if chance.random() < 0.3:
                await asyncio.sleep(0)
                task.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        cancelled = sum(isinstance(r, asyncio.CancelledError) for r in results)
        free = sum(slots.try_acquire() for _ in range(5))
        return most, entered + cancelled, free

    for seed in range(30):
        most, accounted, free = asyncio.run(main(seed))
        assert most <= 3 and free == 3
        assert accounted >= 60  # a task cancelled inside counts twice: never fewer
