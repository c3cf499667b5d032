"""Keyset pagination: every item of a list served newest first by id, one page at a time."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Protocol, TypeVar

from api_client.errors import MalformedResponse

PAGE = 500


class HasId(Protocol):
    @property
    def id(self) -> int: ...


T = TypeVar("T", bound=HasId)


def every(fetch: Callable[[int | None, int], Sequence[T]], page: int = PAGE,
          stop: Callable[[], bool] | None = None) -> Iterator[T]:
    """Every item ``fetch(before_id, limit)`` serves, lazily: the first page with ``before_id`` None, then the
    page below the last id seen, until a page is shorter than ``page``. Items added meanwhile (greater ids) are
    neither repeated nor make another one skipped. ``stop()`` is asked before each further page (a cancelled
    job ends there). A server that does not page below ``before_id`` raises MalformedResponse, never loops."""
    before: int | None = None
    while True:
        items = fetch(before, page)
        yield from items
        if len(items) < page or (stop is not None and stop()):
            return
        last = items[-1].id
        if before is not None and last >= before:
            raise MalformedResponse(f"The server did not page below id {before}", code="paging")
        before = last
