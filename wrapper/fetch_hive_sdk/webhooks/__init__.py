"""Callback delivery: verify `X-Fetch-Hive-Signature`, parse typed events, skip replays.

```python
from fetch_hive_sdk.webhooks import construct_event, WebhookVerificationError

event = construct_event(raw_body, request.headers, secret=webhook_secret)
if event.event_type == "workflow.completed":
    print(event.data.output)          # or event["data"]["output"]
```

Always pass the raw body bytes exactly as received: a re-serialized or decoded body does
not match its signature. The signature scheme is an assumption of this SDK (see
`verify_signature`).
"""

from .._errors import ReplayStoreError, WebhookSecretUnavailableError, WebhookVerificationError
from ._events import (
    WEBHOOK_EVENT_TYPES,
    AgentCompletedEvent,
    AgentDelegationCompletedEvent,
    AgentFailedEvent,
    GenericWebhookEvent,
    WebhookEvent,
    WorkflowCompletedEvent,
    WorkflowFailedEvent,
    parse_webhook_event,
)
from ._handler import Delivery, WebhookHandler, construct_event, replay_key
from ._receiver import WebhookReceiver
from ._replay import InMemoryReplayStore, ReplayStore
from ._replay_redis import RedisReplayStore
from ._replay_sqlite import SQLiteReplayStore
from ._signature import (
    SIGNATURE_HEADER,
    sign,
    signature_from_headers,
    verify_signature,
)

__all__ = [
    "SIGNATURE_HEADER",
    "WEBHOOK_EVENT_TYPES",
    "AgentCompletedEvent",
    "AgentDelegationCompletedEvent",
    "AgentFailedEvent",
    "Delivery",
    "GenericWebhookEvent",
    "InMemoryReplayStore",
    "RedisReplayStore",
    "ReplayStore",
    "ReplayStoreError",
    "SQLiteReplayStore",
    "WebhookEvent",
    "WebhookHandler",
    "WebhookReceiver",
    "WebhookSecretUnavailableError",
    "WebhookVerificationError",
    "WorkflowCompletedEvent",
    "WorkflowFailedEvent",
    "construct_event",
    "parse_webhook_event",
    "replay_key",
    "sign",
    "signature_from_headers",
    "verify_signature",
]
