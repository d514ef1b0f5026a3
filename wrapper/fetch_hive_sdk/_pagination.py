"""Cursor-paged lists, read lazily: `client.approvals.list(...)`.

A list method over a paged operation (openapi.yaml: `x-fetch-hive-pagination`) returns a
pager; its arguments are checked first. On `FetchHive` the call asks for the first page
(its errors come from the call), on `AsyncFetchHive` the first `await` or iteration does.
The next pages are asked for one at a time, as iteration reaches them:

    for approval in client.approvals.list(status="pending"):      # FetchHive
    async for approval in client.approvals.list(status="pending"):  # AsyncFetchHive

`iter_pages()` gives the pages themselves (`page.items`, `page.next_cursor`,
`page.http_response`) and `first_page()` the first one alone. Reading everything:
`to_list()`; on the sync pager `len()`, indexing and `list(...)` too (they read every page
first, and keep the items); `await client.approvals.list(...)` on the async client gives
the list of every item, as it always did.

A service that pages forever cannot hang a caller: a cursor seen before, or
`MAX_EMPTY_PAGES` empty pages in a row that still carry a cursor, raise
`APIResponseValidationError` (with the page's answer), after the items already given.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Final, Generic, TypeVar, overload

import httpx

from ._errors import APIResponseValidationError

__all__ = ["MAX_EMPTY_PAGES", "AsyncPager", "Page", "Pager"]

T = TypeVar("T")

# Empty pages in a row that still give a next cursor: a service paging in circles.
MAX_EMPTY_PAGES: Final = 10


class Page(Generic[T]):
    """One page of a paged list: its items, the cursor of the next page (None on the last
    page), and the HTTP answer it came in."""

    __slots__ = ("http_response", "items", "next_cursor")

    def __init__(self, items: list[T], next_cursor: str | None, http_response: Any) -> None:
        self.items = items
        self.next_cursor = next_cursor
        self.http_response: httpx.Response | None = http_response

    def __repr__(self) -> str:
        return f"Page(items={len(self.items)}, next_cursor={self.next_cursor!r})"


class _Cursors:
    """What the pages have said so far: the next cursor, and the guards against a
    service that pages forever."""

    __slots__ = ("empty_in_a_row", "method", "next", "refusal", "seen")

    def __init__(self, method: str) -> None:
        self.method = method
        self.next: str | None = None
        self.seen: set[str] = set()
        self.empty_in_a_row = 0
        self.refusal: APIResponseValidationError | None = None

    def follow(self, page: Page[Any], answer: Any) -> None:
        """Note a page read. A cursor that would page in circles is not followed: the page's
        own items are given, then `refusal` is raised instead of asking for the next."""
        cursor = self.next = page.next_cursor
        if not cursor:
            return
        self.empty_in_a_row = 0 if page.items else self.empty_in_a_row + 1
        if cursor in self.seen:
            self._refuse(answer, f"gave the cursor {cursor[:80]!r} twice")
        elif self.empty_in_a_row >= MAX_EMPTY_PAGES:
            self._refuse(answer, f"gave {MAX_EMPTY_PAGES} empty pages in a row, each with a cursor")
        self.seen.add(cursor)

    @property
    def done(self) -> bool:
        """No next page. Raises the refusal instead, if the next one would page in circles."""
        if self.refusal is not None:
            raise self.refusal
        return not self.next

    def _refuse(self, answer: Any, what: str) -> None:
        self.refusal = APIResponseValidationError(
            f"{self.method}: the service {what}; stopped reading its pages",
            response=answer.http_response,
            body=answer.to_dict(),
        )


def _page(answer: Any, items: list[Any], next_field: str) -> Page[Any]:
    cursor = answer.get(next_field)
    return Page(items, cursor if isinstance(cursor, str) and cursor else None, answer.http_response)


class Pager(Generic[T]):
    """The items of a cursor-paged list (`FetchHive`), read page by page as iteration
    reaches them. `fetch(cursor)` returns one page's answer and its items."""

    def __init__(
        self, method: str, fetch: Callable[[str | None], tuple[Any, list[T]]], next_field: str
    ) -> None:
        self._method = method
        self._fetch = fetch
        self._next_field = next_field
        self._first: tuple[Page[T], Any] | None = None
        self._all: list[T] | None = None
        # The call itself asks for the first page, so that its errors come from the call.
        self.first_page()

    def first_page(self) -> Page[T]:
        """The first page (asked for once; the rest are not read)."""
        if self._first is None:
            answer, items = self._fetch(None)
            self._first = (_page(answer, items, self._next_field), answer)
        return self._first[0]

    def iter_pages(self) -> Iterator[Page[T]]:
        """Every page, each asked for when the iteration reaches it (each iteration reads
        them anew, but for the first)."""
        cursors = _Cursors(self._method)
        page = self.first_page()
        assert self._first is not None
        cursors.follow(page, self._first[1])
        yield page
        while not cursors.done:
            answer, items = self._fetch(cursors.next)
            page = _page(answer, items, self._next_field)
            cursors.follow(page, answer)
            yield page

    def __iter__(self) -> Iterator[T]:
        if self._all is not None:
            yield from self._all
            return
        for page in self.iter_pages():
            yield from page.items

    def to_list(self) -> list[T]:
        """Every item of every page (read once, then kept)."""
        if self._all is None:
            self._all = list(iter(self))  # (list(self) would ask __len__, which is this)
        return self._all

    def __len__(self) -> int:
        """The number of items of every page (reads them all first)."""
        return len(self.to_list())

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        """An item (or a slice) of the whole list (reads every page first)."""
        return self.to_list()[index]

    def as_parsed(self) -> Pager[T]:
        """The pager itself: what `with_raw_response` gives as its `parse()`."""
        return self

    def __repr__(self) -> str:
        return f"Pager({self._method})"


class AsyncPager(Generic[T]):
    """The items of a cursor-paged list (`AsyncFetchHive`), read page by page as `async for`
    reaches them; `await` it for the list of every item."""

    def __init__(
        self,
        method: str,
        fetch: Callable[[str | None], Awaitable[tuple[Any, list[T]]]],
        next_field: str,
    ) -> None:
        self._method = method
        self._fetch = fetch
        self._next_field = next_field
        self._first: tuple[Page[T], Any] | None = None

    async def first_page(self) -> Page[T]:
        """The first page (asked for once; the rest are not read)."""
        if self._first is None:
            answer, items = await self._fetch(None)
            self._first = (_page(answer, items, self._next_field), answer)
        return self._first[0]

    async def iter_pages(self) -> AsyncIterator[Page[T]]:
        """Every page, each asked for when the iteration reaches it (each iteration reads
        them anew, but for the first)."""
        cursors = _Cursors(self._method)
        page = await self.first_page()
        assert self._first is not None
        cursors.follow(page, self._first[1])
        yield page
        while not cursors.done:
            answer, items = await self._fetch(cursors.next)
            page = _page(answer, items, self._next_field)
            cursors.follow(page, answer)
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item

    async def to_list(self) -> list[T]:
        """Every item of every page."""
        return [item async for item in self]

    def __await__(self) -> Generator[Any, None, list[T]]:
        return self.to_list().__await__()

    async def as_parsed(self) -> list[T]:
        """Every item: what `with_raw_response` gives as its `parse()` (as `await`ing the
        call gives)."""
        return await self.to_list()

    def __repr__(self) -> str:
        return f"AsyncPager({self._method})"
