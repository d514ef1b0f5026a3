"""The runtime's shapes one by one (fetch_hive_runtime._object): what each reads, converts and
refuses, and the exact words of a refusal; then JSON `null` in every optional object and list
field of every generated model, read through the typed attributes."""

from __future__ import annotations

import datetime
import math
import pickle
from typing import Any

import pytest
from fetch_hive_api import models
from fetch_hive_runtime import (
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
    ResponseFieldError,
    Uri,
    unwrapped,
)
from fetch_hive_runtime._object import _Misfit, _type_name, _with_article


class Point(APIObject):
    __slots__ = ()


class Label(APIObject):
    __slots__ = ()


class Holder(APIObject):
    __slots__ = ()


Point._sdk_define({"kind": Field(Const("point"), required=True), "x": Field(INT, required=True)})
Label._sdk_define({"kind": Field(Const("label"), required=True), "text": Field(STR)})
Holder._sdk_define(
    {
        "one": Field(ModelOf(Point)),
        "many": Field(ListOf(ModelOf(Point))),
        "either": Field(OneOf(ModelOf(Point), ModelOf(Label))),
        "name": Field(STR, required=True),
        "when": Field(DATETIME),
        "tags": Field(ListOf(STR)),
    }
)


def misfit_of(shape: Any, value: Any) -> _Misfit:
    with pytest.raises(_Misfit) as caught:
        shape.read(value)
    return caught.value


# Scalars -------------------------------------------------------------------------------


def test_scalars_fit_their_json_types_and_a_boolean_is_no_number() -> None:
    assert [STR.fits("a"), STR.fits(1), STR.fits(None)] == [True, False, False]
    assert [INT.fits(3), INT.fits(True), INT.fits(2.0)] == [True, False, False]
    assert [FLOAT.fits(3), FLOAT.fits(2.5), FLOAT.fits(False)] == [True, True, False]
    assert [BOOL.fits(True), BOOL.fits(1)] == [True, False]
    assert [NULL.fits(None), NULL.fits(0)] == [True, False]
    assert [DICT.fits({}), DICT.fits([])] == [True, False]
    assert [ANY.fits(None), ANY.fits(object())] == [True, True]
    assert [s.describe() for s in (STR, INT, FLOAT, BOOL, NULL, DICT, ANY)] == [
        "str", "int", "float", "bool", "None", "dict", "any JSON value",
    ]  # fmt: skip
    assert STR.read("a") == "a" and INT.read(0) == 0
    assert STR.convert("a") == "a" and NULL.read(None) is None
    misfit_of(NULL, 5)  # nothing to convert: a value that does not fit is refused
    assert misfit_of(INT, "1").expected is None


def test_a_scalar_problem_names_the_place_the_type_and_what_came() -> None:
    assert STR.problem("x", "name") is None
    assert STR.problem(3, "name") == "name: must be str, got int"
    assert INT.problem(True, 'a["b"]') == 'a["b"]: must be int, got a boolean'
    assert FLOAT.problem(None, "t") == "t: must be float, got null"


def test_dates_are_read_as_dates_and_refused_when_not_iso() -> None:
    assert DATETIME.read("2026-01-02T03:04:05+00:00") == datetime.datetime(
        2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC
    )
    assert DATE.read("2026-01-02") == datetime.date(2026, 1, 2)
    assert DATETIME.fits("anything") and not DATETIME.fits(5)
    misfit_of(DATE, "yesterday")
    misfit_of(DATE, 20260102)
    assert DATETIME.describe() == "an ISO 8601 date-time string"
    assert DATE.describe() == "an ISO 8601 date string"


def test_a_uri_is_any_string_when_read_and_checked_by_its_rule_in_a_request() -> None:
    shape = Uri("https")
    assert shape.fits("ftp://x") and not shape.fits(3)
    assert shape.describe() == "a URL string"
    assert shape.problem("https://example.com/a", "url") is None
    assert "url" in (shape.problem("http://example.com/a", "url") or "")


def test_a_choice_reads_open_and_checks_closed() -> None:
    shape = Choice("draft", "live", 3)
    assert shape.fits("anything new") and shape.fits(7)
    assert not shape.fits(True) and not shape.fits(1.5)
    assert shape.describe() == "one of draft, live, 3"
    assert shape.problem("live", "status") is None and shape.problem(3, "n") is None
    assert shape.problem("gone", "status") == "status: must be one of draft, live, 3, got 'gone'"
    assert shape.problem(3.0, "n") == "n: must be one of draft, live, 3, got 3.0"
    assert len(shape.problem("x" * 1000, "status") or "") == 300


def test_a_const_fits_its_value_of_its_type_only() -> None:
    shape = Const("point")
    assert shape.fits("point") and not shape.fits("Point")
    assert Const(1).fits(1) and not Const(1).fits(True) and not Const(1).fits(1.0)
    assert shape.describe() == "'point'"


# Objects, lists, maps, unions ---------------------------------------------------------


def test_model_of_converts_plain_json_and_keeps_models() -> None:
    shape = ModelOf(Point)
    converted = shape.convert({"kind": "point", "x": 1})
    assert type(converted) is Point and converted == {"kind": "point", "x": 1}
    already = Point({"kind": "point", "x": 2})
    assert shape.convert(already) is already
    assert shape.convert("text") == "text"
    assert shape.fits(already) and not shape.fits({"kind": "point", "x": 1})
    assert shape.matches({"kind": "point", "x": 1})
    assert not shape.matches({"kind": "label", "x": 1}) and not shape.matches({"kind": "point"})
    assert not shape.matches(["kind"])
    assert shape.describe() == "a Point object"
    assert ModelOf(Label).describe() == "a Label object"
    assert shape.problem({"kind": "point"}, "p") == 'p["x"]: is required'
    assert shape.read({"kind": "point", "x": 1}) == {"kind": "point", "x": 1}


def test_list_of_reads_converts_and_says_which_item_does_not_fit() -> None:
    shape = ListOf(ModelOf(Point))
    assert shape.holds_objects and not ListOf(STR).holds_objects
    assert shape.describe() == "a list of Point objects"
    assert ListOf(STR).describe() == "a list of str"
    plain = [{"kind": "point", "x": 1}]
    read = shape.read(plain)
    assert type(read[0]) is Point and read is not plain and type(plain[0]) is dict
    assert ListOf(STR).read(["a"]) == ["a"]
    assert ListOf(STR).convert(["a"]) == ["a"] and shape.convert("x") == "x"
    misfit = misfit_of(ListOf(STR), ["a", "b", 3])
    assert (misfit.where, misfit.expected, misfit.got) == ("[2]", "str", "int")
    misfit_of(ListOf(STR), "a")
    assert ListOf(STR).problem(["a", 1], "tags") == "tags[1]: must be str, got int"
    assert ListOf(STR).problem("a", "tags") == "tags: must be a list of str, got a string"
    assert ListOf(STR).problem([], "tags") is None
    assert not ListOf(STR).fits(("a",)) and ListOf(STR).fits([])


def test_a_misfit_deep_inside_names_the_whole_path() -> None:
    shape = ListOf(ListOf(INT))
    misfit = misfit_of(shape, [[1], [2, "three"]])
    assert (misfit.where, misfit.expected, misfit.got) == ("[1][1]", "int", "a string")
    holder = Holder.from_dict({"name": "n", "tags": ["a", None]})
    with pytest.raises(ResponseFieldError) as caught:
        _ = holder._sdk_read("tags")
    message = str(caught.value)
    assert "Holder" in message and "tags[1]" in message and "str" in message and "null" in message


def test_map_of_checks_its_values_and_key_length_in_requests() -> None:
    shape = MapOf(INT, key_min_length=1)
    assert shape.fits({}) and not shape.fits([]) and shape.describe() == "an object"
    assert shape.problem({"a": 1}, "m") is None
    assert shape.problem({"": 1}, "m") == "m: keys must not be empty"
    assert shape.problem({"a": "1"}, "m") == 'm["a"]: must be int, got a string'
    assert shape.problem([1], "m") == "m: must be an object (a dict), got a list"
    assert MapOf(INT).problem({"": 1}, "m") is None


def test_one_of_reads_the_first_member_that_fits() -> None:
    shape = OneOf(INT, STR)
    assert shape.read(3) == 3 and shape.read("a") == "a"
    assert shape.fits("a") and not shape.fits(None) and shape.describe() == "int or str"
    assert not shape.holds_objects
    misfit_of(shape, 2.5)
    assert shape.problem(2.5, "v") == "v: must be int or str, got float"
    assert shape.problem("a", "v") is None


def test_one_of_turns_an_object_into_the_model_it_matches() -> None:
    shape = OneOf(ModelOf(Point), ModelOf(Label))
    assert shape.holds_objects
    label = shape.read({"kind": "label", "text": "hi"})
    point = shape.read({"kind": "point", "x": 1})
    assert (type(label), type(point)) == (Label, Point)
    # No member matches: converting leaves it as it came; reading it typed takes the first
    # member that reads it (tolerant: the answer's own keys stay as they came).
    assert type(shape.convert({"kind": "circle"})) is dict
    assert type(shape.read({"kind": "circle"})) is Point
    # The first member that reads it, even after one that cannot.
    assert type(OneOf(STR, ModelOf(Label)).read({"kind": "circle"})) is Label
    misfit_of(OneOf(ModelOf(Point), INT), "text")
    # A list member converts the list.
    lists = OneOf(STR, ListOf(ModelOf(Point)))
    converted = lists.convert([{"kind": "point", "x": 1}])
    assert type(converted[0]) is Point
    assert lists.convert("text") == "text"
    assert lists.read([{"kind": "point", "x": 2}]) == [{"kind": "point", "x": 2}]
    assert OneOf(STR, INT).convert({"a": 1}) == {"a": 1}


def test_one_of_says_the_problem_of_the_member_of_the_values_kind() -> None:
    shape = OneOf(Limits(STR, min_length=3), ListOf(INT))
    assert shape.problem("ab", "v") == "v: must be at least 3 characters long, got 2"
    assert shape.problem([1, "x"], "v") == "v: must be str or a list of int, got a list"
    assert shape.problem(5, "v") == "v: must be str or a list of int, got int"


def test_one_of_falls_back_to_a_member_that_reads_the_value() -> None:
    # DATE fits any string when asked, but reading a non-date fails: the next member reads it.
    shape = OneOf(Limits(DATE), STR)
    assert shape.read("2026-01-02") == datetime.date(2026, 1, 2)


# Limits --------------------------------------------------------------------------------


def test_text_limits() -> None:
    shape = Limits(STR, min_length=2, max_length=4, pattern=r"^[a-z]+$")
    assert shape.problem("abc", "n") is None
    assert shape.problem("", "n") == "n: must not be empty"
    assert shape.problem("   ", "n") == "n: must not be empty"
    assert shape.problem("a", "n") == "n: must be at least 2 characters long, got 1"
    assert shape.problem("abcde", "n") == "n: must be at most 4 characters long, got 5"
    assert shape.problem("ab1", "n") == "n: must match the pattern '^[a-z]+$', got 'ab1'"
    assert shape.problem(3, "n") == "n: must be str, got int"
    long = Limits(STR, pattern="^x$").problem("y" * 80, "n") or ""
    assert long.endswith("got '" + "y" * 57 + "...'")
    sixty = Limits(STR, pattern="^x$").problem("y" * 60, "n") or ""
    assert sixty.endswith("got '" + "y" * 60 + "'")  # up to 60 characters: shown whole
    assert (Limits(STR, pattern="^x$").problem("y" * 61, "n") or "").endswith("...'")
    assert Limits(STR, max_length=2).problem("", "n") is None  # no minimum: empty is fine
    assert Limits(STR, min_length=1).problem("a", "n") is None
    assert Limits(STR, min_length=1).problem(None, "n") == "n: must be str, got null"
    assert Limits(OneOf(STR, NULL), min_length=1).problem(None, "n") is None


def test_number_limits() -> None:
    both = Limits(FLOAT, minimum=0, maximum=2)
    assert both.problem(0, "t") is None and both.problem(2, "t") is None
    assert both.problem(-0.5, "t") == "t: must be between 0 and 2, got -0.5"
    assert both.problem(2.5, "t") == "t: must be between 0 and 2, got 2.5"
    assert both.problem(math.nan, "t") == "t: must be between 0 and 2, got nan"
    assert both.problem(math.inf, "t") == "t: must be between 0 and 2, got inf"
    assert Limits(INT, minimum=1).problem(0, "n") == "n: must be at least 1, got 0"
    assert Limits(INT, maximum=9).problem(10, "n") == "n: must be at most 9, got 10"
    assert Limits(INT, minimum=1).problem(1, "n") is None
    exclusive = Limits(FLOAT, exclusive_minimum=0, exclusive_maximum=1)
    assert exclusive.problem(0.5, "p") is None
    assert exclusive.problem(0, "p") == "p: must be greater than 0, got 0"
    assert exclusive.problem(1, "p") == "p: must be less than 1, got 1"
    assert Limits(FLOAT).problem(math.nan, "p") is None  # no range: nothing to be outside of
    assert Limits(BOOL, minimum=1).problem(False, "b") is None  # a boolean is no number


def test_item_counts_with_only_one_bound() -> None:
    at_least = Limits(ListOf(STR), min_items=1)
    assert at_least.problem([], "ids") == "ids: must hold at least 1 items, got 0"
    assert at_least.problem(["a"], "ids") is None
    assert at_least.problem(["a"] * 500, "ids") is None
    at_most = Limits(ListOf(STR), max_items=2)
    assert at_most.problem([], "ids") is None
    assert at_most.problem(["a", "b"], "ids") is None
    assert at_most.problem(["a", "b", "c"], "ids") == "ids: must hold at most 2 items, got 3"
    assert at_least.problem(["a", 1], "ids") == "ids[1]: must be str, got int"


def test_limits_read_and_convert_as_their_shape() -> None:
    shape = Limits(ListOf(ModelOf(Point)), min_items=1)
    assert shape.holds_objects and shape.describe() == "a list of Point objects"
    assert type(shape.read([{"kind": "point", "x": 1}])[0]) is Point
    assert type(shape.convert([{"kind": "point", "x": 1}])[0]) is Point
    assert shape.fits([]) and not shape.fits({})


# Models --------------------------------------------------------------------------------


def test_from_dict_converts_nested_objects_and_leaves_misfits_as_they_came() -> None:
    holder = Holder.from_dict(
        {"name": "n", "one": {"kind": "point", "x": 1}, "many": [{"kind": "point", "x": 2}],
         "either": {"kind": "label"}, "tags": "not a list"}
    )  # fmt: skip
    assert type(holder["one"]) is Point and type(holder["many"][0]) is Point
    assert type(holder["either"]) is Label
    assert holder["tags"] == "not a list"
    assert holder.to_dict() == {
        "name": "n", "one": {"kind": "point", "x": 1}, "many": [{"kind": "point", "x": 2}],
        "either": {"kind": "label"}, "tags": "not a list",
    }  # fmt: skip
    assert type(holder.to_dict()["one"]) is dict


def test_reading_fields_typed() -> None:
    holder = Holder.from_dict({"name": "n", "when": "2026-01-02T00:00:00+00:00"})
    assert holder._sdk_read("name") == "n"
    assert holder._sdk_read("one") is None and holder._sdk_read("many") is None
    assert holder._sdk_read("when").year == 2026
    with pytest.raises(ResponseFieldError) as missing:
        Holder({})._sdk_read("name")
    assert "nothing (the field is missing)" in str(missing.value)
    with pytest.raises(ResponseFieldError) as null:
        Holder({"name": None})._sdk_read("name")
    assert "null" in str(null.value) and "str" in str(null.value)
    assert str(Holder({})._sdk_misfit("extra")) == (
        "Holder.extra: expected a value, got nothing (the field is missing)"
    )
    assert str(Holder({"name": 3})._sdk_misfit("name")) == "Holder.name: expected str, got int"
    # A plain object set after reading becomes its model when read, and stays one.
    holder["one"] = {"kind": "point", "x": 5}
    assert type(holder._sdk_read("one")) is Point and type(holder["one"]) is Point


def test_requests_refuse_unknown_and_missing_fields_of_closed_models() -> None:
    class Closed(APIObject):
        __slots__ = ()

    Closed._sdk_define({"a": Field(INT, required=True), "b": Field(STR)}, closed=True)
    assert Closed._sdk_problem({"a": 1}, "") is None
    assert Closed._sdk_problem({"a": 1, "c": 2}, "") == "unknown field 'c' (the fields: a, b)"
    assert Closed._sdk_problem({"a": 1, "c": 2}, "x") == "x: unknown field 'c' (the fields: a, b)"
    assert Closed._sdk_problem({}, "") == "a: is required"
    assert Closed._sdk_problem({"a": "1"}, "") == "a: must be int, got a string"
    assert Closed._sdk_problem([], "") == "the body: must be an object (a dict), got a list"
    assert Closed._sdk_problem([], "x") == "x: must be an object (a dict), got a list"
    assert Holder._sdk_problem({"name": "n", "zzz": 1}, "") is None  # an open model
    assert APIObject._sdk_problem({"zzz": 1}, "") is None  # a model is open unless closed

    class Empty(APIObject):
        __slots__ = ()

    Empty._sdk_define({}, closed=True)
    assert Empty._sdk_problem({"x": 1}, "") == "unknown field 'x' (the fields: none)"


def test_the_matching_of_union_members_needs_every_required_field_and_constant() -> None:
    assert Point._sdk_matches({"kind": "point", "x": 0})
    assert not Point._sdk_matches({"kind": "point"})
    assert not Point._sdk_matches({"kind": "other", "x": 0})
    assert Label._sdk_matches({"kind": "label"})
    assert Label._sdk_required == ("kind",) and Label._sdk_consts == (("kind", "label"),)


def test_limit_lookup() -> None:
    class Limited(APIObject):
        __slots__ = ()

    Limited._sdk_define({"ids": Field(Limits(ListOf(STR), max_items=100)), "n": Field(INT)})
    assert Limited._sdk_limit("ids", "max_items") == 100
    assert Limited._sdk_limit("ids", "min_items") is None
    assert Limited._sdk_limit("n", "max_items") is None
    assert Limited._sdk_limit("nothing", "max_items") is None


def test_a_model_pickles_and_copies_as_a_dict_without_its_response() -> None:
    point = Point.from_dict({"kind": "point", "x": 1})
    point._sdk_attach(object())  # type: ignore[arg-type]
    copied = pickle.loads(pickle.dumps(point))
    assert type(copied) is Point and copied == point
    assert copied.http_response is None and copied.retries_taken == 0
    assert copied.rate_limit is None


def test_repr_hides_secrets() -> None:
    point = Point({"kind": "point", "webhook_secret": "whsec_abc"})
    assert "whsec_abc" not in repr(point) and repr(point).startswith("Point(")


def test_type_names_and_articles() -> None:
    names = [_type_name(v) for v in (None, {}, [], "s", True, 1, 2.5, Point({}))]
    assert names == [
        "null", "an object", "a list", "a string", "a boolean", "int", "float", "a Point object",
    ]  # fmt: skip
    words = ["Artifact", "Usage", "Update", "User", "Event", "Item", "Object", "Tool", "Unit"]
    assert [_with_article(w) for w in words] == [
        "an Artifact", "a Usage", "an Update", "a User", "an Event", "an Item", "an Object",
        "a Tool", "a Unit",
    ]  # fmt: skip
    assert _with_article("U") == "an U" and _with_article("") == "a "
    # U, a consonant, then a vowel sounds "you": Utopia, Uvula; any other U is a vowel.
    assert [_with_article(w) for w in ("Utopia", "Uvula", "Uaa", "Udder")] == [
        "a Utopia", "a Uvula", "an Uaa", "an Udder",
    ]  # fmt: skip


def test_an_answer_that_is_the_wrapped_object_itself_is_read_as_it() -> None:
    class Envelope(APIObject):
        __slots__ = ()

    Envelope._sdk_define({"point": Field(ModelOf(Point)), "count": Field(INT)})
    bare = Envelope({"kind": "point", "x": 1})
    assert type(unwrapped(bare, "point")) is Point
    wrapped = Envelope({"point": {"kind": "point", "x": 2}, "count": 1})
    assert unwrapped(Envelope.from_dict(wrapped), "point") == {"kind": "point", "x": 2}
    with pytest.raises(ResponseFieldError) as caught:
        unwrapped(Envelope({"count": 1}), "point")
    assert caught.value.body == {"count": 1}
    with pytest.raises(ResponseFieldError):
        unwrapped(Envelope({}), "point")


# JSON null in every optional object and list field, read through the typed attributes ---


def _optional_containers() -> list[tuple[type[APIObject], str]]:
    found = []
    for name in sorted(dir(models)):
        model = getattr(models, name)
        if not (isinstance(model, type) and issubclass(model, APIObject)):
            continue
        for key, field in model._sdk_fields.items():
            shape = field.shape._shape if isinstance(field.shape, Limits) else field.shape
            if not field.required and isinstance(shape, ModelOf | ListOf | MapOf | OneOf):
                found.append((model, key))
    return found


OPTIONAL_CONTAINERS = _optional_containers()


def test_there_are_optional_object_and_list_fields_to_check() -> None:
    keys = {(model.__name__, key) for model, key in OPTIONAL_CONTAINERS}
    assert {("AgentResponse", "usage"), ("AgentResponse", "tool_calls")} <= keys
    assert ("AgentResponse", "artifacts") in keys and len(keys) > 40


@pytest.mark.parametrize(
    ("model", "key"), OPTIONAL_CONTAINERS, ids=[f"{m.__name__}.{k}" for m, k in OPTIONAL_CONTAINERS]
)
def test_null_in_an_optional_object_or_list_field_reads_as_none(
    model: type[APIObject], key: str
) -> None:
    obj = model.from_dict({key: None})
    attribute = key if isinstance(getattr(model, key, None), property) else key + "_"
    assert isinstance(getattr(model, attribute), property), (model, key)
    assert getattr(obj, attribute) is None
    assert obj[key] is None and obj.to_dict() == {key: None}
