"""A JSON request the SDK builds itself (`KindHeaders.json_request`, the common case) is
the request httpx would build from `json=`: the same bytes, the same headers in the same
order, the same URL and extensions."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from _depth import examples
from fetch_hive_sdk._base_client import KindHeaders
from hypothesis import given, settings
from hypothesis import strategies as st

TIMEOUT = {"connect": 5.0, "read": 120.0, "write": 120.0, "pool": 120.0}
URL = httpx.URL("http://127.0.0.1:8765/v1/prompt/invoke")

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


def as_httpx_builds_it(headers: Any, body: Any, params: Any = None) -> httpx.Request:
    return httpx.Request(
        "POST", URL, params=params, headers=headers, json=body,
        extensions={"timeout": TIMEOUT},
    )  # fmt: skip


def assert_same(ours: httpx.Request, theirs: httpx.Request) -> None:
    assert ours.content == theirs.content
    assert ours.headers.raw == theirs.headers.raw
    assert ours.url == theirs.url and ours.method == theirs.method
    assert ours.extensions == theirs.extensions


@settings(max_examples=examples(500))
@given(body=json_values.filter(lambda value: value is not None))  # None: no body (never sent)
def test_any_json_body_is_sent_as_httpx_sends_it(body: Any) -> None:
    headers = httpx.Headers({"Accept": "application/json", "Content-Type": "application/json"})
    ours = KindHeaders({}, headers).json_request("POST", URL, None, body, TIMEOUT)
    assert_same(ours, as_httpx_builds_it(headers, body))


@pytest.mark.parametrize(
    "given_headers",
    [
        {"Accept": "application/json"},  # no Content-Type: httpx adds it last
        {"Content-Type": "application/json; charset=utf-8", "X-Trace": "t1"},
        {"Host": "api.example.test", "Authorization": "Bearer fhk_x"},  # a Host of its own
        {"Content-Length": "99", "Accept": "application/json"},  # odd: replaced, as httpx does
        {},
    ],
)
@pytest.mark.parametrize("params", [None, {"limit": 5, "cursor": "a b"}])
def test_the_headers_and_url_are_httpx_s(given_headers: dict[str, str], params: Any) -> None:
    headers = httpx.Headers(given_headers)
    body = {"deployment": "d", "inputs": {"name": "Zoë"}}
    ours = KindHeaders({}, headers).json_request("POST", URL, params, body, TIMEOUT)
    assert_same(ours, as_httpx_builds_it(headers, body, params))
    assert ours.headers is not headers  # each request its own headers


def test_a_body_json_cannot_say_is_refused_as_httpx_refuses_it() -> None:
    headers = httpx.Headers({})
    with pytest.raises(ValueError):
        as_httpx_builds_it(headers, {"x": float("nan")})
    with pytest.raises(ValueError):
        KindHeaders({}, headers).json_request("POST", URL, None, {"x": float("nan")}, TIMEOUT)


def test_each_host_gets_its_own_host_header_and_the_kind_s_headers_stay_as_built() -> None:
    headers = httpx.Headers({"Accept": "application/json"})
    kind = KindHeaders({}, headers)
    other = httpx.URL("https://api.example.test:8443/v1/prompt/invoke")
    for url in (URL, other, URL, other):
        ours = kind.json_request("POST", url, None, {"a": 1}, TIMEOUT)
        theirs = httpx.Request(
            "POST", url, headers=headers, json={"a": 1}, extensions={"timeout": TIMEOUT}
        )
        assert_same(ours, theirs)
    assert headers.raw == [(b"Accept", b"application/json")]
