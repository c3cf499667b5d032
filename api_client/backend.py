"""The interface every ticketing backend implements (native, Request Tracker, Zendesk, Chatwoot)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from api_client.models import (
    AgentState,
    AuditEntry,
    BulkAssignItem,
    BulkAssignResult,
    ChangesPage,
    Interaction,
    Priority,
    Review,
    ReviewInput,
    Scorecard,
    Snapshot,
    Ticket,
    User,
)

# What a backend can provide. A backend class lists its own in ``capabilities``; where one is missing
# the console says "not available from this backend" instead of showing a wrong zero.
CAPABILITIES: frozenset[str] = frozenset({
    "push",           # changes pushed by the server (else the feed polls)
    "sla",            # SLA due times on tickets (breached, at risk)
    "service_level",  # a queue service-level target and live contacts answered within it
    "csat",           # customer satisfaction ratings
    "agent_states",   # agent availability (available, break, offline...)
    "transcripts",    # conversation messages
    "recordings",     # call audio
    "reviews",        # QA reviews stored in the ticketing system
})


def capabilities(backend: object) -> frozenset[str]:
    """What ``backend`` (an instance or class) provides; a backend that does not say provides everything."""
    return getattr(backend, "capabilities", CAPABILITIES)


class Backend(Protocol):
    """What the console needs from a ticketing system. Every call may raise an ApiError."""

    def whoami(self) -> User:
        """The user the credentials belong to, with their role."""
        ...

    def snapshot(self) -> Snapshot:
        """Queues, agents and tickets, with the cursor to follow changes from."""
        ...

    def changes(self, cursor: int, wait: float = 0.0) -> ChangesPage:
        """Changes after ``cursor``, waiting up to ``wait`` seconds for one (long-poll)."""
        ...

    def stream(self, cursor: int) -> Iterator[ChangesPage]:
        """Changes after ``cursor`` as they happen (push where the system has it, else polling)."""
        ...

    def assign(self, ticket_id: int, version: int, assignee_id: str | None, reason: str = "") -> Ticket:
        """Give a ticket to an agent, or back to its queue with None. Stale version: Conflict."""
        ...

    def bulk_assign(self, items: list[BulkAssignItem], reason: str = "") -> BulkAssignResult:
        """Assign many tickets; each one's outcome is reported."""
        ...

    def escalate(self, ticket_id: int, version: int, *, reason: str, priority: Priority | None = None,
                 queue_id: str | None = None) -> Ticket:
        """Raise priority and/or move to another queue, with a required reason."""
        ...

    def set_agent_state(self, agent_id: str, state: AgentState, reason: str = "") -> None:
        """Put an agent on break, offline or back to work."""
        ...

    def interactions(self, *, ticket_id: int | None = None, agent_id: str | None = None,
                     limit: int = 100) -> list[Interaction]:
        """Recorded conversations, newest first."""
        ...

    def recording(self, interaction_id: int) -> bytes:
        """The audio of a call (WAV)."""
        ...

    def scorecards(self) -> list[Scorecard]:
        """QA scorecards."""
        ...

    def reviews(self, *, interaction_id: int | None = None, reviewer_id: str | None = None) -> list[Review]:
        """QA reviews, newest first."""
        ...

    def save_review(self, review: ReviewInput, *, review_id: int | None = None,
                    version: int | None = None) -> Review:
        """Create a review, or update ``review_id`` at ``version``."""
        ...

    def audit(self, *, ticket_id: int | None = None, limit: int = 200) -> list[AuditEntry]:
        """Who did what, newest first."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...
