"""The SSE decoder: framing rules, and any chunking of any stream decodes the same."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from _depth import examples
from fetch_hive_sdk._sse import ServerSentEvent, SSEDecoder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def decode(*chunks: bytes) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for chunk in chunks:
        events.extend(decoder.feed(chunk))
    events.extend(decoder.flush())
    return events


def one_byte_at_a_time(payload: bytes) -> list[ServerSentEvent]:
    return decode(*(payload[i : i + 1] for i in range(len(payload))))


@pytest.mark.parametrize("newline", [b"\n", b"\r", b"\r\n"])
def test_line_endings(newline: bytes) -> None:
    payload = newline.join([b"data: one", b"", b"data: two", b"", b""])
    expected = [ServerSentEvent("one"), ServerSentEvent("two")]
    assert decode(payload) == expected
    assert one_byte_at_a_time(payload) == expected


def test_crlf_split_across_chunks_is_one_line_end() -> None:
    # A CR at the end of a chunk and the LF at the start of the next are one line end,
    # not two (which would dispatch an empty line early).
    assert decode(b"data: a\r", b"\ndata: b\r\n\r\n") == [ServerSentEvent("a\nb")]
    assert decode(b"data: a\r", b"\n\r", b"\n") == [ServerSentEvent("a")]


def test_multi_line_data_joined_with_lf() -> None:
    assert decode(b"data: first\ndata: second\ndata:\ndata:  indented\n\n") == [
        ServerSentEvent("first\nsecond\n\n indented")
    ]


def test_comments_fields_and_unknown_fields() -> None:
    payload = (
        b": keep-alive\n"
        b"event: update\n"
        b"id: 42\n"
        b"retry: 1500\n"
        b"unknown: ignored\n"
        b"data\n"  # a field name without colon: empty value
        b"data: x\n\n"
        b"data: y\n\n"  # the id persists, the event name does not
    )
    assert decode(payload) == [
        ServerSentEvent("\nx", "update", "42", 1500),
        ServerSentEvent("y", "message", "42", 1500),
    ]


def test_event_without_data_is_not_dispatched() -> None:
    assert decode(b"event: ping\n\n: comment\n\ndata: z\n\n") == [ServerSentEvent("z")]


def test_id_with_nul_is_ignored_and_bad_retry_ignored() -> None:
    assert decode(b"id: a\x00b\nretry: soon\ndata: q\n\n") == [ServerSentEvent("q")]


def test_retry_takes_up_to_18_digits_and_keeps_the_last_good_value() -> None:
    eighteen, nineteen = "9" * 18, "1" + "0" * 18
    assert decode(f"retry: {eighteen}\ndata: a\n\n".encode()) == [
        ServerSentEvent("a", retry=int(eighteen))
    ]
    # One digit more (over 30 million years) is ignored: the earlier value stays.
    assert decode(f"retry: 7\ndata: a\n\nretry: {nineteen}\ndata: b\n\n".encode()) == [
        ServerSentEvent("a", retry=7),
        ServerSentEvent("b", retry=7),
    ]
    assert decode(b"retry: 0\ndata: c\n\n") == [ServerSentEvent("c", retry=0)]
    assert decode(b"retry: -5\ndata: c\n\nretry: 1.5\ndata: d\n\n") == [
        ServerSentEvent("c"),
        ServerSentEvent("d"),
    ]


def test_utf8_split_inside_a_character() -> None:
    payload = "data: héllo wörld ✓ 😀\n\n".encode()
    for cut in range(1, len(payload)):
        assert decode(payload[:cut], payload[cut:]) == [ServerSentEvent("héllo wörld ✓ 😀")]


def test_last_event_without_blank_line_and_without_line_end() -> None:
    assert decode(b"data: a\n\ndata: b\n") == [ServerSentEvent("a"), ServerSentEvent("b")]
    assert decode(b"data: a\n\ndata: b") == [ServerSentEvent("a"), ServerSentEvent("b")]
    assert one_byte_at_a_time(b"data: c\r") == [ServerSentEvent("c")]


def test_leading_bom_is_skipped_even_when_split() -> None:
    assert decode(b"\xef\xbb\xbfdata: a\n\n") == [ServerSentEvent("a")]
    assert decode(b"\xef", b"\xbb", b"\xbfdata: a\n\n") == [ServerSentEvent("a")]
    # Only at the very start.
    assert decode(b"data: a\n\n\xef\xbb\xbfdata: b\n\n")[0] == ServerSentEvent("a")


def test_large_event_in_small_chunks() -> None:
    text = "x" * 1_000_000
    payload = f"data: {text}\n\n".encode()
    chunks = [payload[i : i + 4096] for i in range(0, len(payload), 4096)]
    assert decode(*chunks) == [ServerSentEvent(text)]


# Property: any events, serialized any way, cut anywhere, decode to the same events. ----

LINE_TEXT = st.text(
    alphabet=st.characters(blacklist_characters="\r\n", blacklist_categories=("Cs",)),
    max_size=20,
)


@dataclass
class Spec:
    lines: list[str]
    event: str | None
    id: str | None
    retry: int | None
    comment: str | None


EVENT_SPECS = st.builds(
    Spec,
    lines=st.lists(LINE_TEXT, min_size=1, max_size=4),
    event=st.none() | LINE_TEXT,
    id=st.none() | LINE_TEXT.filter(lambda text: "\x00" not in text),
    retry=st.none() | st.integers(min_value=0, max_value=10**6),
    comment=st.none() | LINE_TEXT,
)


def serialize(specs: list[Spec], newline: str, final_blank: bool) -> bytes:
    out: list[str] = []
    for index, spec in enumerate(specs):
        if spec.comment is not None:
            out.append(f":{spec.comment}{newline}")
        if spec.event is not None:
            out.append(f"event: {spec.event}{newline}")
        if spec.id is not None:
            out.append(f"id: {spec.id}{newline}")
        if spec.retry is not None:
            out.append(f"retry: {spec.retry}{newline}")
        out.extend(f"data: {line}{newline}" for line in spec.lines)
        if index < len(specs) - 1 or final_blank:
            out.append(newline)
    return "".join(out).encode()


def expected_events(specs: list[Spec]) -> list[ServerSentEvent]:
    events = []
    last_id = None
    retry = None
    for spec in specs:
        if spec.id is not None:
            last_id = spec.id
        if spec.retry is not None:
            retry = spec.retry
        events.append(
            ServerSentEvent("\n".join(spec.lines), spec.event or "message", last_id, retry)
        )
    return events


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    specs=st.lists(EVENT_SPECS, min_size=0, max_size=8),
    newline=st.sampled_from(["\n", "\r", "\r\n"]),
    final_blank=st.booleans(),
    cuts=st.lists(st.integers(min_value=0, max_value=10_000), max_size=12),
)
def test_any_chunking_decodes_the_same(
    specs: list[Spec], newline: str, final_blank: bool, cuts: list[int]
) -> None:
    payload = serialize(specs, newline, final_blank)
    points = sorted({cut % (len(payload) + 1) for cut in cuts})
    chunks = [payload[a:b] for a, b in zip([0, *points], [*points, len(payload)], strict=True)]
    assert decode(*chunks) == expected_events(specs)


@settings(max_examples=examples(50), deadline=None)
@given(specs=st.lists(EVENT_SPECS, min_size=1, max_size=4), newline=st.sampled_from(["\n", "\r\n"]))
def test_byte_by_byte_decodes_the_same(specs: list[Spec], newline: str) -> None:
    payload = serialize(specs, newline, final_blank=True)
    assert one_byte_at_a_time(payload) == expected_events(specs)
