"""Read generated models as the documented JSON mapping.

The documented SDK returns plain dicts (`run["run_status"]`); the generated client returns
attrs models (`run.run_status`). `with_mapping(ModelClass)` gives a subclass that is both:
typed attributes from the generated model, and read-only mapping access over the wire JSON
(`to_dict()`, unknown fields included).

Results of API calls also carry how they were obtained (`http_response`, `retries_taken`,
`rate_limit`); the `repr` hides secret fields such as `webhook_secret`.
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, ValuesView
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

if TYPE_CHECKING:
    import httpx

    from ._retry import RateLimitInfo


class _WireModel(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


@dataclass(frozen=True, slots=True)
class ResponseInfo:
    """How a result was obtained: the final HTTP answer and the retries before it."""

    http_response: httpx.Response
    retries_taken: int
    rate_limit: RateLimitInfo | None


class WireMapping:
    """Mixin: mapping access over `to_dict()`. Goes first in the bases of a generated model."""

    __slots__ = ()

    def _wire(self) -> dict[str, Any]:
        return cast(_WireModel, self).to_dict()

    def __getitem__(self, key: str) -> Any:
        return self._wire()[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self._wire().get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self._wire()

    def __iter__(self) -> Iterator[str]:
        return iter(self._wire())

    def __len__(self) -> int:
        return len(self._wire())

    def keys(self) -> KeysView[str]:
        return self._wire().keys()

    def values(self) -> ValuesView[Any]:
        return self._wire().values()

    def items(self) -> ItemsView[str, Any]:
        return self._wire().items()

    def __repr__(self) -> str:
        from ._logging import redact

        fields = ", ".join(f"{key}={value!r}" for key, value in redact(self._wire()).items())
        return f"{type(self).__name__}({fields})"

    # How the result was obtained (None / 0 for models not read from an API answer).

    def _response_info(self) -> ResponseInfo | None:
        info: ResponseInfo | None = getattr(self, "_sdk_response_info", None)
        return info

    @property
    def http_response(self) -> httpx.Response | None:
        """The final `httpx.Response` (status, headers) this result was read from."""
        info = self._response_info()
        return info.http_response if info else None

    @property
    def retries_taken(self) -> int:
        """How many times the SDK retried before this answer."""
        info = self._response_info()
        return info.retries_taken if info else 0

    @property
    def rate_limit(self) -> RateLimitInfo | None:
        """The answer's rate-limit headers (`X-RateLimit-*`, `Retry-After`), when sent."""
        info = self._response_info()
        return info.rate_limit if info else None


def attach_response_info(result: object, info: ResponseInfo) -> None:
    object.__setattr__(result, "_sdk_response_info", info)


ModelT = TypeVar("ModelT")


_SUBCLASSES: dict[type, type] = {}


def with_mapping(model_cls: type[ModelT]) -> type[ModelT]:
    """The generated `model_cls` with mapping access; `from_dict` returns the subclass.

    One subclass per model class, made on first use.
    """
    subclass = _SUBCLASSES.get(model_cls)
    if subclass is None:
        namespace = {
            "__slots__": ("_sdk_response_info",),
            "__module__": model_cls.__module__,
            "__qualname__": model_cls.__qualname__,
        }
        made = type(model_cls.__name__, (WireMapping, model_cls), namespace)
        subclass = _SUBCLASSES.setdefault(model_cls, made)
    return cast(type[ModelT], subclass)
