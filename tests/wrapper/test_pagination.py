"""Cursor-paged lists are read lazily, and a service that pages forever cannot hang a caller
(issue 20 part 5, issue 21 item 2): `client.approvals.list(...)` on both clients."""

from __future__ import annotations

import itertools
from typing import Any

import httpx
import pytest
from _wrapper_support import Recorder, make_client
from fetch_hive_sdk import APIResponseValidationError, AsyncFetchHive, FetchHive
from fetch_hive_sdk._pagination import MAX_EMPTY_PAGES, AsyncPager, Page, Pager

pytestmark = pytest.mark.anyio

WS = "6f1f4c1e-0d7a-4b6e-9d3c-2a1b0c9d8e7f"


def _pages(*pages: dict[str, Any]) -> Recorder:
    answers = iter(pages)
    return Recorder([lambda request: httpx.Response(200, json=next(answers))])


THREE_PAGES = (
    {"tool_action_approvals": [{"id": "a1"}, {"id": "a2"}], "next_cursor": "c2"},
    {"tool_action_approvals": [{"id": "a3"}], "next_cursor": "c3"},
    {"tool_action_approvals": [{"id": "a4"}], "next_cursor": None},
)


def _sync(recorder: Recorder) -> FetchHive:
    client = make_client("sync", recorder, workspace_id=WS)
    assert isinstance(client, FetchHive)
    return client


def _async(recorder: Recorder) -> AsyncFetchHive:
    client = make_client("async", recorder, workspace_id=WS)
    assert isinstance(client, AsyncFetchHive)
    return client


def test_sync_pages_are_asked_for_when_iteration_reaches_them() -> None:
    recorder = _pages(*THREE_PAGES)
    pager = _sync(recorder).approvals.list(page_size=2)
    assert isinstance(pager, Pager) and len(recorder.requests) == 1  # the first page
    items = iter(pager)
    assert [next(items).id, next(items).id] == ["a1", "a2"] and len(recorder.requests) == 1
    assert next(items).id == "a3" and len(recorder.requests) == 2
    assert [a.id for a in items] == ["a4"] and len(recorder.requests) == 3
    assert [r.url.params.get("cursor") for r in recorder.requests] == [None, "c2", "c3"]
    assert all(r.url.params["limit"] == "2" for r in recorder.requests)


async def test_async_pages_are_asked_for_when_iteration_reaches_them() -> None:
    recorder = _pages(*THREE_PAGES)
    pager = _async(recorder).approvals.list(page_size=2)
    assert isinstance(pager, AsyncPager) and recorder.requests == []  # nothing yet
    seen = []
    async for approval in pager:
        seen.append((approval.id, len(recorder.requests)))
    assert seen == [("a1", 1), ("a2", 1), ("a3", 2), ("a4", 3)]


async def test_awaiting_the_async_call_gives_every_item_as_a_list() -> None:
    approvals = await _async(_pages(*THREE_PAGES)).approvals.list()
    assert isinstance(approvals, list) and [a.id for a in approvals] == ["a1", "a2", "a3", "a4"]


def test_the_first_page_alone() -> None:
    recorder = _pages(*THREE_PAGES)
    page = _sync(recorder).approvals.list().first_page()
    assert isinstance(page, Page) and [a.id for a in page.items] == ["a1", "a2"]
    assert page.next_cursor == "c2" and page.http_response is not None
    assert len(recorder.requests) == 1


async def test_the_first_page_alone_async() -> None:
    recorder = _pages(*THREE_PAGES)
    page = await _async(recorder).approvals.list().first_page()
    assert [a.id for a in page.items] == ["a1", "a2"] and len(recorder.requests) == 1


def test_iter_pages_and_the_list_conveniences() -> None:
    pager = _sync(_pages(*THREE_PAGES)).approvals.list()
    assert [[a.id for a in p.items] for p in pager.iter_pages()] == [["a1", "a2"], ["a3"], ["a4"]]
    recorder = _pages(*THREE_PAGES)
    pager = _sync(recorder).approvals.list()
    assert len(pager) == 4 and pager[0].id == "a1" and [a.id for a in pager[1:3]] == ["a2", "a3"]
    assert [a.id for a in list(pager)] == ["a1", "a2", "a3", "a4"]
    assert len(recorder.requests) == 3  # read once, then kept


async def test_iter_pages_async() -> None:
    pager = _async(_pages(*THREE_PAGES)).approvals.list()
    assert [[a.id for a in p.items] async for p in pager.iter_pages()] == [
        ["a1", "a2"],
        ["a3"],
        ["a4"],
    ]
    assert [a.id for a in await _async(_pages(*THREE_PAGES)).approvals.list().to_list()] == [
        "a1", "a2", "a3", "a4",
    ]  # fmt: skip


def _endless(empty: bool) -> Recorder:
    """A service that always gives a new cursor: empty pages, or one item a page."""
    counter = itertools.count()

    def answer(request: httpx.Request) -> httpx.Response:
        n = next(counter)
        items = [] if empty else [{"id": f"a{n}"}]
        return httpx.Response(200, json={"tool_action_approvals": items, "next_cursor": f"c{n}"})

    return Recorder([answer])


def test_a_run_of_empty_pages_with_cursors_is_refused_not_followed() -> None:
    recorder = _endless(empty=True)
    pager = _sync(recorder).approvals.list()
    with pytest.raises(APIResponseValidationError, match="empty pages in a row") as caught:
        list(pager)
    assert len(recorder.requests) == MAX_EMPTY_PAGES
    assert caught.value.body == {
        "tool_action_approvals": [],
        "next_cursor": f"c{MAX_EMPTY_PAGES - 1}",
    }


async def test_a_run_of_empty_pages_with_cursors_is_refused_async() -> None:
    recorder = _endless(empty=True)
    with pytest.raises(APIResponseValidationError, match="empty pages in a row"):
        await _async(recorder).approvals.list()
    assert len(recorder.requests) == MAX_EMPTY_PAGES


def test_a_repeated_cursor_is_refused_after_the_items_already_given() -> None:
    recorder = _pages(
        {"tool_action_approvals": [{"id": "a1"}], "next_cursor": "c1"},
        {"tool_action_approvals": [{"id": "a2"}], "next_cursor": "c1"},
    )
    given = []
    with pytest.raises(APIResponseValidationError, match="gave the cursor 'c1' twice"):
        for approval in _sync(recorder).approvals.list():
            given.append(approval.id)
    assert given == ["a1", "a2"]


async def test_a_repeated_cursor_is_refused_async() -> None:
    recorder = _pages(
        {"tool_action_approvals": [{"id": "a1"}], "next_cursor": "c1"},
        {"tool_action_approvals": [{"id": "a2"}], "next_cursor": "c1"},
    )
    given = []
    with pytest.raises(APIResponseValidationError, match="twice"):
        async for approval in _async(recorder).approvals.list():
            given.append(approval.id)
    assert given == ["a1", "a2"]


def test_pages_with_items_and_new_cursors_are_followed_as_far_as_the_caller_reads() -> None:
    # Not a runaway: every page brings items. The caller decides how far to read.
    recorder = _endless(empty=False)
    read = list(itertools.islice(_sync(recorder).approvals.list(), 50))
    assert [a.id for a in read] == [f"a{n}" for n in range(50)] and len(recorder.requests) == 50


def test_bad_arguments_are_refused_at_the_call_with_nothing_sent() -> None:
    from fetch_hive_sdk import InputValidationError

    recorder = _pages(*THREE_PAGES)
    with pytest.raises(InputValidationError, match="page_size"):
        _sync(recorder).approvals.list(page_size=0)
    with pytest.raises(InputValidationError, match="page_size"):
        _async(recorder).approvals.list(page_size=0)  # before any await
    assert recorder.requests == []
