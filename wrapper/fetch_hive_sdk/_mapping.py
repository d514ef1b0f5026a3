"""Read generated models as the documented JSON mapping.

The documented SDK returns plain dicts (`run["run_status"]`); the generated client returns
attrs models (`run.run_status`). `with_mapping(ModelClass)` gives a subclass that is both:
typed attributes from the generated model, and read-only mapping access over the wire JSON
(`to_dict()`, unknown fields included).
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, ValuesView
from functools import cache
from typing import Any, Protocol, TypeVar


class _WireModel(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


class WireMapping:
    """Mixin: mapping access over `to_dict()`. Goes first in the bases of a generated model."""

    __slots__ = ()

    def _wire(self: _WireModel) -> dict[str, Any]:
        return self.to_dict()

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


ModelT = TypeVar("ModelT")


@cache
def with_mapping(model_cls: type[ModelT]) -> type[ModelT]:
    """The generated `model_cls` with mapping access; `from_dict` returns the subclass."""
    namespace = {
        "__slots__": (),
        "__module__": model_cls.__module__,
        "__qualname__": model_cls.__qualname__,
    }
    return type(model_cls.__name__, (WireMapping, model_cls), namespace)
