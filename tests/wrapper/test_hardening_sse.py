"""The SSE decoder against a reference decoder written line by line from the WHATWG rules.

The reference (`reference_decode`) is deliberately naive: decode the whole stream, split
it into lines, interpret each line. The property test frames random events with random
line endings (LF, CRLF, CR, mixed within one stream), with and without the space after
the colon, with BOMs and comments, cuts the bytes into random chunks, and checks that
`SSEDecoder` gives exactly the reference's events.

https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation
The SDK's two departures, applied to the reference too: at the end of the stream a last
line without its line end is still a line, and a last event without its blank line is
still dispatched (by `flush()`), so a truncated answer does not go unnoticed; and a
`retry:` of more than 18 digits is ignored rather than converted.
"""

from __future__ import annotations

import pytest
from _depth import examples
from fetch_hive_sdk._sse import ServerSentEvent, SSEDecoder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

BOM = "\ufeff"


def reference_decode(stream: bytes) -> list[ServerSentEvent]:
    text = stream.decode("utf-8", "replace")
    if text.startswith(BOM):  # one leading BOM is skipped, no other
        text = text[1:]
    # Split into lines: a line ends at CRLF, at LF, or at CR.
    lines: list[str] = []
    current = ""
    position = 0
    while position < len(text):
        char = text[position]
        if char == "\r":
            lines.append(current)
            current = ""
            if text[position + 1 : position + 2] == "\n":
                position += 1
        elif char == "\n":
            lines.append(current)
            current = ""
        else:
            current += char
        position += 1
    ended_without_line_end = current != ""
    if ended_without_line_end:
        lines.append(current)  # the SDK's departure: the last line still counts

    events: list[ServerSentEvent] = []
    data_buffer = ""
    event_type = ""
    last_event_id: str | None = None
    retry: int | None = None
    for line in lines:
        if line == "":
            # Dispatch: nothing if the data buffer is empty; else drop its last LF.
            if data_buffer:
                events.append(
                    ServerSentEvent(data_buffer[:-1], event_type or "message", last_event_id, retry)
                )
            data_buffer = ""
            event_type = ""
            continue
        if line.startswith(":"):
            continue  # a comment
        if ":" in line:
            field, value = line.split(":", 1)
            if value.startswith(" "):
                value = value[1:]
        else:
            field, value = line, ""
        if field == "event":
            event_type = value
        elif field == "data":
            data_buffer += value + "\n"
        elif field == "id":
            if "\x00" not in value:
                last_event_id = value
        elif field == "retry" and value and all(c in "0123456789" for c in value):
            # The SDK's second departure: more than 18 digits is ignored.
            retry = int(value) if len(value) <= 18 else retry
        # any other field is ignored
    if data_buffer:  # the SDK's departure: a last event without its blank line
        events.append(
            ServerSentEvent(data_buffer[:-1], event_type or "message", last_event_id, retry)
        )
    return events


def decode(*chunks: bytes) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for chunk in chunks:
        events.extend(decoder.feed(chunk))
    events.extend(decoder.flush())
    return events


# The reference itself, checked on hand-written cases from the standard's examples. ------

REFERENCE_CASES = [
    ("two data lines", b"data: YHOO\ndata: +2\ndata: 10\n\n", [ServerSentEvent("YHOO\n+2\n10")]),
    (
        "standard example 2",
        b": test stream\n\ndata: first event\nid: 1\n\ndata:second event\nid\n\ndata:  third event\n",
        [
            ServerSentEvent("first event", id="1"),
            ServerSentEvent("second event", id=""),
            ServerSentEvent(" third event", id=""),
        ],
    ),
    ("empty data fields", b"data\n\ndata\ndata\n\ndata:", [ServerSentEvent(""), ServerSentEvent("\n"), ServerSentEvent("")]),
    ("space is optional", b"data:test\n\ndata: test\n\n", [ServerSentEvent("test")] * 2),
    ("event type resets", b"event: a\ndata: 1\n\ndata: 2\n\n", [ServerSentEvent("1", "a"), ServerSentEvent("2")]),
    ("blank resets event without data", b"event: a\n\ndata: 2\n\n", [ServerSentEvent("2")]),
    ("bad retry ignored", b"retry: 1x\nretry: 20\nretry:\ndata: a\n\n", [ServerSentEvent("a", retry=20)]),
    ("CR CRLF LF", b"data: a\rdata: b\r\n\ndata: c\n\r", [ServerSentEvent("a\nb"), ServerSentEvent("c")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("stream", "expected"),
    [case[1:] for case in REFERENCE_CASES],
    ids=[case[0] for case in REFERENCE_CASES],
)
def test_reference_decoder_follows_the_standard(
    stream: bytes, expected: list[ServerSentEvent]
) -> None:
    assert reference_decode(stream) == expected
    assert decode(stream) == expected


# Issue 11 item 14: framing cases, each decoded whole and one byte at a time. -------------

FRAMING_CASES = [
    ("data without space", [b"data:x\n\n"], [ServerSentEvent("x")]),
    ("data without space, fast path after", [b"data: a\n\ndata:x\n\ndata: b\n\n"],
     [ServerSentEvent("a"), ServerSentEvent("x"), ServerSentEvent("b")]),
    ("chunk is exactly the BOM", [b"\xef\xbb\xbf", b"data: x\n\n"], [ServerSentEvent("x")]),
    ("BOM split across chunks", [b"\xef", b"\xbb\xbf", b"data: x\n\n"], [ServerSentEvent("x")]),
    ("BOM then nothing", [b"\xef\xbb\xbf"], []),
    ("a second BOM is not skipped", [b"\xef\xbb\xbf\xef\xbb\xbfdata: x\n\n"], []),
    ("CRLF stream starting with blank lines",
     [b"\r\n\r\n\r\ndata: a\r\n\r\ndata: b\r\n\r\n"], [ServerSentEvent("a"), ServerSentEvent("b")]),
    ("mixed line endings in one stream",
     [b"data: a\n\rdata: b\r\n\r\ndata: c\r\rdata: d\n\n"],
     [ServerSentEvent("a"), ServerSentEvent("b"), ServerSentEvent("c"), ServerSentEvent("d")]),
    ("CR before CRLF: two line ends, not one", [b"data: a\r\r\ndata: b\n\n"],
     [ServerSentEvent("a"), ServerSentEvent("b")]),
    ("CR then LF in the next chunk is one line end",
     [b"data: a\r", b"\ndata: b\r", b"\n\r", b"\n"], [ServerSentEvent("a\nb")]),
    ("final event without blank line", [b"data: a\n\ndata: b\n"],
     [ServerSentEvent("a"), ServerSentEvent("b")]),
    ("final event without line end", [b"data: a\r\n\r\ndata:b"],
     [ServerSentEvent("a"), ServerSentEvent("b")]),
    ("comments everywhere", [b":c\n: c\ndata: a\n:c\n\n:\n\n"], [ServerSentEvent("a")]),
    ("id and retry persist, event does not",
     [b"id: 7\nretry: 3000\nevent: e\ndata: a\n\ndata: b\n\n"],
     [ServerSentEvent("a", "e", "7", 3000), ServerSentEvent("b", "message", "7", 3000)]),
    ("id with NUL ignored", [b"id: 1\n\nid: 2\x003\ndata: a\n\n"], [ServerSentEvent("a", id="1")]),
    ("empty id resets", [b"id: 1\ndata: a\n\nid\ndata: b\n\n"],
     [ServerSentEvent("a", id="1"), ServerSentEvent("b", id="")]),
    ("retry not digits", [b"retry: -1\nretry: 1.5\nretry: 2e3\ndata: a\n\n"], [ServerSentEvent("a")]),
    ("retry too long for int() is ignored, not fatal",
     [b"retry: " + b"9" * 5000 + b"\ndata: a\n\n"], [ServerSentEvent("a")]),
    ("field names are case sensitive", [b"Data: a\nDATA: b\ndata: c\n\n"], [ServerSentEvent("c")]),
    ("colon in value kept", [b"data: a: b\n\ndata::x\n\n"], [ServerSentEvent("a: b"), ServerSentEvent(":x")]),
    ("only the first space is removed", [b"data:  two\n\n"], [ServerSentEvent(" two")]),
    ("event field without colon", [b"event\ndata: a\n\n"], [ServerSentEvent("a")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("chunks", "expected"),
    [case[1:] for case in FRAMING_CASES],
    ids=[case[0] for case in FRAMING_CASES],
)
def test_framing_cases(chunks: list[bytes], expected: list[ServerSentEvent]) -> None:
    whole = b"".join(chunks)
    assert decode(*chunks) == expected
    assert decode(whole) == expected
    assert decode(*(whole[i : i + 1] for i in range(len(whole)))) == expected
    assert reference_decode(whole) == expected


def test_flush_returns_the_unterminated_event_and_resets() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n\ndata: b") == [ServerSentEvent("a")]
    assert decoder.flush() == [ServerSentEvent("b")]
    assert decoder.flush() == []


# The differential property test. ----------------------------------------------------------

VALUE = st.text(
    alphabet=st.characters(
        blacklist_characters="\r\n", blacklist_categories=("Cs",), max_codepoint=0x1F64F
    )
    | st.sampled_from([":", " ", "\x00", BOM, "é", "\u2028", "\x0b", "\x0c", "\x1c", "\x85"]),
    max_size=12,
)
FIELD_NAME = st.sampled_from(["data", "data", "data", "event", "id", "retry", "foo", "Data", ""])
RETRY_VALUE = st.integers(min_value=0, max_value=10**9).map(str) | VALUE


@st.composite
def lines(draw: st.DrawFn) -> str:
    """One line of an event stream, without its line end."""
    kind = draw(st.sampled_from(["field", "field", "field", "blank", "blank", "comment", "bare"]))
    if kind == "blank":
        return ""
    if kind == "comment":
        return ":" + draw(VALUE)
    name = draw(FIELD_NAME)
    if kind == "bare":
        return name  # a field name without colon: an empty value
    value = draw(RETRY_VALUE) if name == "retry" else draw(VALUE)
    space = draw(st.sampled_from(["", " ", "  "]))
    return f"{name}:{space}{value}"


LINE_ENDS = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def streams(draw: st.DrawFn) -> bytes:
    body = draw(st.lists(lines(), max_size=30))
    uniform = draw(st.booleans())  # one line end for the whole stream, or mixed
    first_end = draw(LINE_ENDS)
    parts = [draw(st.sampled_from(["", "", BOM, BOM + BOM]))]
    for line in body:
        parts.append(line + (first_end if uniform else draw(LINE_ENDS)))
    if body and draw(st.booleans()):
        parts[-1] = parts[-1].rstrip("\r\n")  # the stream stops mid-line
    return "".join(parts).encode("utf-8")


@settings(max_examples=examples(1500), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stream=streams(), cuts=st.lists(st.integers(min_value=0), max_size=16))
def test_decoder_matches_the_reference(stream: bytes, cuts: list[int]) -> None:
    points = sorted({cut % (len(stream) + 1) for cut in cuts})
    chunks = [stream[a:b] for a, b in zip([0, *points], [*points, len(stream)], strict=True)]
    assert decode(*chunks) == reference_decode(stream)


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stream=streams())
def test_decoder_matches_the_reference_byte_by_byte(stream: bytes) -> None:
    assert decode(*(stream[i : i + 1] for i in range(len(stream)))) == reference_decode(stream)


# feed_data(), the streams' fast path: the data of feed()'s events, whatever the input. ----


def decode_data(*chunks: bytes) -> list[str]:
    decoder = SSEDecoder()
    texts: list[str] = []
    for chunk in chunks:
        texts.extend(decoder.feed_data(chunk))
    texts.extend(event.data for event in decoder.flush())
    return texts


@settings(max_examples=examples(1000), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stream=streams(), cuts=st.lists(st.integers(min_value=0), max_size=16))
def test_feed_data_gives_the_data_of_the_reference_events(stream: bytes, cuts: list[int]) -> None:
    points = sorted({cut % (len(stream) + 1) for cut in cuts})
    chunks = [stream[a:b] for a, b in zip([0, *points], [*points, len(stream)], strict=True)]
    assert decode_data(*chunks) == [event.data for event in reference_decode(stream)]


# Raw bytes (invalid UTF-8 too, split anywhere) in one-line `data:` events: the fast path's
# one decode of a whole run gives what a decode per event gives.
RAW_DATA = st.binary(max_size=24).map(lambda b: b.replace(b"\r", b"").replace(b"\n", b""))


@settings(max_examples=examples(1000), deadline=None)
@given(
    values=st.lists(RAW_DATA, min_size=1, max_size=20),
    cuts=st.lists(st.integers(min_value=0), max_size=12),
)
def test_feed_data_matches_feed_on_any_bytes(values: list[bytes], cuts: list[int]) -> None:
    stream = b"".join(b"data: " + value + b"\n\n" for value in values)
    points = sorted({cut % (len(stream) + 1) for cut in cuts})
    chunks = [stream[a:b] for a, b in zip([0, *points], [*points, len(stream)], strict=True)]
    assert decode_data(*chunks) == [event.data for event in decode(*chunks)]
    assert decode_data(stream) == [v.decode("utf-8", "replace") for v in values]
