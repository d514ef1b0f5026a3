"""`AsyncNamespace`: the base of the resource namespaces (`client.knowledge_bases`...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncFetchHive

__all__ = ["AsyncNamespace"]


class AsyncNamespace:
    """A group of a client's operations; made on each access, so copies of the client
    (`with_options`) get namespaces with their own settings."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncFetchHive) -> None:
        self._client = client
