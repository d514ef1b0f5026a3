"""URLs in requests: the spec's `format: uri`, with a real host, and the scheme rule of each
kind of URL (`x-fetch-hive-url` on the schema).

- `any`: an absolute http:// or https:// URL;
- `https`: https:// only, even locally (the service fetches these: attachments, images);
- `callback`: https://, or http:// to a loopback host (localhost, 127.0.0.1, [::1]) for local
  development: where the service POSTs its signed callbacks. The spec says the same with a
  `pattern`, which the reference server applies.
"""

from __future__ import annotations

import re
from typing import Any, Final, Literal
from urllib.parse import urlsplit

__all__ = ["LOOPBACK_HOSTS", "UrlRule", "uri_problem"]

UrlRule = Literal["any", "https", "callback"]
LOOPBACK_HOSTS: Final = frozenset({"localhost", "127.0.0.1", "::1"})

# RFC 3986 characters (percent escapes intact): the spec's `format: uri` check. No space,
# no control character (CR, LF, tab), nothing outside ASCII.
_URI_CHARACTERS: Final = re.compile(r"(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*")
# A host: a DNS-style name or IPv4 address (letters, digits, - . _ ~ and escapes), or an
# IP literal in brackets (checked by urlsplit).
_HOST: Final = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+|\[[0-9A-Fa-f:.]+\]")


def _shown(value: Any, limit: int = 200) -> str:
    text = repr(value)
    return text if len(text) <= limit else f"{text[: limit - 3]}..."


def uri_problem(value: object, where: str, rule: UrlRule = "any") -> str | None:
    """None when `value` is a URL this rule accepts, else what is wrong with it, naming
    `where`. A URL must be an absolute http(s) URL that names a real host: a non-empty
    host, a port within 1-65535, no user info (`https://trusted.example@other.example/`
    goes to other.example; credentials in a URL end up in logs)."""
    if not isinstance(value, str):
        return f"{where}: must be a URL string, got {type(value).__name__}"
    if _URI_CHARACTERS.fullmatch(value) is None:
        return (
            f"{where}: must be a URL of ASCII characters without spaces, tabs or line breaks "
            f"(percent-encode others), got {_shown(value)}"
        )
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError as exc:  # a bad port or IP literal
        return f"{where}: is not a valid URL ({exc}), got {value!r}"
    if parts.scheme not in ("https", "http") or not parts.netloc:  # the scheme is lowercased
        wanted = "https://" if rule == "https" else "https:// or http://"
        return f"{where}: must be an absolute {wanted} URL, got {value!r}"
    authority = parts.netloc
    if "@" in authority:
        return f"{where}: must not contain user info (name@ before the host), got {value!r}"
    host = authority.rsplit(":", 1)[0] if not authority.endswith("]") else authority
    if not parts.hostname or _HOST.fullmatch(host) is None:
        return f"{where}: must name a host, got {value!r}"
    if port == 0:
        return f"{where}: the port must be within 1-65535, got {value!r}"
    if parts.scheme == "http":
        if rule == "https":
            return f"{where}: must be an https:// URL, got {value!r}"
        if rule == "callback" and parts.hostname not in LOOPBACK_HOSTS:
            return (
                f"{where}: must use https (http is allowed only for loopback hosts: "
                f"localhost, 127.0.0.1, [::1]), got {value!r}"
            )
    return None
