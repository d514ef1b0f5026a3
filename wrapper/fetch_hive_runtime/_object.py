"""`APIObject`: a JSON object of the API as a `dict`, with typed attributes.

Every model that `make regenerate` writes into `fetch_hive_api.models` is an `APIObject`
subclass (see `templates/model.py.jinja`). An instance IS the wire JSON: `json.dumps`,
`pickle`, `copy.deepcopy` and `==` against the parsed JSON all work, at every nesting level,
because `from_dict` turns each nested JSON object that the spec describes into the model of
its schema (still a dict). The generated properties read the same keys with precise types:

    result.usage.prompt_tokens.total_tokens == result["usage"]["prompt_tokens"]["total_tokens"]

Tolerant reader: nothing is checked when an answer is read. A value that does not fit its
schema stays in the dict as it came; only reading it as a typed attribute raises
`ResponseFieldError`, which names the model, the field and the types. Unknown fields are
plain keys. An absent optional field reads as None.

Shapes (`STR`, `ModelOf(Usage)`, `ListOf(...)`, `OneOf(...)`) describe a field's schema at
run time: how to convert its JSON value (`convert`) and how to read it typed (`read`).
`Limits(shape, min_length=1, ...)` adds the schema's constraints (lengths, pattern, bounds,
item counts): checked only for requests (`problem`), never when an answer is read.
Generated properties of plain scalar fields check their value inline instead: they are the
hot path of streaming (one attribute read per event).
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final, Protocol

from ._errors import ResponseFieldError
from ._redact import redact

if TYPE_CHECKING:
    from typing import Self

    import httpx

    # For the annotation only: the runtime never imports the SDK.
    from fetch_hive_sdk._rate_limit import RateLimitInfo

    from ._url import UrlRule

__all__ = [
    "ANY",
    "BOOL",
    "DATE",
    "DATETIME",
    "DICT",
    "FLOAT",
    "INT",
    "NULL",
    "STR",
    "APIObject",
    "Choice",
    "Const",
    "Limits",
    "ListOf",
    "MapOf",
    "ModelOf",
    "OneOf",
    "ResponseInfo",
    "Shape",
    "Uri",
    "field_value",
]

# What the generated properties read a field with: `dict.get` called as a function. On a
# dict subclass, `self.get(key)` looks the method up and binds it on every read; this is
# 40 % cheaper, on the hottest line of typed reads (each stream event's text).
field_value: Final = dict.get


class _Misfit(Exception):
    """Internal: a value does not fit its shape. An item of a list that does not fit says
    where it is (`where`, e.g. `[3]`), what was expected there and what came."""

    def __init__(self) -> None:
        super().__init__()
        self.where = ""
        self.expected: str | None = None
        self.got: str | None = None

    def inside(self, where: str, shape: Shape, value: Any) -> _Misfit:
        """This misfit, as seen from the container that holds `value` at `where`."""
        if self.expected is None:
            self.expected = shape.describe()
            self.got = _type_name(value)
        self.where = where + self.where
        return self


class Shape:
    """The schema of one field, at run time."""

    __slots__ = ()
    # True when `convert` may change a value (it holds objects to turn into models).
    holds_objects: ClassVar[bool] = False

    def describe(self) -> str:
        raise NotImplementedError

    def fits(self, value: Any) -> bool:
        raise NotImplementedError

    def convert(self, value: Any) -> Any:
        """The value with each JSON object the schema describes turned into its model."""
        return value

    def read(self, value: Any) -> Any:
        """The typed value; raises `_Misfit` when the value does not fit."""
        if self.fits(value):
            return value
        converted = self.convert(value)
        if converted is not value and self.fits(converted):
            return converted
        raise _Misfit

    def problem(self, value: Any, where: str) -> str | None:
        """For a request: None when `value` may be sent as this shape, else what is wrong
        with it, naming `where` (`knowledge_base["name"]`). Stricter than reading: an
        enumeration's value must be one of its values."""
        if self.fits(value):
            return None
        return f"{where}: must be {self.describe()}, got {_type_name(value)}"


class _Scalar(Shape):
    __slots__ = ("_name", "_types")

    def __init__(self, name: str, *types: type) -> None:
        self._name = name
        self._types = types

    def describe(self) -> str:
        return self._name

    def fits(self, value: Any) -> bool:
        # JSON has no distinct boolean number: True is not an integer here.
        return isinstance(value, self._types) and (
            bool in self._types or not isinstance(value, bool)
        )


STR: Final[Shape] = _Scalar("str", str)
INT: Final[Shape] = _Scalar("int", int)
FLOAT: Final[Shape] = _Scalar("float", int, float)
BOOL: Final[Shape] = _Scalar("bool", bool)
NULL: Final[Shape] = _Scalar("None", type(None))
DICT: Final[Shape] = _Scalar("dict", dict)


class Uri(Shape):
    """A `format: uri` string, checked in a request by its scheme rule (`_url`)."""

    __slots__ = ("_rule",)

    def __init__(self, rule: UrlRule = "any") -> None:
        self._rule: UrlRule = rule

    def describe(self) -> str:
        return "a URL string"

    def fits(self, value: Any) -> bool:
        return isinstance(value, str)

    def problem(self, value: Any, where: str) -> str | None:
        from ._url import uri_problem  # loaded with the first URL of a request

        return uri_problem(value, where, self._rule)


class _Any(Shape):
    __slots__ = ()

    def describe(self) -> str:
        return "any JSON value"

    def fits(self, value: Any) -> bool:
        return True


ANY: Final[Shape] = _Any()


class _IsoFormat(Shape):
    """A date or date-time string, read as a `datetime.date` / `datetime.datetime`."""

    __slots__ = ("_name", "_parse")

    def __init__(self, name: str, parse: Any) -> None:
        self._name = name
        self._parse = parse

    def describe(self) -> str:
        return f"an ISO 8601 {self._name} string"

    def fits(self, value: Any) -> bool:
        return isinstance(value, str)

    def read(self, value: Any) -> Any:
        if not isinstance(value, str):
            raise _Misfit
        try:
            return self._parse(value)
        except ValueError:
            raise _Misfit from None


DATETIME: Final[Shape] = _IsoFormat("date-time", _dt.datetime.fromisoformat)
DATE: Final[Shape] = _IsoFormat("date", _dt.date.fromisoformat)


class Choice(Shape):
    """An enumeration: read as an open string (a value added tomorrow must not break an
    answer), checked against its values in a request."""

    __slots__ = ("_values",)

    def __init__(self, *values: str | int) -> None:
        self._values = values

    def describe(self) -> str:
        return "one of " + ", ".join(str(value) for value in self._values)

    def fits(self, value: Any) -> bool:
        return isinstance(value, str | int) and not isinstance(value, bool)

    def problem(self, value: Any, where: str) -> str | None:
        if value in self._values and type(value) in (str, int):
            return None
        return f"{where}: must be {self.describe()}, got {value!r}"[:300]


class Const(Shape):
    __slots__ = ("_value",)

    def __init__(self, value: object) -> None:
        self._value = value

    def describe(self) -> str:
        return repr(self._value)

    def fits(self, value: Any) -> bool:
        return bool(value == self._value and type(value) is type(self._value))


class ModelOf(Shape):
    __slots__ = ("_model",)
    holds_objects = True

    def __init__(self, model: type[APIObject]) -> None:
        self._model = model

    def describe(self) -> str:
        return _with_article(f"{self._model.__name__} object")

    def fits(self, value: Any) -> bool:
        return isinstance(value, self._model)

    def matches(self, value: Any) -> bool:
        """Could this JSON object be one of the model (union members are told apart)?"""
        return isinstance(value, dict) and self._model._sdk_matches(value)

    def problem(self, value: Any, where: str) -> str | None:
        return self._model._sdk_problem(value, where)

    def convert(self, value: Any) -> Any:
        if type(value) is dict:  # plain JSON; a model instance stays as it is
            return self._model.from_dict(value)
        return value


class ListOf(Shape):
    __slots__ = ("_item", "holds_objects")

    def __init__(self, item: Shape) -> None:
        self._item = item
        self.holds_objects = item.holds_objects  # type: ignore[misc]

    def describe(self) -> str:
        item = self._item
        if isinstance(item, ModelOf):
            return f"a list of {item._model.__name__} objects"
        return f"a list of {item.describe()}"

    def fits(self, value: Any) -> bool:
        fits = self._item.fits
        return isinstance(value, list) and all(fits(item) for item in value)

    def convert(self, value: Any) -> Any:
        if not self.holds_objects or not isinstance(value, list):
            return value
        convert = self._item.convert
        return [convert(item) for item in value]

    def problem(self, value: Any, where: str) -> str | None:
        if not isinstance(value, list):
            return f"{where}: must be {self.describe()}, got {_type_name(value)}"
        for index, item in enumerate(value):
            found = self._item.problem(item, f"{where}[{index}]")
            if found is not None:
                return found
        return None

    def read(self, value: Any) -> Any:
        if not isinstance(value, list):
            raise _Misfit
        if self.fits(value):
            return value
        # A new list: the caller's own list (set into a result) is never changed in place.
        item_shape = self._item
        converted = []
        for index, item in enumerate(value):
            try:
                converted.append(item_shape.read(item))
            except _Misfit as misfit:
                raise misfit.inside(f"[{index}]", item_shape, item) from None
        return converted


class MapOf(Shape):
    """A free-form object whose values all have one shape (`additionalProperties`), and whose
    keys may have a minimum length (`propertyNames: {minLength}`): checked in requests; read
    as the plain dict it is."""

    __slots__ = ("_key_min_length", "_values")

    def __init__(self, values: Shape, *, key_min_length: int | None = None) -> None:
        self._values = values
        self._key_min_length = key_min_length

    def describe(self) -> str:
        return "an object"

    def fits(self, value: Any) -> bool:
        return isinstance(value, dict)

    def problem(self, value: Any, where: str) -> str | None:
        if not isinstance(value, Mapping):
            return f"{where}: must be an object (a dict), got {_type_name(value)}"
        for key, item in value.items():
            if self._key_min_length and len(str(key)) < self._key_min_length:
                return f"{where}: keys must not be empty"
            found = self._values.problem(item, f"{where}[{json.dumps(key)}]")
            if found is not None:
                return found
        return None


class OneOf(Shape):
    """A union: the first member the value fits. JSON objects become the first model member
    whose required fields and constants they have."""

    __slots__ = ("_members", "holds_objects")

    def __init__(self, *members: Shape) -> None:
        self._members = members
        self.holds_objects = any(m.holds_objects for m in members)  # type: ignore[misc]

    def describe(self) -> str:
        return " or ".join(member.describe() for member in self._members)

    def fits(self, value: Any) -> bool:
        return any(member.fits(value) for member in self._members)

    def convert(self, value: Any) -> Any:
        if not self.holds_objects:
            return value
        if type(value) is dict:
            for member in self._members:
                if isinstance(member, ModelOf) and member.matches(value):
                    return member.convert(value)
            return value
        for member in self._members:
            if member.holds_objects and not isinstance(member, ModelOf):
                converted = member.convert(value)
                if converted is not value:
                    return converted
        return value

    def problem(self, value: Any, where: str) -> str | None:
        found = [member.problem(value, where) for member in self._members]
        if None in found:
            return None
        # One member's problem says more than "a or b" when the value is of its kind.
        same_kind = [p for m, p in zip(self._members, found, strict=True) if m.fits(value)]
        return (
            same_kind[0]
            if same_kind
            else f"{where}: must be {self.describe()}, got {_type_name(value)}"
        )

    def read(self, value: Any) -> Any:
        for member in self._members:
            if member.fits(value):
                return member.read(value)
        converted = self.convert(value)
        if converted is not value:
            return self.read(converted)
        for member in self._members:
            try:
                return member.read(value)
            except _Misfit:
                continue
        raise _Misfit


class Limits(Shape):
    """A shape with its schema's constraints: `minLength`, `maxLength`, `pattern` (strings),
    `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum` (numbers), `minItems`,
    `maxItems` (lists). As in JSON Schema, each applies only to values of its kind (a None
    of a nullable field passes `min_length`). Checked only in requests (`problem`): an
    answer is read as it came, whatever its length or range."""

    __slots__ = (
        "_compiled",
        "_exclusive_maximum",
        "_exclusive_minimum",
        "_max_items",
        "_max_length",
        "_maximum",
        "_min_items",
        "_min_length",
        "_minimum",
        "_pattern",
        "_shape",
        "holds_objects",
    )

    def __init__(
        self,
        shape: Shape,
        *,
        min_length: int | None = None,
        max_length: int | None = None,
        pattern: str | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
        exclusive_minimum: float | None = None,
        exclusive_maximum: float | None = None,
        min_items: int | None = None,
        max_items: int | None = None,
    ) -> None:
        self._shape = shape
        self._min_length = min_length
        self._max_length = max_length
        self._pattern = pattern
        self._compiled: re.Pattern[str] | None = None  # compiled on first use
        self._minimum = minimum
        self._maximum = maximum
        self._exclusive_minimum = exclusive_minimum
        self._exclusive_maximum = exclusive_maximum
        self._min_items = min_items
        self._max_items = max_items
        self.holds_objects = shape.holds_objects  # type: ignore[misc]

    def describe(self) -> str:
        return self._shape.describe()

    def fits(self, value: Any) -> bool:
        return self._shape.fits(value)

    def convert(self, value: Any) -> Any:
        return self._shape.convert(value)

    def read(self, value: Any) -> Any:
        return self._shape.read(value)

    def problem(self, value: Any, where: str) -> str | None:
        found = self._shape.problem(value, where)
        if found is not None:
            return found
        if isinstance(value, str):
            return self._text_problem(value, where)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return self._number_problem(value, where)
        if isinstance(value, list):
            return self._count_problem(len(value), where)
        return None

    def _text_problem(self, value: str, where: str) -> str | None:
        length = len(value)  # code points, as JSON Schema counts them
        # Assumption of this SDK: text that must not be empty must not be blank either (no
        # name, id or query of the API is only spaces; such a value is a mistake).
        if self._min_length is not None and (length == 0 or not value.strip()):
            return f"{where}: must not be empty"
        if self._min_length is not None and length < self._min_length:
            return f"{where}: must be at least {self._min_length} characters long, got {length}"
        if self._max_length is not None and length > self._max_length:
            return f"{where}: must be at most {self._max_length} characters long, got {length}"
        if self._pattern is not None:
            if self._compiled is None:
                self._compiled = re.compile(self._pattern)
            if self._compiled.search(value) is None:
                shown = value if len(value) <= 60 else value[:57] + "..."
                return f"{where}: must match the pattern {self._pattern!r}, got {shown!r}"
        return None

    def _number_problem(self, value: float, where: str) -> str | None:
        low, high = self._minimum, self._maximum
        # NaN compares False with everything: it is outside any range.
        outside = not math.isfinite(value)
        outside |= (low is not None and value < low) or (high is not None and value > high)
        if outside and (low is not None or high is not None):
            if low is not None and high is not None:
                return f"{where}: must be between {low:g} and {high:g}, got {value!r}"
            if low is not None:
                return f"{where}: must be at least {low:g}, got {value!r}"
            return f"{where}: must be at most {high:g}, got {value!r}"
        if self._exclusive_minimum is not None and value <= self._exclusive_minimum:
            return f"{where}: must be greater than {self._exclusive_minimum:g}, got {value!r}"
        if self._exclusive_maximum is not None and value >= self._exclusive_maximum:
            return f"{where}: must be less than {self._exclusive_maximum:g}, got {value!r}"
        return None

    def _count_problem(self, count: int, where: str) -> str | None:
        if self._min_items is not None and count < self._min_items:
            return f"{where}: must hold at least {self._min_items} items, got {count}"
        if self._max_items is not None and count > self._max_items:
            return f"{where}: must hold at most {self._max_items} items, got {count}"
        return None


class Field:
    """One declared field of a model: its shape, and whether the schema requires it."""

    __slots__ = ("required", "shape")

    def __init__(self, shape: Shape, *, required: bool = False) -> None:
        self.shape = shape
        self.required = required


class ResponseInfo(Protocol):
    """How a result was obtained: the final HTTP answer, the retries before it, and the
    answer's rate-limit headers. The SDK attaches one to each result it returns."""

    @property
    def http_response(self) -> httpx.Response: ...

    @property
    def retries_taken(self) -> int: ...

    @property
    def rate_limit(self) -> RateLimitInfo | None: ...


_MISSING: Final = object()


class APIObject(dict[str, Any]):
    """A JSON object of the API: the wire JSON itself, with typed attributes.

    Build one from JSON with `Model.from_dict(data)` (nested objects become their models);
    `to_dict()` gives plain dicts and lists back. Results of API calls also carry
    `http_response`, `retries_taken` and `rate_limit` as attributes (never keys); a copy or
    an unpickled result has none of them.
    """

    __slots__ = ("_sdk_info",)

    # Set by each generated module once its models exist (`_sdk_define`).
    _sdk_fields: ClassVar[Mapping[str, Field]] = {}
    _sdk_nested: ClassVar[tuple[tuple[str, Shape], ...]] = ()
    _sdk_required: ClassVar[tuple[str, ...]] = ()
    _sdk_consts: ClassVar[tuple[tuple[str, Any], ...]] = ()
    # The schema allows no other fields (`additionalProperties: false`: request objects).
    _sdk_closed: ClassVar[bool] = False

    @classmethod
    def _sdk_define(cls, fields: Mapping[str, Field], *, closed: bool = False) -> None:
        cls._sdk_closed = closed
        cls._sdk_fields = dict(fields)
        cls._sdk_nested = tuple(
            (key, field.shape) for key, field in fields.items() if field.shape.holds_objects
        )
        cls._sdk_required = tuple(key for key, field in fields.items() if field.required)
        cls._sdk_consts = tuple(
            (key, field.shape._value)
            for key, field in fields.items()
            if field.required and isinstance(field.shape, Const)
        )

    @classmethod
    def _sdk_matches(cls, data: Mapping[str, Any]) -> bool:
        """True when `data` has this model's required fields and constants."""
        return all(key in data for key in cls._sdk_required) and all(
            data.get(key) == value for key, value in cls._sdk_consts
        )

    @classmethod
    def _sdk_problem(cls, data: Any, where: str) -> str | None:
        """For a request: None when `data` may be sent as this model, else the first thing
        wrong with it (an unknown or missing field, a value of the wrong type), naming
        `where` (`knowledge_base["name"]`). An empty `where` is a whole request body: its
        fields are named alone (`search_type`)."""
        if not isinstance(data, Mapping):
            return f"{where or 'the body'}: must be an object (a dict), got {_type_name(data)}"
        if cls._sdk_closed:
            unknown = [key for key in data if key not in cls._sdk_fields]
            if unknown:
                known = ", ".join(cls._sdk_fields) or "none"
                prefix = f"{where}: " if where else ""
                return f"{prefix}unknown field {str(unknown[0])!r} (the fields: {known})"
        for key, field in cls._sdk_fields.items():
            inner = f'{where}["{key}"]' if where else key
            if key not in data:
                if field.required:
                    return f"{inner}: is required"
                continue
            found = field.shape.problem(data[key], inner)
            if found is not None:
                return found
        return None

    @classmethod
    def _sdk_limit(cls, key: str, name: str) -> Any:
        """One constraint the spec puts on field `key` (`max_items`...), None when none."""
        field = cls._sdk_fields.get(key)
        shape = field.shape if field is not None else None
        return getattr(shape, "_" + name, None) if isinstance(shape, Limits) else None

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model over a copy of `src_dict`, with its nested JSON objects as models."""
        obj = cls(src_dict)
        for key, shape in cls._sdk_nested:
            value = obj.get(key)
            if value is not None:
                converted = shape.convert(value)
                if converted is not value:
                    dict.__setitem__(obj, key, converted)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """A deep copy as plain dicts and lists (the wire JSON)."""
        return _plain(self)  # type: ignore[no-any-return]

    def _sdk_read(self, key: str) -> Any:
        """The typed value of a declared field (the slow path of the generated properties)."""
        field = self._sdk_fields[key]
        value = self.get(key, _MISSING)
        if value is _MISSING or (value is None and not field.required):
            if field.required:
                raise self._sdk_misfit(key)
            return None
        try:
            typed = field.shape.read(value)
        except _Misfit as misfit:
            raise self._sdk_misfit(key, misfit) from None
        if typed is not value and isinstance(typed, dict | list):
            dict.__setitem__(self, key, typed)  # a plain object set later: keep its model
        return typed

    def _sdk_misfit(self, key: str, misfit: _Misfit | None = None) -> ResponseFieldError:
        """The error for reading field `key` typed when its value does not fit (or, with
        `misfit`, when an item inside it does not)."""
        if misfit is not None and misfit.expected is not None:
            return ResponseFieldError(
                model=type(self).__name__,
                field=key + misfit.where,
                expected=misfit.expected,
                got=misfit.got or "a value",
            )
        value = self.get(key, _MISSING)
        field = self._sdk_fields.get(key)
        expected = field.shape.describe() if field is not None else "a value"
        return ResponseFieldError(
            model=type(self).__name__,
            field=key,
            expected=expected,
            got="nothing (the field is missing)" if value is _MISSING else _type_name(value),
        )

    # How the result was obtained -----------------------------------------------------

    @property
    def http_response(self) -> httpx.Response | None:
        """The final `httpx.Response` (status, headers) this result was read from."""
        info: ResponseInfo | None = getattr(self, "_sdk_info", None)
        return info.http_response if info is not None else None

    @property
    def retries_taken(self) -> int:
        """How many times the SDK retried before this answer (0 when not from a call)."""
        info: ResponseInfo | None = getattr(self, "_sdk_info", None)
        return info.retries_taken if info is not None else 0

    @property
    def rate_limit(self) -> RateLimitInfo | None:
        """The answer's rate-limit headers (`X-RateLimit-*`, `Retry-After`), when sent."""
        info: ResponseInfo | None = getattr(self, "_sdk_info", None)
        return info.rate_limit if info is not None else None

    def _sdk_attach(self, info: ResponseInfo) -> None:
        self._sdk_info = info

    # A dict, and only a dict, in copies and pickles -------------------------------------

    def __reduce__(self) -> tuple[Any, ...]:
        # The response info (an open httpx.Response) is not part of the value.
        return (type(self), (dict(self),))

    def __repr__(self) -> str:
        # Secret fields (webhook_secret...) are never shown.
        return f"{type(self).__name__}({redact(self)!r})"


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _with_article(words: str) -> str:
    """`words` after "a" or "an", by how they sound: an Artifact, a Usage, an Update."""
    head = words[:3].lower()
    vowel_sound = head[:1] in ("a", "e", "i", "o") or (
        head[:1] == "u"
        and not (
            head[1:2].isalpha()
            and head[1:2] not in "aeiou"
            and head[2:3] in ("a", "e", "i", "o", "u")
        )
    )
    return ("an " if vowel_sound else "a ") + words


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, APIObject):
        return _with_article(f"{type(value).__name__} object")
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}
    return names.get(type(value), type(value).__name__)


def unwrapped(envelope: APIObject, key: str) -> Any:
    """The object or list an answer wraps (`{"knowledge_base": {...}}`), typed, with the
    answer's `http_response` and `retries_taken`.

    Tolerant, as every answer is: an answer that is the object itself, not wrapped (it has
    none of the wrapper's fields and some of the object's), is returned as that object.
    Otherwise a missing or unusable wrapped value raises `ResponseFieldError`, which
    carries the whole answer (`body`) and its `http_response`, so nothing is lost.
    """
    info: ResponseInfo | None = getattr(envelope, "_sdk_info", None)
    shape = envelope._sdk_fields[key].shape
    if isinstance(shape, ModelOf) and _is_bare(envelope, shape._model):
        value: Any = shape._model.from_dict(envelope)
    else:
        try:
            value = envelope._sdk_read(key)
            if value is None:
                raise envelope._sdk_misfit(key)
        except ResponseFieldError as error:
            error.body = envelope.to_dict()
            error.http_response = info.http_response if info is not None else None
            raise
    if isinstance(value, APIObject) and info is not None:
        value._sdk_attach(info)
    return value


def _is_bare(envelope: APIObject, model: type[APIObject]) -> bool:
    """True when `envelope` holds the wrapped object's own fields instead of the wrapper's."""
    return not any(key in envelope for key in envelope._sdk_fields) and any(
        key in envelope for key in model._sdk_fields
    )
