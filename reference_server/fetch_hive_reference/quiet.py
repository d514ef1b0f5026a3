"""Log records the reference server silences: noise about clients that hung up, never errors.

- uvicorn prints a traceback for every connection a fault drops on purpose (``drop``).
- asyncio warns ``socket.send() raised exception.`` when a response keeps writing to a client
  that already closed the connection (schemathesis does that when it has read enough). The
  bytes have nowhere to go and nothing failed on the server; any other asyncio record stays.
- python-multipart warns about each malformed form body (``Found invalid character ... in
  header``) before it raises; the server answers that client 422 ``Invalid form``.
"""

from __future__ import annotations

import logging

from .streaming import DropConnection

#: The exact warning of asyncio's socket transport after the peer went away.
ASYNCIO_HANGUP_WARNING = "socket.send() raised exception."


def _is_drop(exc: BaseException | None) -> bool:
    if isinstance(exc, DropConnection):
        return True
    if isinstance(exc, BaseExceptionGroup):
        return all(_is_drop(inner) for inner in exc.exceptions)
    return False


class _HideIntentionalDrops(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not _is_drop(exc)


class _HideWritesAfterHangUp(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.msg != ASYNCIO_HANGUP_WARNING


class _HideMalformedForms(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno != logging.WARNING


_FILTERS = {
    "uvicorn.error": _HideIntentionalDrops(),
    "asyncio": _HideWritesAfterHangUp(),
    "python_multipart.multipart": _HideMalformedForms(),
}


def quiet_expected_noise() -> None:
    """Install both filters on their loggers (idempotent)."""
    for name, log_filter in _FILTERS.items():
        logger = logging.getLogger(name)
        if log_filter not in logger.filters:
            logger.addFilter(log_filter)
