"""The public clients: `AsyncFetchHive` (`_async/_client.py`, the one source) and `FetchHive`
(written from it by `scripts/unasync.py` into `_sync/_client.py`).

Also importable as `fetch_hive_sdk.client`, the module name of fetch-hive-sdk 0.4.1.
"""

from ._async._client import AsyncFetchHive
from ._sync._client import FetchHive

__all__ = ["AsyncFetchHive", "FetchHive"]
