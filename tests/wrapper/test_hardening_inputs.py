"""Issue 11 items 8 and 12: values JSON cannot carry, and malformed URLs, are refused
before anything is sent, with `InputValidationError` naming the argument and the path of
the offending value. Sync and async clients alike (the `kind` fixture).
"""

from __future__ import annotations

import datetime
import decimal
import enum
import os
import types
from typing import Any

import pytest
from _wrapper_support import Recorder, invoke, make_client, reply
from fetch_hive_reference.spec import ApiSpec
from fetch_hive_sdk import InputValidationError, _rules
from hypothesis import given
from hypothesis import strategies as st

pytestmark = pytest.mark.anyio

NAN = float("nan")
INF = float("inf")


class Score(float):
    """A float subclass, like numpy.float64 (numpy itself may not be installed)."""


class Level(enum.IntEnum):
    HIGH = 3


def nested_list(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth - 1):
        value = [value]
    return value


def cyclic_dict() -> dict[str, Any]:
    value: dict[str, Any] = {"name": "a"}
    value["self"] = value
    return value


def cyclic_list() -> list[Any]:
    value: list[Any] = [1]
    value.append(value)
    return value


P = {"deployment": "p"}
WF = {"deployment": "wf"}
AG = {"agent": "agent-1", "message": "hi"}
CB = "https://example.com/cb"
TRIGGER = {"webhook_secret": "whsec_x", "callback_url": CB}

# (id, method, positional arguments, keyword arguments, words the message must contain)
JSON_CASES: list[tuple[str, str, tuple[Any, ...], dict[str, Any], tuple[str, ...]]] = [
    ("nan", "invoke_prompt", (), {**P, "inputs": {"score": NAN}}, ('inputs["score"]', "finite", "nan")),
    ("float-subclass-nan", "invoke_prompt", (), {**P, "inputs": {"score": Score("nan")}}, ('inputs["score"]', "finite")),
    ("inf", "invoke_workflow", (), {**WF, "inputs": {"x": INF}}, ('inputs["x"]', "finite", "inf")),
    ("-inf", "invoke_workflow", (), {**WF, "inputs": {"x": -INF}}, ('inputs["x"]', "finite")),
    ("nan-in-list", "invoke_prompt", (), {**P, "inputs": {"scores": [1.0, 2.0, 0.5, NAN]}}, ('inputs["scores"][3]', "finite")),
    ("nan-deep", "invoke_workflow", (), {**WF, "inputs": {"rows": [{"a": {"b": [Score("inf")]}}]}}, ('inputs["rows"][0]["a"]["b"][0]', "finite")),
    ("set", "invoke_prompt", (), {**P, "inputs": {"tags": {"a", "b"}}}, ('inputs["tags"]', "set", "list")),
    ("frozenset", "invoke_prompt", (), {**P, "inputs": {"tags": frozenset()}}, ('inputs["tags"]', "frozenset")),
    ("bytes", "invoke_prompt", (), {**P, "inputs": {"blob": b"\x00\x01"}}, ('inputs["blob"]', "bytes", "decode")),
    ("bytearray", "invoke_workflow", (), {**WF, "inputs": {"blob": bytearray(b"x")}}, ('inputs["blob"]', "bytearray")),
    ("lone-surrogate", "invoke_prompt", (), {**P, "inputs": {"name": "Al\ud800ice"}}, ('inputs["name"]', "surrogate", "U+D800", "index 2")),
    ("surrogateescape", "invoke_prompt", (), {**P, "inputs": {"path": os.fsdecode(b"caf\xe9")}}, ('inputs["path"]', "surrogate", "U+DCE9")),
    ("surrogate-key", "invoke_workflow", (), {**WF, "inputs": {"a": {"k\udcff": 1}}}, ('inputs["a"] key', "surrogate")),
    ("surrogate-top-key", "invoke_prompt", (), {**P, "inputs": {"\ud83d": 1}}, ("inputs key", "surrogate")),
    ("int-2**53", "invoke_prompt", (), {**P, "inputs": {"id": 2**53}}, ('inputs["id"]', "2**53-1", "string")),
    ("int-minus-2**53", "invoke_prompt", (), {**P, "inputs": {"id": -(2**53)}}, ('inputs["id"]', "2**53-1")),
    ("int-2**64", "invoke_workflow", (), {**WF, "inputs": {"ids": [1, 2**64]}}, ('inputs["ids"][1]', "65 bits")),
    ("int-5000-digits", "invoke_workflow", (), {**WF, "inputs": {"n": 10**5000}}, ('inputs["n"]', "bits")),
    ("int-key-nested", "invoke_prompt", (), {**P, "inputs": {"a": {1: "x"}}}, ('inputs["a"]', "keys must be strings", "int key 1")),
    ("tuple-key", "invoke_prompt", (), {**P, "inputs": {"a": {(1, 2): "x"}}}, ('inputs["a"]', "keys must be strings", "tuple")),
    ("none-key", "invoke_prompt", (), {**P, "inputs": {"a": {None: "x"}}}, ('inputs["a"]', "keys must be strings")),
    ("int-top-key", "invoke_workflow", (), {**WF, "inputs": {1: "a"}}, ("inputs", "keys must be strings")),
    ("dict-cycle", "invoke_prompt", (), {**P, "inputs": {"node": cyclic_dict()}}, ('inputs["node"]["self"]', "cycle")),
    ("list-cycle", "invoke_prompt", (), {**P, "inputs": {"items": cyclic_list()}}, ('inputs["items"][1]', "cycle")),
    ("too-deep", "invoke_workflow", (), {**WF, "inputs": {"tree": nested_list(64)}}, ('inputs["tree"]', "64 levels")),
    ("far-too-deep", "invoke_workflow", (), {**WF, "inputs": {"tree": nested_list(100_000)}}, ('inputs["tree"]', "64 levels")),
    ("decimal", "invoke_prompt", (), {**P, "inputs": {"price": decimal.Decimal("1.5")}}, ('inputs["price"]', "Decimal", "not a JSON value")),
    ("datetime", "invoke_prompt", (), {**P, "inputs": {"at": datetime.datetime(2026, 1, 1)}}, ('inputs["at"]', "datetime")),
    ("object", "invoke_prompt", (), {**P, "inputs": {"x": object()}}, ('inputs["x"]', "object")),
    ("complex", "invoke_prompt", (), {**P, "inputs": {"z": 1j}}, ('inputs["z"]', "complex")),
    ("metadata-nan-subclass", "invoke_prompt", (), {**P, "metadata": {"score": Score("nan")}}, ('metadata["score"]', "finite")),
    ("metadata-big-int", "invoke_workflow", (), {**WF, "metadata": {"order": 2**60}}, ('metadata["order"]', "2**53-1")),
    ("metadata-surrogate-value", "invoke_agent", (), {**AG, "metadata": {"note": "\udc80"}}, ('metadata["note"]', "surrogate")),
    ("metadata-surrogate-key", "invoke_agent", (), {**AG, "metadata": {"n\udc80": "x"}}, ("metadata key", "surrogate")),
    ("metadata-set", "invoke_prompt", (), {**P, "metadata": {"tags": {"a"}}}, ('metadata["tags"]', "set")),
    ("message-content-surrogate", "invoke_agent", (), {**AG, "messages": [{"role": "user", "content": "\ud800"}]}, ('messages[0]["content"]', "surrogate")),
    ("message-extra-nan", "invoke_agent", (), {**AG, "messages": [{"role": "user", "content": "x", "score": NAN}]}, ('messages[0]["score"]', "finite")),
    ("attachment-object-nan", "invoke_agent", (), {**AG, "attachments": [{"file_url": "https://f.example/a", "file_size": NAN}]}, ('attachments[0]["file_size"]', "finite")),
    ("async-options-set", "invoke_agent", (), {**AG, "async_options": {"enabled": False, "extra": {1}}}, ("async_options", "unknown key 'extra'")),
    ("trigger-inputs-nan", "trigger_workflow_webhook", ("wf", "v1"), {**TRIGGER, "inputs": {"x": NAN}}, ('inputs["x"]', "finite")),
    ("trigger-prompt-bytes", "trigger_prompt_webhook", ("pr", "v1"), {**TRIGGER, "inputs": {"x": b""}}, ('inputs["x"]', "bytes")),
    ("trigger-metadata-big", "trigger_agent_webhook", ("ag",), {**TRIGGER, "message": "m", "metadata": {"n": 2**53}}, ('metadata["n"]', "2**53-1")),
]  # fmt: skip

# Every text argument: a lone surrogate cannot be encoded as UTF-8.
S = "bad\udce9"
TEXT_CASES: list[tuple[str, str, tuple[Any, ...], dict[str, Any], tuple[str, ...]]] = [
    ("deployment", "invoke_prompt", (), {"deployment": S}, ("deployment", "surrogate")),
    ("variant", "invoke_prompt", (), {**P, "variant": S}, ("variant", "surrogate")),
    ("user", "invoke_prompt", (), {**P, "user": S}, ("user", "surrogate")),
    ("tool_approval", "invoke_workflow", (), {**WF, "tool_approval": S}, ("tool_approval", "surrogate")),
    ("agent", "invoke_agent", (), {"agent": S, "message": "m"}, ("agent", "surrogate")),
    ("message", "invoke_agent", (), {"agent": "a", "message": S}, ("message", "surrogate")),
    ("thread_id", "invoke_agent", (), {**AG, "thread_id": S}, ("thread_id", "surrogate")),
    ("request_id", "get_request", (S,), {}, ("request_id", "surrogate")),
    ("locale", "list_error_codes", (), {"locale": S}, ("locale", "surrogate")),
    ("trigger-endpoint", "trigger_workflow_webhook", (S, "v1"), TRIGGER, ("workflow_endpoint_id", "surrogate")),
    ("trigger-agent-message", "trigger_agent_webhook", ("ag",), {**TRIGGER, "message": S}, ("message", "surrogate")),
]  # fmt: skip


def _table(cases: list[Any]) -> Any:
    return pytest.mark.parametrize(
        ("method", "args", "kwargs", "words"),
        [case[1:] for case in cases],
        ids=[case[0] for case in cases],
    )


@_table(JSON_CASES + TEXT_CASES)
async def test_unsendable_values_are_refused_with_their_path(
    kind: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any], words: tuple[str, ...]
) -> None:
    recorder = Recorder([reply(200, {})])
    client = make_client(kind, recorder)
    with pytest.raises(InputValidationError) as caught:
        await invoke(client, method, *args, **kwargs)
    message = str(caught.value)
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"
    assert caught.value.argument is not None and message.startswith(caught.value.argument)
    assert recorder.requests == []


def test_tables_are_distinct() -> None:
    ids = [case[0] for case in JSON_CASES + TEXT_CASES]
    assert len(ids) == len(set(ids)) and len(JSON_CASES) >= 30


async def test_values_at_the_bounds_are_sent_as_plain_json(kind: str) -> None:
    recorder = Recorder([reply(200, {"request_id": "r", "response": "ok"})])
    client = make_client(kind, recorder)
    inputs = {
        "max": 2**53 - 1,
        "min": -(2**53 - 1),
        "level": Level.HIGH,
        "score": Score(0.5),
        "pair": (1, "two"),
        "view": types.MappingProxyType({"k": [True, None]}),
        "tree": nested_list(63),
        "text": "héllo ✓ 😀 \x00",
    }
    await invoke(client, "invoke_prompt", deployment="p", inputs=inputs, metadata={"n": 2**53 - 1})
    sent = recorder.body()
    assert sent["inputs"] == {
        "max": 2**53 - 1,
        "min": -(2**53 - 1),
        "level": 3,
        "score": 0.5,
        "pair": [1, "two"],
        "view": {"k": [True, None]},
        "tree": nested_list(63),
        "text": "héllo ✓ 😀 \x00",
    }
    assert sent["metadata"] == {"n": 2**53 - 1}


async def test_the_same_object_twice_is_not_a_cycle(kind: str) -> None:
    recorder = Recorder([reply(200, {"request_id": "r", "response": "ok"})])
    shared = {"a": 1}
    await invoke(
        make_client(kind, recorder), "invoke_prompt", deployment="p", inputs={"x": shared, "y": [shared, shared]}
    )  # fmt: skip
    assert recorder.body()["inputs"] == {"x": {"a": 1}, "y": [{"a": 1}, {"a": 1}]}


# Item 12: callback (and attachment) URLs, with the spec's `format: uri` rules and more. ---

BAD_URLS = [
    ("space in host", "https://exa mple.com/cb", "spaces"),
    ("space in path", "https://example.com/a b", "spaces"),
    ("LF in path", "https://example.com/c\nb", "line breaks"),
    ("LF in host", "https://exa\nmple.com/cb", "line breaks"),  # urlsplit would drop it
    ("CR in path", "https://example.com/cb\r/x", "line breaks"),
    ("tab in host", "https://exam\tple.com/cb", "tabs"),
    ("NUL", "https://example.com/\x00", "ASCII"),
    ("non-ASCII host", "https://exämple.com/cb", "ASCII"),
    ("non-ASCII path", "https://example.com/café", "percent-encode"),
    ("bad escape", "https://example.com/%zz", "ASCII"),
    ("port too big", "https://example.com:99999/cb", "Port out of range"),
    ("port zero", "https://example.com:0/cb", "1-65535"),
    ("port not a number", "https://example.com:https/cb", "not a valid URL"),
    ("userinfo trick", "https://trusted.example@evil.example/cb", "user info"),
    ("user and password", "https://user:pass@example.com/cb", "user info"),
    ("localhost userinfo trick", "http://localhost@evil.example/cb", "user info"),
    ("empty host", "https:///cb", "absolute"),
    ("empty host with port", "https://:443/cb", "host"),
    ("bad IPv6", "https://[zz]/cb", "not a valid URL"),
    ("relative", "//example.com/cb", "absolute"),
    ("mailto", "mailto:a@example.com", "absolute"),
    ("http elsewhere", "http://example.com/cb", "https"),
]


@pytest.mark.parametrize(("bad", "word"), [c[1:] for c in BAD_URLS], ids=[c[0] for c in BAD_URLS])
async def test_malformed_callback_urls_are_refused(kind: str, bad: str, word: str) -> None:
    recorder = Recorder([reply(200, {})])
    client = make_client(kind, recorder)
    calls = [
        ("invoke_workflow", (), {**WF, "async_mode": True, "callback_url": bad}, "callback_url"),
        ("invoke_agent", (), {**AG, "async_options": {"enabled": True, "callback_url": bad}},
         'async_options["callback_url"]'),
        ("trigger_workflow_webhook", ("wf", "v1"), {**TRIGGER, "callback_url": bad}, "callback_url"),
        ("trigger_agent_webhook", ("ag",), {**TRIGGER, "message": "m", "callback_url": bad},
         "callback_url"),
    ]  # fmt: skip
    for method, args, kwargs, argument in calls:
        with pytest.raises(InputValidationError) as caught:
            await invoke(client, method, *args, **kwargs)
        assert caught.value.argument == argument
        assert word in str(caught.value), str(caught.value)
    assert recorder.requests == []


@pytest.mark.parametrize(
    "bad", [c[1] for c in BAD_URLS if c[0] != "http elsewhere"], ids=[c[0] for c in BAD_URLS[:-1]]
)
async def test_malformed_attachment_urls_are_refused(kind: str, bad: str) -> None:
    bad = bad.replace("http://", "https://")
    recorder = Recorder([reply(200, {})])
    client = make_client(kind, recorder)
    for kwargs, argument in [
        ({**AG, "attachments": [bad]}, "attachments[0]"),
        ({**AG, "attachments": [{"file_url": bad}]}, 'attachments[0]["file_url"]'),
        ({**AG, "image_urls": [bad]}, "image_urls[0]"),
    ]:
        with pytest.raises(InputValidationError) as caught:
            await invoke(client, "invoke_agent", **kwargs)
        assert caught.value.argument == argument
    assert recorder.requests == []


GOOD_URLS = [
    ("https://example.com/cb", "https://example.com/cb"),
    ("https://example.com:8443/cb?x=1&y=%20#frag", "https://example.com:8443/cb?x=1&y=%20#frag"),
    ("https://[2001:db8::1]:8443/cb", "https://[2001:db8::1]:8443/cb"),
    ("https://xn--exmple-cua.com/cb", "https://xn--exmple-cua.com/cb"),
    ("http://localhost:8000/cb", "http://localhost:8000/cb"),
    ("http://127.0.0.1:9000/hook", "http://127.0.0.1:9000/hook"),
    ("  https://example.com/cb\n", "https://example.com/cb"),  # surrounding space trimmed
    ("HTTPS://Example.COM/cb", "HTTPS://Example.COM/cb"),
]


@pytest.mark.parametrize(("given_url", "sent"), GOOD_URLS)
async def test_good_callback_urls_are_sent(kind: str, given_url: str, sent: str) -> None:
    recorder = Recorder([reply(200, {"request_id": "r", "run_status": "running"})])
    await invoke(
        make_client(kind, recorder), "invoke_workflow", **WF, async_mode=True, callback_url=given_url
    )  # fmt: skip
    assert recorder.body()["async"] == {"enabled": True, "callback_url": sent}


def _spec_uri_check() -> Any:
    """The reference server's own validator for a callback URL (`format: uri`)."""
    spec = ApiSpec.load()
    return spec.validator_for("/components/schemas/AsyncOptions")


SPEC_ASYNC = _spec_uri_check()

URL_PIECES = [*"abcAZ09-._~:/?#[]@!$&'()*+,;=% \t\r\n\x00é", "%20", "%zz", "https://", "::1"]
URL_ALPHABET = st.sampled_from(URL_PIECES)


@given(
    text=st.lists(URL_ALPHABET, max_size=14).map("".join),
    prefix=st.sampled_from(["https://", "https://example.com", "http://localhost:", ""]),
)
def test_accepted_urls_pass_the_specs_format_uri(prefix: str, text: str) -> None:
    candidate = prefix + text
    try:
        checked = _rules.url(candidate, "callback_url")
    except InputValidationError:
        return
    body = {"enabled": True, "callback_url": checked}
    assert list(SPEC_ASYNC.iter_errors(body)) == [], checked
