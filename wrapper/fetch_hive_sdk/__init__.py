"""Typed Python SDK for the Fetch Hive API.

```python
from fetch_hive_sdk import FetchHive

client = FetchHive()  # reads FETCH_HIVE_API_KEY
run = client.invoke_workflow(deployment="market-report", inputs={"topic": "AI"})
print(run["run_status"], run.output)
```

Private modules hold the parts; everything public is re-exported here.
"""

from typing import TYPE_CHECKING, Any

from . import _distribution_check  # noqa: F401 - warns at import if fetch-hive-sdk is installed too
from ._api_object import APIObject
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
    ResponseFieldError,
    RunTimeoutError,
    StreamError,
    UnprocessableEntityError,
)
from ._events import GenericStreamEvent
from ._logging import setup_from_env as _setup_logging_from_env
from ._retry import RateLimitInfo
from ._version import __version__
from .client import AsyncFetchHive, FetchHive
from .streaming import AsyncStream, Stream, aiter_sse, iter_sse

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

    from ._batch import AsyncBatchRunner, BatchResult, BatchRunner, BatchSummary
    from ._events import StreamEvent

# Models of the generated client; loaded on first access to keep `import` fast.
_GENERATED_MODELS = frozenset(
    {
        "ArtifactEvent",
        "ErrorEvent",
        "ReasoningEvent",
        "ResponseEvent",
        "StreamResult",
        "SummaryEvent",
        "ToolEvent",
        "UsageEvent",
    }
)


# Batch runs: their module is loaded on first use too.
_BATCH_NAMES = frozenset({"AsyncBatchRunner", "BatchResult", "BatchRunner", "BatchSummary"})


def __getattr__(name: str) -> Any:
    if name in _BATCH_NAMES:
        from . import _batch

        return getattr(_batch, name)
    if name in _GENERATED_MODELS:
        from fetch_hive_api import models

        return getattr(models, name)
    if name == "StreamEvent":
        from . import _events

        return _events.StreamEvent
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIObject",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "ArtifactEvent",
    "AsyncBatchRunner",
    "AsyncFetchHive",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "BatchResult",
    "BatchRunner",
    "BatchSummary",
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
    "PaymentRequiredError",
    "PermissionDeniedError",
    "ProviderError",
    "RateLimitError",
    "RateLimitInfo",
    "ReasoningEvent",
    "ResponseEvent",
    "ResponseFieldError",
    "RunTimeoutError",
    "Stream",
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
