"""The requests and answers `_httpx_parts` makes by setting httpx's state directly are
the objects httpx's own constructors (and `read()`) make, attribute for attribute; where
httpx's layout were different, the public way is taken."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from _depth import examples
from fetch_hive_sdk import _httpx_parts as parts
from hypothesis import given, settings
from hypothesis import strategies as st

names = st.text("abcdefghijklmnopqrstuvwxyz-ABC", min_size=1, max_size=12)
values = st.binary(max_size=20).filter(lambda v: b"\r" not in v and b"\n" not in v)
raw_headers = st.lists(st.tuples(names.map(str.encode), values), max_size=6)


def test_the_installed_httpx_has_the_layout() -> None:
    assert parts._layout_known()  # the pinned httpx: the fast way is the one tested here


@settings(max_examples=examples(200))
@given(
    given_headers=st.lists(st.tuples(names, names), max_size=5),
    content=st.binary(max_size=40),
    content_type=st.sampled_from([None, "application/json"]),
    method=st.sampled_from(["post", "PUT", "Patch"]),
)
def test_a_request_is_the_one_httpx_makes(
    given_headers: list[tuple[str, str]], content: bytes, content_type: str | None, method: str
) -> None:
    url = httpx.URL("http://127.0.0.1:8765/v1/prompt/invoke?x=1")
    headers = httpx.Headers(given_headers)
    arguments: tuple[Any, ...] = (method, url, headers, content, content_type, {"timeout": {}})
    ours = parts.json_request(*arguments, fast=True)
    theirs = parts.json_request(*arguments, fast=False)
    assert parts._same(ours, theirs)
    assert ours.content == content and ours.headers.raw[-1][0] in (
        b"Content-Length",
        b"Content-Type",
    )
    assert headers.raw == httpx.Headers(given_headers).raw  # the given headers: untouched


@settings(max_examples=examples(200))
@given(raw=raw_headers, body=st.binary(max_size=40), status=st.sampled_from([200, 201, 404]))
def test_an_answer_is_the_one_httpx_makes_and_reads(
    raw: list[tuple[bytes, bytes]], body: bytes, status: int
) -> None:
    extensions = {"http_version": b"HTTP/1.1", "reason_phrase": b"OK"}
    ours = parts.read_response(status, raw, body, extensions, fast=True)
    theirs = parts.read_response(status, raw, body, extensions, fast=False)
    assert parts._same(ours, theirs)
    assert ours.content == body and ours.is_closed and ours.num_bytes_downloaded == len(body)
    assert ours.headers.encoding == theirs.headers.encoding


def test_another_layout_takes_httpx_s_public_way(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parts, "_KNOWN", [False])
    set_by_httpx: list[str] = []
    setitem = httpx.Headers.__setitem__

    def counted(self: httpx.Headers, key: str, value: str) -> None:
        set_by_httpx.append(key)
        setitem(self, key, value)

    monkeypatch.setattr(httpx.Headers, "__setitem__", counted)
    url = httpx.URL("http://127.0.0.1:8765/v1/x")
    request = parts.json_request("POST", url, httpx.Headers({"A": "b"}), b"{}", None, {})
    assert request.content == b"{}" and request.headers.raw[-1] == (b"Content-Length", b"2")
    assert set_by_httpx == ["Content-Length"]  # the public way: httpx's own setter
    answer: Any = parts.read_response(200, [(b"X", b"y")], b"{}", {})
    assert answer.json() == {} and answer.headers["x"] == "y"
    assert hasattr(answer, "_decoder")  # read by httpx's `read()`


def test_a_difference_in_any_attribute_is_seen() -> None:
    made: Any = parts.read_response(200, [(b"X", b"y")], b"{}", {}, fast=False)
    other: Any = parts.read_response(200, [(b"X", b"y")], b"{}", {}, fast=False)
    assert parts._same(made, other)
    other.default_encoding = "latin-1"
    assert not parts._same(made, other)
    other = parts.read_response(200, [(b"X", b"z")], b"{}", {}, fast=False)
    assert not parts._same(made, other)
    other = parts.read_response(200, [(b"X", b"y")], b"[]", {}, fast=False)
    assert not parts._same(made, other)
    other.extra = 1
    assert not parts._same(made, other)
