"""The request rules JSON Schema cannot say (fetch_hive_sdk._rules, and the invoke methods'
own arguments in fetch_hive_sdk._invoke_arguments) as plain functions: what each accepts,
what it sends, and the exact words of each refusal. Through the clients:
test_validation.py, test_hardening_inputs.py and test_hardening_secrets.py."""

from __future__ import annotations

import math
import uuid
from collections import OrderedDict
from typing import Any

import httpx
import pytest
from fetch_hive_sdk import InputValidationError
from fetch_hive_sdk import _invoke_arguments as arguments
from fetch_hive_sdk import _rules as rules


def refusal(function: Any, *args: Any, **kwargs: Any) -> InputValidationError:
    with pytest.raises(InputValidationError) as caught:
        function(*args, **kwargs)
    return caught.value


class BrokenRepr:
    def __repr__(self) -> str:
        raise RuntimeError("no repr")


def test_short_repr_is_bounded_and_never_fails() -> None:
    assert rules._short_repr("x" * 38) == repr("x" * 38)  # 40 characters: kept whole
    assert rules._short_repr("x" * 39) == "'" + "x" * 36 + "..."
    assert rules._short_repr(BrokenRepr()) == "<BrokenRepr>"
    assert rules._short_repr(12345, limit=4) == "1..."


def test_paths_of_items() -> None:
    assert rules._child("inputs", "a b") == 'inputs["a b"]'
    assert rules._child(lambda: "inputs", 3) == "inputs[3]"
    assert rules._later_child("x", "k")() == 'x["k"]'
    assert rules._key_of("metadata", "ké")() == 'metadata key "k\\u00e9"'


def test_text() -> None:
    assert rules.required_text(" a ", "name") == " a "
    assert refusal(rules.required_text, 3, "name").message == "name: must be a string, got int"
    assert refusal(rules.required_text, " \t", "name").message == "name: must not be empty"
    assert rules.optional_text(None, "v") is None and rules.optional_text("", "v") is None
    assert rules.optional_text("v1", "v") == "v1"
    error = refusal(rules.optional_text, 2, "variant")
    assert (error.message, error.argument) == (
        "variant: must be a string or None, got int",
        "variant",
    )
    error = refusal(rules.required_text, "a\udc80b", "name")
    assert error.message == (
        "name: contains a lone surrogate U+DC80 at index 1: not valid Unicode, so it cannot be sent"
    )


def test_json_values_are_copied_plain() -> None:
    source = OrderedDict([("a", (1, 2.5, True, None)), ("b", {"c": ["d"]})])
    copied = rules.json_value(source, "inputs")
    assert copied == {"a": [1, 2.5, True, None], "b": {"c": ["d"]}}
    assert type(copied) is dict and type(copied["a"]) is list
    assert copied["b"] is not source["b"] and copied["b"]["c"] is not source["b"]["c"]
    big = 2**53 - 1
    assert rules.json_value(big, "n") == big and rules.json_value(-big, "n") == -big
    assert type(rules.json_value(True, "n")) is bool


FLAT_PLAIN = {"s": "text", "n": 2**53 - 1, "m": -(2**53 - 1), "f": 2.5, "t": True, "z": None}


def test_a_flat_dict_of_plain_values_is_copied_without_the_walk() -> None:
    # The fast path takes every such dict (so it is taken), and gives what the walk gives.
    for key, value in FLAT_PLAIN.items():
        copy = rules._flat_copy({key: value})
        assert copy == {key: value} and copy == rules._json({key: value}, "n", 0, set())
    copy = rules._flat_copy(FLAT_PLAIN)
    assert copy == FLAT_PLAIN and copy is not FLAT_PLAIN and list(copy) == list(FLAT_PLAIN)
    assert rules._flat_copy({}) == {}


@pytest.mark.parametrize(
    "value",
    [
        {1: "a"}, {"k\u00e9": 1}, {"k": "\u00e9"}, {"k": "a\udc80"}, {"k": 2**53}, {"k": -(2**53)},
        {"k": math.nan}, {"k": math.inf}, {"k": [1]}, {"k": {"a": 1}}, {"k": (1,)}, {"k": b"x"},
        {"k": object()},
    ],
)  # fmt: skip
def test_anything_else_goes_to_the_walk_which_decides(value: dict[Any, Any]) -> None:
    assert rules._flat_copy(value) is None
    try:
        expected: Any = rules._json(value, "n", 0, set())
    except InputValidationError as error:
        assert refusal(rules.json_value, value, "n").message == error.message
    else:
        assert rules.json_value(value, "n") == expected


JSON_REFUSALS = [
    (2**53, "n: an integer of 54 bits is outside +-(2**53-1), the range JSON readers hold exactly; send it as a string"),
    (-(2**53), "n: an integer of 54 bits is outside +-(2**53-1), the range JSON readers hold exactly; send it as a string"),
    (math.nan, "n: must be a finite number, got nan: JSON has no NaN or Infinity (NaN often marks a missing value in pandas or numpy data; send None)"),
    (-math.inf, "n: must be a finite number, got -inf: JSON has no NaN or Infinity (NaN often marks a missing value in pandas or numpy data; send None)"),
    ({1, 2}, "n: a set is not a JSON value: pass a list (e.g. sorted(...))"),
    (b"x", "n: bytes is not a JSON value: decode it to str (or base64 for binary data)"),
    (object(), "n: object is not a JSON value (str, int, float, bool, None, list or dict); convert it first (e.g. int(), float(), str() or .item() for numpy scalars)"),
    ({1: "a"}, "n: keys must be strings, got int key 1"),
    ({"k": [1, {"x": math.inf}]}, 'n["k"][1]["x"]: must be a finite number, got inf: JSON has no NaN or Infinity (NaN often marks a missing value in pandas or numpy data; send None)'),
    ({"k\udc80": 1}, 'n key "k\\udc80": contains a lone surrogate U+DC80 at index 1: not valid Unicode, so it cannot be sent'),
]  # fmt: skip


@pytest.mark.parametrize(("value", "message"), JSON_REFUSALS)
def test_json_refusals_name_the_path(value: Any, message: str) -> None:
    error = refusal(rules.json_value, value, "n")
    assert error.message == message


def test_json_cycles_and_depth() -> None:
    loop: list[Any] = []
    loop.append(loop)
    assert refusal(rules.json_value, loop, "x").message == (
        "x[0]: contains itself (a cycle): JSON cannot carry it"
    )
    shared = [1]
    assert rules.json_value([shared, shared], "x") == [[1], [1]]  # the same list twice: no cycle
    deep: Any = "leaf"
    for _ in range(rules.MAX_JSON_DEPTH):
        deep = [deep]
    assert rules.json_value(deep, "x") is not None
    error = refusal(rules.json_value, [deep], "x")
    assert error.message.endswith(f"is nested more than {rules.MAX_JSON_DEPTH} levels deep")


def test_inputs_and_metadata() -> None:
    assert arguments.inputs(None) is None and arguments.inputs({"a": [1]}) == {"a": [1]}
    assert refusal(arguments.inputs, ["a"]).message == (
        "inputs: must be a mapping of variable names to values, got list"
    )
    assert arguments.metadata(None) is None
    assert arguments.metadata({"a": 1, "b": None, "c": "x", "d": 2.5, "e": True}) == {
        "a": 1, "b": None, "c": "x", "d": 2.5, "e": True,
    }  # fmt: skip
    assert refusal(arguments.metadata, [1]).message == "metadata: must be a flat mapping, got list"
    assert (
        refusal(arguments.metadata, {2: 1}).message
        == "metadata: keys must be strings, got int key 2"
    )
    assert refusal(arguments.metadata, {" ": 1}).message == "metadata: keys must not be empty"
    assert refusal(arguments.metadata, {"a": [1]}).message == (
        'metadata["a"]: values must be strings, numbers, booleans or None, got list'
        " (metadata is flat: no nested objects or lists)"
    )
    assert refusal(arguments.metadata, {"a": math.nan}).message.startswith(
        'metadata["a"]: must be a finite number'
    )


def test_callback() -> None:
    url = "https://example.com/cb"
    assert arguments.callback(False, url) is None  # as 0.4.1: the URL alone sends nothing
    assert arguments.callback(True, f" {url} ") == url
    assert (
        refusal(arguments.callback, 1, url).message == "async_mode: must be True or False, got int"
    )
    assert refusal(arguments.callback, True, None).message == (
        "callback_url: is required when async_mode is True"
    )
    assert refusal(arguments.callback, True, "").message == (
        "callback_url: is required when async_mode is True"
    )
    named = refusal(arguments.callback, True, None, mode_argument="m", url_argument="u")
    assert named.message == "u: is required when m is True"
    assert refusal(arguments.callback, "yes", None, mode_argument="m").message.startswith("m: ")


def test_async_options() -> None:
    url = "https://example.com/cb"
    assert arguments.async_options(None) is None
    assert arguments.async_options({"enabled": True, "callback_url": url}) == {
        "enabled": True, "callback_url": url,
    }  # fmt: skip
    assert arguments.async_options({"allow_background": False}) == {"allow_background": False}
    assert arguments.async_options({"enabled": False}) == {"enabled": False}
    assert arguments.async_options({"enabled": False, "callback_url": None}) == {"enabled": False}
    assert (
        refusal(arguments.async_options, [url]).message
        == "async_options: must be a mapping, got list"
    )
    assert refusal(arguments.async_options, {"url": url, "zz": 1}).message == (
        "async_options: unknown key 'url' (expected enabled, callback_url, allow_background)"
    )
    assert refusal(arguments.async_options, {"enabled": 1}).message == (
        'async_options["enabled"]: must be True or False, got int'
    )
    assert refusal(arguments.async_options, {"enabled": True}).message == (
        'async_options["callback_url"]: is required when enabled is True'
    )
    assert refusal(arguments.async_options, {"enabled": True, "callback_url": ""}).message == (
        'async_options["callback_url"]: is required when enabled is True'
    )
    assert refusal(arguments.async_options, {}).message == (
        "async_options: is empty: give callback_url (and allow_background)"
    )


def test_urls() -> None:
    assert rules.url(" https://example.com/a ", "u") == "https://example.com/a"
    assert rules.url("http://example.com/a", "u") == "http://example.com/a"  # any scheme rule
    assert refusal(rules.url, 5, "u").message == "u: must be a URL string, got int"
    assert refusal(rules.url, "ftp://example.com", "u").argument == "u"
    assert rules.https_url("http://127.0.0.1:8000/cb", "cb") == "http://127.0.0.1:8000/cb"
    assert refusal(rules.https_url, "http://example.com/cb", "cb").argument == "cb"
    assert refusal(arguments.attachments, ["http://127.0.0.1/a.pdf"], "a").argument == "a[0]"
    assert rules.base_url("https://api.example/v1//", "base_url") == "https://api.example/v1"
    assert rules.base_url("https://api.example/vX/", "base_url") == "https://api.example/vX"
    assert refusal(rules.base_url, 3).message == "base_url: must be a URL string, got int"


def test_lists_of_attachments_and_images() -> None:
    url = "https://files.example/a.pdf"
    assert arguments.attachments(None, "a") is None and arguments.image_urls(None, "i") is None
    assert arguments.attachments((url, {"file_url": url, "file_name": "a"}), "a") == [
        url, {"file_url": url, "file_name": "a"},
    ]  # fmt: skip
    assert refusal(arguments.attachments, url, "attachments").message == (
        "attachments: must be a list, got str"
    )
    assert (
        refusal(arguments.attachments, {"file_url": url}, "a").message
        == "a: must be a list, got dict"
    )
    assert refusal(arguments.attachments, [{"name": "x"}], "a").message == (
        'a[0]: an attachment object needs a "file_url"'
    )
    assert refusal(arguments.attachments, [3], "a").message == (
        "a[0]: must be a URL string or a mapping, got int"
    )
    assert refusal(arguments.attachments, [{"file_url": 3}], "a").argument == 'a[0]["file_url"]'
    assert arguments.image_urls([f" {url}"], "i") == [url]
    assert refusal(arguments.image_urls, [url, 2], "i").argument == "i[1]"


def test_the_attachment_count_adds_both_lists() -> None:
    five = ["https://f.example/x"] * 5
    arguments.attachment_count(five[:3], five[:2], "m")
    arguments.attachment_count(None, None, "m")
    assert refusal(arguments.attachment_count, five[:3], five[:3], "m").message == (
        "m: at most 5 attachments per message (attachments and image_urls together), got 6"
    )
    assert refusal(arguments.attachment_count, five + five[:1], None, "m").message.endswith("got 6")


def test_messages() -> None:
    assert arguments.messages(None) is None
    assert arguments.messages([{"role": "user", "content": ""}]) == [
        {"role": "user", "content": ""}
    ]
    assert refusal(arguments.messages, ["hi"]).message == (
        "messages[0]: must be a mapping with 'role' and 'content', got str"
    )
    assert refusal(arguments.messages, [{"role": "user"}]).message == (
        'messages[0]["content"]: must be a string, got NoneType'
    )
    assert refusal(arguments.messages, "hi").message == "messages: must be a list, got str"
    bad_file = {"role": "user", "content": "x", "attachments": [3]}
    assert refusal(arguments.messages, [bad_file]).argument == 'messages[0]["attachments"][0]'
    bad_image = {"role": "user", "content": "x", "image_urls": ["http://f.example/a.png"]}
    assert refusal(arguments.messages, [bad_image]).argument == 'messages[0]["image_urls"][0]'
    many = {"role": "user", "content": "x", "attachments": ["https://f.example/a"] * 6}
    assert refusal(arguments.messages, [many]).message.startswith("messages[0]: at most 5")


def test_artifact_refs() -> None:
    a, b = str(uuid.uuid4()), uuid.uuid4()
    assert arguments.artifact_refs(None, None) == (None, None)
    assert arguments.artifact_refs([a, b], [b]) == ([a, str(b)], [str(b)])
    assert arguments.artifact_refs([], []) == (None, None)
    assert refusal(arguments.artifact_refs, [a], [str(b)]).message == (
        f"artifact_refs: every id must also be in known_artifact_refs; missing {b}"
    )
    assert refusal(arguments.artifact_refs, None, [a]).argument == "artifact_refs"
    assert refusal(arguments.artifact_refs, [a, "nope"], None).message == (
        "known_artifact_refs[1]: must be a UUID, got 'nope'"
    )
    assert refusal(arguments.artifact_refs, [a], ["nope"]).message == (
        "artifact_refs[0]: must be a UUID, got 'nope'"
    )
    assert (
        refusal(arguments.artifact_refs, None, "x").message
        == "artifact_refs: must be a list, got str"
    )


def test_request_options() -> None:
    rules.request_options(None, None, None)
    rules.request_options(httpx.Timeout(3.0), 0, {"X-A": "b"})
    rules.request_options(0.5, 3, {})
    cases = [
        ((True, None, None), "timeout: must be seconds, an httpx.Timeout or None, got bool"),
        (("5", None, None), "timeout: must be seconds, an httpx.Timeout or None, got str"),
        ((0, None, None), "timeout: must be a positive number of seconds, got 0"),
        ((-1.5, None, None), "timeout: must be a positive number of seconds, got -1.5"),
        ((math.inf, None, None), "timeout: must be a positive number of seconds, got inf"),
        ((None, -1, None), "max_retries: must be an integer >= 0, got -1"),
        ((None, True, None), "max_retries: must be an integer >= 0, got True"),
        ((None, 1.0, None), "max_retries: must be an integer >= 0, got 1.0"),
        ((None, None, [("a", "b")]), "extra_headers: must be a mapping, got list"),
    ]
    for args, message in cases:
        assert refusal(rules.request_options, *args).message == message
    named = refusal(rules.request_options, None, None, "x", headers_argument="default_headers")
    assert named.message == "default_headers: must be a mapping, got str"


def test_header_fields_never_show_the_value() -> None:
    rules.header_field("X-Trace", "a b\tc", "h")
    assert (
        refusal(rules.header_field, 1, "v", "h").message
        == "h: header names must be strings, got int"
    )
    assert refusal(rules.header_field, "X Y", "v", "h").message == (
        "h: 'X Y' is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only; "
        "no spaces, colons or control characters)"
    )
    assert refusal(rules.header_field, "X", 5, "h").message == (
        'h["X"]: header values must be strings, got int'
    )
    problems = {
        "sec\r\nret": "contains a line break at position 3",
        "sec\x01ret": "contains a control character U+0001 at position 3",
        "séc": "contains a non-ASCII character U+00E9 at position 1",
        " secret": "starts or ends with whitespace",
        "secret\t": "starts or ends with whitespace",
        "X-\x01": "contains a control character U+0001 at position 2",
        "~\x01": "contains a control character U+0001 at position 1",
        "a~b\x7f": "contains a control character U+007F at position 3",
    }
    for value, problem in problems.items():
        message = refusal(rules.header_field, "X", value, "h").message
        assert message == f'h["X"]: the value {problem} (value not shown)'
        assert value.strip() not in message


def test_query_values() -> None:
    assert rules.query_values(None, "q") is None
    assert rules.query_values({"a": "x y~"}, "q") == {"a": "x y~"}  # a space is no control
    assert rules.query_values({"a": "x", "b": 2, "c": True, "d": [1.5, False], "e": ("y",)}, "q") == {
        "a": "x", "b": "2", "c": "true", "d": ["1.5", "false"], "e": ["y"],
    }  # fmt: skip
    assert refusal(rules.query_values, ["a"], "q").message == "q: must be a mapping, got list"
    assert refusal(rules.query_values, {"": 1}, "q").message == (
        "q: names must be non-empty strings, got ''"
    )
    assert refusal(rules.query_values, {"a": None}, "q").message == (
        'q["a"]: must be text, a number or a boolean (or a list of them), got None'
    )
    assert refusal(rules.query_values, {"a": [math.nan]}, "q").argument == 'q["a"]'
    assert refusal(rules.query_values, {"a": "x\ny"}, "q").message == (
        'q["a"]: contains a control character'
    )
    assert refusal(rules.query_values, {"a": "x\x7f"}, "q").argument == 'q["a"]'


def test_keys_and_secrets_are_checked_without_being_shown() -> None:
    assert rules.api_key(None) is None and rules.api_key("  ") is None
    assert rules.api_key(" fhk_abc\n") == "fhk_abc"
    assert refusal(rules.api_key, 5).message == "api_key: must be a string, got int"
    error = refusal(rules.api_key, "fhk ab")
    assert error.message == "api_key: contains whitespace at position 3 (value not shown)"
    assert refusal(rules.api_key, "fhk\u200bab", "key").message == (
        "key: contains a non-ASCII character U+200B at position 3 (pasted with it?); only "
        "printable ASCII is allowed (value not shown)"
    )
    assert rules.webhook_secret(" whsec a ") == "whsec a"  # spaces inside are allowed
    assert (
        refusal(rules.webhook_secret, None).message
        == "webhook_secret: must be a string, got NoneType"
    )
    assert refusal(rules.webhook_secret, "  ").message == "webhook_secret: must not be empty"
    assert refusal(rules.webhook_secret, "a\nb", "s").message == (
        "s: contains a line break at position 1 (value not shown)"
    )
    assert rules.secret_problem("a\x7fb") == (
        "contains a control character U+007F at position 1 (pasted with it?); only printable "
        "ASCII is allowed"
    )
    assert rules.secret_problem("X~\x01").startswith(
        "contains a control character U+0001 at position 2"
    )
    assert rules.secret_problem("~ X") is None
    assert rules.secret_problem("a b") is None
    assert rules.secret_problem("a b", allow_spaces=False) == "contains whitespace at position 1"


def test_path_segments_and_uuids() -> None:
    assert rules.path_segment("req_1", "id") == "req_1"
    assert refusal(rules.path_segment, "..", "id").message == (
        "id: '..' is not an id (it would change the URL's path)"
    )
    assert refusal(rules.path_segment, " . ", "id").argument == "id"
    assert refusal(rules.path_segment, "a\x00b", "id").message == (
        "id: contains the control character U+0000 at position 1: no id holds one"
    )
    assert refusal(rules.path_segment, "a\x7f", "id").message.startswith(
        "id: contains the control character U+007F at position 1"
    )
    assert rules.path_segment("x" * rules.MAX_PATH_SEGMENT, "id") == "x" * 1024
    assert refusal(rules.path_segment, "x" * 1025, "id").message == (
        "id: is 1025 characters long: an id is at most 1024"
    )
    value = uuid.uuid4()
    assert rules.uuid_id(value, "kb") == str(value)
    assert rules.uuid_id(f" {str(value).upper()} ", "kb") == str(value)
    assert (
        refusal(rules.uuid_id, "not-a-uuid", "kb").message == "kb: must be a UUID, got 'not-a-uuid'"
    )
