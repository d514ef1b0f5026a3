"""Typed Python SDK for the Fetch Hive API.

```python
from fetch_hive_sdk import FetchHive

client = FetchHive()  # reads FETCH_HIVE_API_KEY
run = client.invoke_workflow(deployment="market-report", inputs={"topic": "AI"})
print(run["run_status"], run.output)
```

Private modules hold the parts; everything public is re-exported here.
"""

from ._base_client import NOT_GIVEN, NotGiven
from ._client import AsyncFetchHive, FetchHive
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
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
    StreamError,
    UnprocessableEntityError,
)
from ._logging import setup_from_env as _setup_logging_from_env
from ._retry import RateLimitInfo
from ._version import __version__

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncFetchHive",
    "AuthenticationError",
    "BadRequestError",
    "FetchHive",
    "FetchHiveError",
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
    "StreamError",
    "UnprocessableEntityError",
    "__version__",
]

_setup_logging_from_env()
