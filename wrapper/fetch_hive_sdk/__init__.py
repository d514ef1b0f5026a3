"""Typed Python SDK for the Fetch Hive API.

```python
from fetch_hive_sdk import FetchHive

client = FetchHive()  # reads FETCH_HIVE_API_KEY
run = client.invoke_workflow(deployment="market-report", inputs={"topic": "AI"})
print(run["run_status"], run.output)
```

Private modules hold the parts; everything public is re-exported here.
"""

import importlib
from typing import TYPE_CHECKING, Any

from fetch_hive_runtime import APIObject

from . import _distribution_check  # noqa: F401 - warns at import if fetch-hive-sdk is installed too
from ._base_client import NOT_GIVEN, NotGiven
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    DistributionConflictWarning,
    FetchHiveError,
    IncompleteStreamError,
    InputValidationError,
    InternalServerError,
    MissingAPIKeyError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    ProviderError,
    RateLimitError,
    RequestValidationError,
    ResponseFieldError,
    RunTimeoutError,
    StreamConsumedError,
    StreamError,
    UnprocessableEntityError,
)
from ._events import GenericStreamEvent
from ._logging import setup_from_env as _setup_logging_from_env
from ._version import __version__

if TYPE_CHECKING:
    from fetch_hive_api.models import (
        ArtifactEvent,
        ErrorEvent,
        ReasoningEvent,
        ResponseEvent,
        StreamResult,
        SummaryEvent,
        ToolEvent,
        UsageEvent,
    )

    from ._aiohttp_client import AioHttpClient
    from ._async._client import AsyncFetchHive
    from ._async._streaming import AsyncStream, aiter_sse
    from ._batch import AsyncBatchRunner, BatchResult, BatchRunner, BatchSummary
    from ._events import StreamEvent
    from ._hooks import CallHooks, CallInfo
    from ._http_clients import DefaultAsyncHttpxClient, DefaultHttpxClient
    from ._pagination import AsyncPager, Page, Pager
    from ._rate_limit import RateLimitInfo
    from ._sync._client import FetchHive
    from ._sync._streaming import Stream, iter_sse

# Names loaded on first access, and the module each comes from, to keep `import` fast. A
# program uses the sync or the async half, so each half is loaded when one of its names is
# first asked for (`from fetch_hive_sdk import FetchHive` loads the sync half only).
_LAZY_NAMES = {
    "FetchHive": "._sync._client",
    "Stream": "._sync._streaming",
    "iter_sse": "._sync._streaming",
    "AsyncFetchHive": "._async._client",
    "AsyncStream": "._async._streaming",
    "aiter_sse": "._async._streaming",
    # httpx over aiohttp (the `aiohttp` extra; aiohttp is loaded when a client is made).
    "AioHttpClient": "._aiohttp_client",
    # Batch runs.
    "AsyncBatchRunner": "._batch",
    "BatchResult": "._batch",
    "BatchRunner": "._batch",
    "BatchSummary": "._batch",
    "RateLimitInfo": "._rate_limit",
    "DefaultHttpxClient": "._http_clients",
    "CallHooks": "._hooks",
    "CallInfo": "._hooks",
    "DefaultAsyncHttpxClient": "._http_clients",
    "Pager": "._pagination",
    "AsyncPager": "._pagination",
    "Page": "._pagination",
    "StreamEvent": "._events",
    # Models of the generated client.
    **dict.fromkeys(
        [
            "ArtifactEvent",
            "ErrorEvent",
            "ReasoningEvent",
            "ResponseEvent",
            "StreamResult",
            "SummaryEvent",
            "ToolEvent",
            "UsageEvent",
        ],
        "fetch_hive_api.models",
    ),
}


def __getattr__(name: str) -> Any:
    module = _LAZY_NAMES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # found at once from now on
    return value


def __dir__() -> list[str]:
    # The names loaded on first use too, for completion in editors and the REPL.
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIObject",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AioHttpClient",
    "ArtifactEvent",
    "AsyncBatchRunner",
    "AsyncFetchHive",
    "AsyncPager",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "BatchResult",
    "BatchRunner",
    "BatchSummary",
    "CallHooks",
    "CallInfo",
    "DefaultAsyncHttpxClient",
    "DefaultHttpxClient",
    "DistributionConflictWarning",
    "ErrorEvent",
    "FetchHive",
    "FetchHiveError",
    "GenericStreamEvent",
    "IncompleteStreamError",
    "InputValidationError",
    "InternalServerError",
    "MissingAPIKeyError",
    "NotFoundError",
    "NotGiven",
    "Page",
    "Pager",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "ProviderError",
    "RateLimitError",
    "RateLimitInfo",
    "ReasoningEvent",
    "RequestValidationError",
    "ResponseEvent",
    "ResponseFieldError",
    "RunTimeoutError",
    "Stream",
    "StreamConsumedError",
    "StreamError",
    "StreamEvent",
    "StreamResult",
    "SummaryEvent",
    "ToolEvent",
    "UnprocessableEntityError",
    "UsageEvent",
    "__version__",
    "aiter_sse",
    "iter_sse",
]

_setup_logging_from_env()
