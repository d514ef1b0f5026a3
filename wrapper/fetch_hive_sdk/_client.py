"""The public clients: `AsyncFetchHive` (`_async/_client.py`, the one source) and `FetchHive`
(written from it by `scripts/unasync.py` into `_sync/_client.py`)."""

from ._async._client import AsyncFetchHive
from ._sync._client import FetchHive

__all__ = ["AsyncFetchHive", "FetchHive"]
