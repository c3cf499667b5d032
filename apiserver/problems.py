"""The native API's errors and what raises them: problems, request bodies, If-Match, permissions.

A leaf module: the HTTP surface (:mod:`apiserver.http`) and the operations behind it
(:mod:`simulator.service`, :mod:`apiserver.qa_store`) both raise :class:`Problem`, and nothing here imports them.
"""

from __future__ import annotations

import re
from typing import TypeVar

import msgspec

from api_client import models as m

T = TypeVar("T")
_FIELD_RE = re.compile(r"at `\$\.?([^`]*)`")
_IF_MATCH_RE = re.compile(r'"([1-9][0-9]{0,17})"')  # the contract's If-Match: the ETag as issued, ASCII digits

# What a role may do, as the scopes of its credentials (Starlette's ``requires``).
LEAD = "lead"  # move tickets, set agents' states, dispute reviews
REVIEW = "review"  # score interactions, sample review queues, answer disputes
SUPERVISE = "supervise"  # scorecards, calibration, review assignments, the simulator's controls
PERMISSIONS: dict[m.Role, frozenset[str]] = {
    "supervisor": frozenset({LEAD, REVIEW, SUPERVISE}),
    "team_lead": frozenset({LEAD}),
    "qa_reviewer": frozenset({REVIEW}),
    "viewer": frozenset(),
}


class Problem(Exception):
    """An API error: HTTP status plus the :class:`ErrorBody`."""

    def __init__(self, status: int, error: str, message: str, field: str | None = None,
                 ticket: m.Ticket | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.body = m.ErrorBody(error=error, message=message, field=field, ticket=ticket)


def decode_body(raw: bytes, tp: type[T]) -> T:
    """Decode and validate a request body; a bad one is a 422 naming the field."""
    try:
        return msgspec.json.decode(raw, type=tp)
    except msgspec.ValidationError as exc:
        match = _FIELD_RE.search(str(exc))
        raise Problem(422, "validation_error", str(exc), field=match.group(1) if match else None) from None
    except msgspec.DecodeError as exc:
        raise Problem(400, "malformed_json", f"Request body is not valid JSON: {exc}") from None


def parse_if_match(value: str | None) -> int:
    """The version in an If-Match header, exactly as the ETag was issued (``"7"``): a weak (``W/"7"``), unquoted
    or zero-padded tag is refused, as a write needs a strong match."""
    if value is None:
        raise Problem(428, "precondition_required", "If-Match with the ticket's version is required",
                      field="If-Match")
    match = _IF_MATCH_RE.fullmatch(value.strip())
    if match is None:
        raise Problem(400, "bad_if_match", f'If-Match must be the ETag as sent, e.g. "7"; got {value[:40]!r}',
                      field="If-Match")
    return int(match.group(1))
