"""An incremental Server-Sent Events decoder: bytes in, events out, linear in the input.

Follows the HTML standard's event-stream parsing: lines end with CR, LF or CRLF (also when
a CRLF is split across two chunks); `data:` lines of one event are joined with LF; lines
starting with `:` are comments; `event:`, `id:` and `retry:` are kept; a leading UTF-8 BOM
is skipped. It works on bytes, so a UTF-8 character split across chunks is decoded once
its line is whole.

Two deliberate departures, because a truncated answer must not go unnoticed: a final
event without its blank line is still dispatched by `flush()`, and so is a last line
without its line end. A third, so that no input is fatal: a `retry:` of more than 18
digits (beyond 64 bits) is ignored.

Linear: a chunk is scanned once; bytes of an unfinished line wait in a list and are joined
once, when the line ends (never `buffer += chunk`, which is quadratic for a large event).
"""

from __future__ import annotations

from typing import Any, Literal, NamedTuple, overload

__all__ = ["SSEDecoder", "ServerSentEvent"]

BOM = b"\xef\xbb\xbf"  # a UTF-8 byte order mark at the start of the stream is skipped
_MAX_RETRY_DIGITS = 18  # a `retry:` of more digits (over 30 million years) is ignored


class ServerSentEvent(NamedTuple):
    """One dispatched event. `event` is `message` when the stream named none.

    A named tuple: the cheapest immutable record to create, once per event.
    """

    data: str
    event: str = "message"
    id: str | None = None
    retry: int | None = None


class SSEDecoder:
    """Feed bytes with `feed()`; call `flush()` once the stream has ended."""

    __slots__ = ("_data", "_event", "_head", "_last_id", "_partial", "_retry", "_skip_lf")

    def __init__(self) -> None:
        self._head: bytes | None = b""  # the first bytes, until a leading BOM is ruled out
        self._partial: list[bytes] = []  # pieces of the unfinished last line
        self._skip_lf = False  # the previous chunk ended with CR: a leading LF belongs to it
        self._data: list[bytes] = []
        self._event: bytes | None = None
        self._last_id: str | None = None  # persists across events, as the standard says
        self._retry: int | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode a chunk; return the events it completed (possibly none)."""
        complete = self._complete_lines(chunk)
        return [] if complete is None else self._decode(complete)

    def feed_data(self, chunk: bytes) -> list[str]:
        """`[event.data for event in feed(chunk)]`, for readers that use nothing but the
        data (a Fetch Hive stream names its events in the JSON, not with `event:`). Step 1
        of the stream's fast path (docs/streaming.md, "The fast path")."""
        complete = self._complete_lines(chunk)
        if complete is None:
            return []
        if b"\r" in complete:  # CR line ends: rare, the general path
            return [event.data for event in self._decode(complete)]
        return self._blocks(complete, data_only=True)

    def _decode(self, complete: bytes) -> list[ServerSentEvent]:
        if b"\r" in complete:
            normalized = complete.replace(b"\r\n", b"\n")
            if b"\r" in normalized:
                # Bare CR line ends: split the original bytes. (Not `normalized`: in
                # "\r\r\n" the replacement would make the CR and the LF one line end.)
                return self._lines(complete.splitlines())
            complete = normalized
        return self._blocks(complete, data_only=False)

    def _complete_lines(self, chunk: bytes) -> bytes | None:
        """The whole lines the chunk completes (the rest waits for the next chunk), or
        None when it completes none."""
        if not chunk:
            return None
        if self._head is not None:
            chunk = self._head + chunk
            if len(chunk) < len(BOM) and BOM.startswith(chunk):
                self._head = chunk
                return None
            self._head = None
            if chunk.startswith(BOM):
                chunk = chunk[len(BOM) :]
                if not chunk:
                    return None
        if self._skip_lf:
            self._skip_lf = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
                if not chunk:
                    return None
        end = max(chunk.rfind(b"\n"), chunk.rfind(b"\r"))
        if end < 0:
            self._partial.append(chunk)
            return None
        complete = chunk[: end + 1]
        if self._partial:
            self._partial.append(complete)
            complete = b"".join(self._partial)
            self._partial = []
        if end + 1 < len(chunk):
            self._partial.append(chunk[end + 1 :])
        elif chunk[end] == 13:  # ends with CR: maybe the first half of a CRLF
            self._skip_lf = True
        return complete

    @overload
    def _blocks(self, complete: bytes, *, data_only: Literal[False]) -> list[ServerSentEvent]: ...
    @overload
    def _blocks(self, complete: bytes, *, data_only: Literal[True]) -> list[str]: ...
    def _blocks(self, complete: bytes, *, data_only: bool) -> list[Any]:
        """LF-only lines (`complete` ends with LF). Runs of one-line `data:` events, the
        usual shape, are cut and decoded by C-level bytes methods, without a Python loop
        per line; anything else goes through the line-by-line path."""
        events: list[Any] = []
        start = 0
        if self._data or self._event is not None or complete[:6] != b"data: ":
            # Finish the event in progress (or unusual lines) up to the first blank line.
            first = complete.find(b"\n\n")
            if first < 0:
                return _as(self._lines(complete.split(b"\n")[:-1]), data_only)
            lines = complete[:first].split(b"\n")
            lines.append(b"")
            events = _as(self._lines(lines), data_only)
            start = first + 2
        cut = complete.rfind(b"\n\n", start)
        cut = start if cut < 0 else cut + 2
        if cut > start:
            run = complete[start:cut]
            texts = self._data_texts(run) if data_only else None
            events.extend(texts if texts is not None else _as(self._whole_events(run), data_only))
        if cut < len(complete):  # lines of an event whose blank line has not come yet
            events.extend(_as(self._lines(complete[cut:].split(b"\n")[:-1]), data_only))
        return events

    @staticmethod
    def _data_texts(run: bytes) -> list[str] | None:
        """The texts of a run of one-line `data: ` events; None for any other run."""
        if run[:6] != b"data: ":
            return None
        # The first event on its own (a long answer can be megabytes: found by one memchr,
        # never searched for separators), then the rest with one decode and one split.
        end = run.find(b"\n")
        if run[end + 1 : end + 2] != b"\n":
            return None
        first = run[6:end].decode("utf-8", "replace")
        if end + 2 == len(run):
            return [first]
        if run[end + 2 : end + 8] != b"data: ":
            return None
        texts = run[end + 8 : -2].decode("utf-8", "replace").split("\n\ndata: ")
        # No LF inside a text: every event is a single `data: ` line. (Decoding first is
        # safe: a replaced invalid sequence never swallows an ASCII LF.)
        if any("\n" in text for text in texts):
            return None
        texts.insert(0, first)
        return texts

    def _whole_events(self, run: bytes) -> list[ServerSentEvent]:
        """`run` starts at an event and ends with its blank line; no event is pending."""
        if run[:6] == b"data: ":
            pieces = run[6:-2].split(b"\n\ndata: ")
            # Exactly two LFs per piece: every event is a single `data: ` line.
            if run.count(b"\n") == 2 * len(pieces):
                make = tuple.__new__  # ServerSentEvent(...) minus its Python-level __new__
                last_id, retry = self._last_id, self._retry
                return [
                    make(
                        ServerSentEvent,
                        (piece.decode("utf-8", "replace"), "message", last_id, retry),
                    )
                    for piece in pieces
                ]
        events: list[ServerSentEvent] = []
        for block in run[:-2].split(b"\n\n"):
            lines = block.split(b"\n")
            lines.append(b"")
            events.extend(self._lines(lines))
        return events

    def flush(self) -> list[ServerSentEvent]:
        """End of stream: finish an unterminated last line and a last event without its
        blank line."""
        if self._head:  # the stream was shorter than a BOM and was not one
            self._partial.append(self._head)
        self._head = None
        lines = [b"".join(self._partial)] if self._partial else []
        self._partial = []
        self._skip_lf = False
        events = self._lines(lines)
        if self._data:
            events.extend(self._lines([b""]))
        return events

    def _lines(self, lines: list[bytes]) -> list[ServerSentEvent]:
        # bytes.splitlines() splits on exactly LF, CR and CRLF: the event-stream line ends.
        events: list[ServerSentEvent] = []
        data = self._data
        for line in lines:
            if line[:6] == b"data: ":  # the common case first
                data.append(line[6:])
            elif not line:
                if data:
                    events.append(self._dispatch(data))
                    data = self._data = []
                self._event = None
            elif line[:1] != b":":
                self._field(line)
        return events

    def _field(self, line: bytes) -> None:
        name, colon, value = line.partition(b":")
        if colon and value[:1] == b" ":
            value = value[1:]
        if name == b"data":
            self._data.append(value)
        elif name == b"event":
            self._event = value
        elif name == b"id":
            if b"\0" not in value:
                self._last_id = value.decode("utf-8", "replace")
        # ASCII digits only, as the standard says; beyond 64 bits (and int()'s limit of
        # 4300 digits) it is no usable reconnection time: ignored.
        elif name == b"retry" and value.isdigit() and len(value) <= _MAX_RETRY_DIGITS:
            self._retry = int(value)
        # Other field names are ignored, as the standard says.

    def _dispatch(self, data: list[bytes]) -> ServerSentEvent:
        text = (data[0] if len(data) == 1 else b"\n".join(data)).decode("utf-8", "replace")
        event = self._event.decode("utf-8", "replace") if self._event else "message"
        return ServerSentEvent(text, event, self._last_id, self._retry)


def _as(events: list[ServerSentEvent], data_only: bool) -> list[Any]:
    return [event.data for event in events] if data_only else events
