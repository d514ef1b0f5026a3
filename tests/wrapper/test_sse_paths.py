"""The SSE decoder's fast paths against a plain line-by-line reading of the standard: any
stream of any lines (data, event, id, retry, comments, blank lines, unknown fields, a BOM;
LF, CR or CRLF), cut anywhere, gives the same events through `feed()` and the same texts
through `feed_data()` (the streams' fast path) as the reference below."""

from __future__ import annotations

import pytest
from _depth import examples
from fetch_hive_sdk._sse import ServerSentEvent, SSEDecoder
from hypothesis import given, settings
from hypothesis import strategies as st

BOM = b"\xef\xbb\xbf"


def reference(stream: bytes) -> list[ServerSentEvent]:
    """The event stream format read line by line, as the standard describes it (plus this
    decoder's choices: a last event without its blank line is dispatched at the end; a
    `retry:` of more than 18 digits is ignored)."""
    if stream.startswith(BOM):
        stream = stream[len(BOM) :]
    events: list[ServerSentEvent] = []
    data: list[bytes] = []
    event: bytes | None = None
    last_id: str | None = None
    retry: int | None = None
    for line in [*stream.splitlines(), b""]:
        if not line:
            if data:
                name = event.decode("utf-8", "replace") if event else "message"
                text = b"\n".join(data).decode("utf-8", "replace")
                events.append(ServerSentEvent(text, name, last_id, retry))
            data, event = [], None
            continue
        if line.startswith(b":"):
            continue
        field, colon, value = line.partition(b":")
        if colon and value.startswith(b" "):
            value = value[1:]
        if field == b"data":
            data.append(value)
        elif field == b"event":
            event = value
        elif field == b"id" and b"\0" not in value:
            last_id = value.decode("utf-8", "replace")
        elif field == b"retry" and value.isdigit() and len(value) <= 18:
            retry = int(value)
    return events


TEXT = st.text(
    alphabet=st.characters(blacklist_characters="\r\n", blacklist_categories=("Cs",)), max_size=6
)
LINE = st.one_of(
    TEXT.map(lambda t: f"data: {t}"),
    TEXT.map(lambda t: f"data:{t}"),
    st.just("data"),
    st.just("data: "),
    TEXT.map(lambda t: f"event: {t}"),
    TEXT.map(lambda t: f"id: {t}"),
    st.just("id: a\0b"),
    st.integers(0, 10**20).map(lambda n: f"retry: {n}"),
    st.just("retry: x1"),
    TEXT.map(lambda t: f": {t}"),
    TEXT.map(lambda t: f"x-unknown: {t}"),
    st.just("d"),
    st.just(""),
    st.just(""),
)


@st.composite
def streams(draw: st.DrawFn) -> tuple[bytes, list[bytes]]:
    lines = draw(st.lists(LINE, max_size=14))
    ends = draw(st.lists(st.sampled_from(["\n", "\r", "\r\n"]), min_size=len(lines) + 1))
    stream = "".join(line + end for line, end in zip(lines, ends, strict=False))
    if draw(st.booleans()):
        stream += "\n"  # often a last blank line, sometimes not
    raw = (BOM if draw(st.booleans()) else b"") + stream.encode()
    cuts = sorted(draw(st.sets(st.integers(0, len(raw)), max_size=6)))
    pieces = [raw[a:b] for a, b in zip([0, *cuts], [*cuts, len(raw)], strict=True)]
    return raw, pieces


# Streams that take each branch of the fast paths, whole and cut where it matters: they run
# whatever the profile draws.
TRICKY = [
    b"data: a\n\n",
    b"data: a\n\ndata: b\n\ndata: c\n\n",
    b"event: x\ndata: a\n\n",
    b"event: x\ndata: a\n\nid: 5\n\n",
    b"data: a\n\ndata: b\ndata: c\n\n",
    b"data: a\n\nevent: y\ndata: b\n\ndata: c\n\n",
    b"data: a\n\ndata\n\ndata:b\n\n",
    b"data: a\n\n\ndata: b\n\n",
    b"\n\ndata: a\n\n",
    b"data: a\n\ndata: b",
    b"data: a\r\rdata: b\r\n\r\n",
    b"id: 1\nretry: 5\ndata: a\n\ndata: b\n\n",
    b": c\n\ndata: a\n\n",
    b"data: a\nxdata: b\n\n",  # a field of another name that ends in "data: "
    b"data: a\nxdata: b\n\ndata: c\n\n",
]
CUTS = [
    (stream, pieces)
    for stream in TRICKY
    for pieces in (
        [stream],
        [stream[:i] for i in (stream.find(b"\n") + 1,) if i > 0]
        + [stream[stream.find(b"\n") + 1 :]],
        [stream[i : i + 1] for i in range(len(stream))],
    )
]


@settings(max_examples=examples(1000), deadline=None)
@given(streams())
def test_every_path_gives_the_events_of_the_standard(stream: tuple[bytes, list[bytes]]) -> None:
    raw, pieces = stream
    expected = reference(raw)
    decoder = SSEDecoder()
    events = [event for piece in pieces for event in decoder.feed(piece)] + decoder.flush()
    assert events == expected
    fast = SSEDecoder()
    texts = [text for piece in pieces for text in fast.feed_data(piece)]
    texts += [event.data for event in fast.flush()]
    assert texts == [event.data for event in expected]


@pytest.mark.parametrize(("stream", "pieces"), CUTS)
def test_the_branches_of_the_fast_paths(stream: bytes, pieces: list[bytes]) -> None:
    expected = reference(stream)
    decoder = SSEDecoder()
    assert [e for piece in pieces for e in decoder.feed(piece)] + decoder.flush() == expected
    fast = SSEDecoder()
    texts = [text for piece in pieces for text in fast.feed_data(piece)]
    assert texts + [e.data for e in fast.flush()] == [e.data for e in expected]


def test_an_event_without_data_after_a_finished_one_is_not_dispatched() -> None:
    # feed_data's fast path must not take the `id:` block after a finished event for an
    # event of its own (with an empty text).
    stream = b"event: x\ndata: a\n\nid: 5\n\n"
    assert SSEDecoder().feed_data(stream) == ["a"]
    decoder = SSEDecoder()
    assert decoder.feed(stream) == [ServerSentEvent("a", "x")]
    assert decoder.feed(b"data: b\n\n") == [ServerSentEvent("b", "message", "5")]


def test_invalid_utf8_is_replaced_in_every_field() -> None:
    stream = b"event: \xff\nid: a\xfe\ndata: \xfd\n\ndata: x\xc3\n\ndata: one\n\ndata: \xe2\x82\n\n"
    replaced = "\N{REPLACEMENT CHARACTER}"
    expected = [
        ServerSentEvent(replaced, replaced, "a" + replaced),
        ServerSentEvent("x" + replaced, "message", "a" + replaced),
        ServerSentEvent("one", "message", "a" + replaced),
        ServerSentEvent(replaced, "message", "a" + replaced),
    ]
    assert reference(stream) == expected
    assert SSEDecoder().feed(stream) == expected
    assert SSEDecoder().feed_data(stream) == [event.data for event in expected]
    fast = SSEDecoder()
    assert fast.feed_data(b"data: \xff\n\n") == [replaced]
    assert fast.feed_data(b"data: \xff\n\ndata: b\xfe\n\n") == [replaced, "b" + replaced]
