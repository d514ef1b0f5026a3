"""Knowledge-base chunks and their deterministic lexical score.

An item's text is cut into chunks of ``maximum_chunk_length`` words, neighbours sharing
``chunk_overlap`` words. A chunk's score for a query is the share of the query's distinct
words that the chunk contains (0 to 1), so the same items and query always give the same
scores. Every search type (``hybrid``, ``vector``, ``full_text``) uses this score: the
reference server has no embeddings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<!\w)\+?\d[\d ().-]{6,}\d(?!\w)")

DEFAULT_CHUNK_WORDS = 200
DEFAULT_OVERLAP = 0


def words(text: str) -> list[str]:
    """The lowercase words of a text (letters and digits; apostrophes inside a word stay)."""
    return [match.group(0).lower() for match in _WORD.finditer(text)]


def clean(text: str, *, drop_emails: bool, drop_phones: bool) -> str:
    """Remove e-mail addresses and telephone numbers when the item asks for it."""
    if drop_emails:
        text = _EMAIL.sub("[email removed]", text)
    if drop_phones:
        text = _PHONE.sub("[telephone removed]", text)
    return text


def chunk(text: str, max_words: int, overlap: int) -> list[str]:
    """Chunks of at most ``max_words`` words; each shares ``overlap`` words with the previous."""
    tokens = text.split()
    if not tokens:
        return []
    max_words, overlap = int(max_words), int(overlap)  # JSON may send 5.0 for an integer
    step = max(1, max_words - min(overlap, max_words - 1))
    pieces = []
    for start in range(0, len(tokens), step):
        pieces.append(" ".join(tokens[start : start + max_words]))
        if start + max_words >= len(tokens):
            break
    return pieces


def score(query: str, text: str) -> float:
    """Share of the query's distinct words found in ``text``, rounded to 4 places."""
    wanted = set(words(query))
    if not wanted:
        return 0.0
    found = wanted & set(words(text))
    return round(len(found) / len(wanted), 4)


@dataclass(frozen=True)
class Hit:
    item_id: str
    item_name: str
    chunk_index: int
    content: str
    score: float

    def to_json(self) -> dict[str, Any]:
        return {
            "knowledge_base_item_id": self.item_id,
            "item_name": self.item_name,
            "chunk_index": self.chunk_index,
            "content": self.content,
            "score": self.score,
        }


def search(
    items: Iterable[Mapping[str, Any]], query: str, *, limit: int, threshold: float
) -> list[Hit]:
    """The best chunks of ``items`` (documents with ``id``, ``name``, ``_chunks``).

    Only chunks scoring above zero and at least ``threshold``; best first, ties in item and
    chunk order; at most ``limit``.
    """
    hits: list[tuple[float, int, Hit]] = []
    order = 0
    for item in items:
        chunks: Sequence[str] = item.get("_chunks", [])
        for index, text in enumerate(chunks):
            value = score(query, text)
            if value > 0 and value >= threshold:
                hits.append((-value, order, Hit(item["id"], item["name"], index, text, value)))
            order += 1
    hits.sort(key=lambda entry: (entry[0], entry[1]))
    return [hit for _, _, hit in hits[: int(limit)]]
