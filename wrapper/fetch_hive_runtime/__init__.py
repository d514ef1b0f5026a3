"""The runtime that the generated package `fetch_hive_api` is built on.

`make regenerate` writes every model of openapi.yaml as an `APIObject` subclass (a dict
holding the wire JSON, with typed attributes) and every operation as an `OperationSpec`
(method, path, parameters, body and result models, envelope, retry class, auth). Both
classes, and the shapes that check request bodies, live here.

This package imports only the standard library: importing a generated model never loads
the SDK (`fetch_hive_sdk`), which builds its clients on top of both.
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._errors import FetchHiveError, ResponseFieldError
from ._object import (
    ANY,
    BOOL,
    DATE,
    DATETIME,
    DICT,
    FLOAT,
    INT,
    NULL,
    STR,
    APIObject,
    Choice,
    Const,
    Field,
    Limits,
    ListOf,
    MapOf,
    ModelOf,
    OneOf,
    ResponseInfo,
    Shape,
    Uri,
    field_value,
    unwrapped,
)
from ._redact import REDACTED, SECRET_KEYS, redact

if TYPE_CHECKING:
    from ._operation import OperationSpec, Pagination, Param
    from ._url import LOOPBACK_HOSTS, UrlRule, uri_problem

# Loaded on first use: only descriptors and URL checks need them, and a program that
# imports a model (or the SDK's client) should not pay for building them.
_LAZY = {
    "OperationSpec": "._operation",
    "Pagination": "._operation",
    "Param": "._operation",
    "LOOPBACK_HOSTS": "._url",
    "UrlRule": "._url",
    "uri_problem": "._url",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "ANY",
    "BOOL",
    "DATE",
    "DATETIME",
    "DICT",
    "FLOAT",
    "INT",
    "LOOPBACK_HOSTS",
    "NULL",
    "REDACTED",
    "SECRET_KEYS",
    "STR",
    "APIObject",
    "Choice",
    "Const",
    "FetchHiveError",
    "Field",
    "Limits",
    "ListOf",
    "MapOf",
    "ModelOf",
    "OneOf",
    "OperationSpec",
    "Pagination",
    "Param",
    "ResponseFieldError",
    "ResponseInfo",
    "Shape",
    "Uri",
    "UrlRule",
    "field_value",
    "redact",
    "unwrapped",
    "uri_problem",
]
