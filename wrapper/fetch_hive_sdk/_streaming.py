"""The stream classes: `AsyncStream` (`_async/_streaming.py`, the one source) and `Stream`
(written from it by `scripts/unasync.py`)."""

from ._async._streaming import AsyncStream
from ._sync._streaming import Stream

__all__ = ["AsyncStream", "Stream"]
