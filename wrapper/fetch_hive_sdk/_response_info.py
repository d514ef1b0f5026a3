"""`ResponseInfo`: how a result was obtained, attached to each result the SDK returns
(`result.http_response`, `result.retries_taken`, `result.rate_limit`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

    from ._rate_limit import RateLimitInfo


class ResponseInfo:
    """The final HTTP answer of a call and the retries before it."""

    __slots__ = ("http_response", "retries_taken")

    def __init__(self, http_response: httpx.Response, retries_taken: int) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken

    @property
    def rate_limit(self) -> RateLimitInfo | None:
        # Read from the headers only when asked: most callers never look.
        from ._rate_limit import RateLimitInfo

        return RateLimitInfo.from_headers(self.http_response.headers)
