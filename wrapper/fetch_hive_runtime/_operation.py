"""`OperationSpec`: one operation of openapi.yaml, as data.

`make regenerate` writes one per operation (`fetch_hive_api.api.<tag>.<operation>.OPERATION`)
from the spec: its method and path, its parameters and their schemas, the models of its
request body and of its answer, and what JSON Schema cannot say, from the operation's
`x-fetch-hive-*` extensions (the key of the object the answer wraps, the retry class, the
cursor of a paged list). Descriptors hold no behaviour: the SDK checks arguments, sends,
retries and reads answers by them (`fetch_hive_sdk._build`), its CLI makes commands of them,
and tests walk them.

`OperationSpec[AnswerT, ResultT]`: `AnswerT` is the type of the whole answer (the 0.4.1
methods return it), `ResultT` the type of what the SDK's namespace method returns (the
wrapped object when `envelope` is set, else the answer itself). Both are fixed by the
generated annotation; nothing at run time depends on them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, Literal, NamedTuple, TypeVar

from ._object import APIObject, Shape

__all__ = ["OperationSpec", "Pagination", "Param"]

AnswerT = TypeVar("AnswerT")
ResultT = TypeVar("ResultT")

ParamFormat = Literal["text", "uuid", "integer", "number", "boolean"]


class Param(NamedTuple):
    """A path or query parameter."""

    name: str
    """The name on the wire (and of the SDK method's argument, unless renamed)."""
    shape: Shape
    """The schema's type and constraints (lengths, pattern, range, values)."""
    format: ParamFormat = "text"
    """`uuid`: the value is a UUID (an `uuid.UUID` or its text), sent in canonical form."""
    required: bool = True


class Pagination(NamedTuple):
    """A cursor-paged list: the query parameter that asks for a page, the answer's field
    that gives the next page's cursor (absent or empty on the last page), and the query
    parameter of the page size."""

    cursor_param: str
    next_cursor_field: str
    page_size_param: str | None = None


class OperationSpec(NamedTuple, Generic[AnswerT, ResultT]):
    """One operation of the API."""

    operation_id: str
    name: str
    """The operation id in snake case (`list_knowledge_bases`): the SDK's name for it in
    log lines and errors."""
    method: str
    path: str
    """The path template under the base URL (`/public/workspaces/{workspace_id}/...`)."""
    path_params: tuple[Param, ...] = ()
    query_params: tuple[Param, ...] = ()
    body: type[APIObject] | None = None
    """The request body's model (its shapes check a body before it is sent)."""
    body_format: Literal["json", "multipart"] = "json"
    body_required: bool = False
    answer: type[APIObject] | None = None
    """The model of a 2xx answer (of each item, when `answer_is_list`)."""
    answer_is_list: bool = False
    envelope: str | None = None
    """The field of the answer that holds the result (`knowledge_base` of
    `{"knowledge_base": {...}}`), from `x-fetch-hive-envelope`."""
    retry: Literal["read", "invoke", "provider_invoke"] = "read"
    """How the SDK may retry it (`x-fetch-hive-retry`; `read` when absent): `read` on
    every transient failure; `invoke` only when the service certainly did not start the
    work; `provider_invoke` also after the model provider's 502."""
    auth: Literal["api_key", "webhook_secret", "none"] = "api_key"
    """From the operation's `security`: the API key as a Bearer token, the deployment's
    webhook secret in `auth_header`, or no credentials."""
    auth_header: str | None = None
    pagination: Pagination | None = None
    """From `x-fetch-hive-pagination`, for cursor-paged lists."""
    streams: bool = False
    """The operation answers `text/event-stream` when its body asks for `streaming`."""
    deprecated: bool = False
    extensions: Mapping[str, Any] = {}
    """Every `x-fetch-hive-*` extension of the operation, as the spec gives it (the SDK
    method, the 0.4.1 name, the CLI command...)."""
