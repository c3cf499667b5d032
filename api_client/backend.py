"""The interfaces every ticketing backend implements (native, Request Tracker, Zendesk, Chatwoot).

Three Protocols say what the console calls: :class:`FeedBackend` (reading and following the live state),
:class:`WriteBackend` (the supervisor's writes) and :class:`QaBackend` (quality reviews); :class:`Backend`
is all three. Every backend implements every method. What a system cannot do is declared once, in the
class's ``capabilities`` (a set of :class:`Capability`); calling an operation whose capability is missing
raises :class:`api_client.errors.NotAvailable` before anything is sent. Lists are newest first by id;
``before_id`` asks for the next page (only ids below it) and :func:`api_client.paging.every` walks them all.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator, Sequence
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol

from api_client.models import (
    AgentState,
    Assignment,
    AuditAction,
    AuditEntry,
    BulkAssignItem,
    BulkAssignResult,
    Calibration,
    CalibrationInput,
    CategoryScore,
    ChangesPage,
    HistorySeries,
    Interaction,
    InteractionFilter,
    Person,
    Priority,
    Review,
    ReviewInput,
    SampleRequest,
    Scorecard,
    ScorecardInput,
    SettingName,
    SharedSetting,
    Snapshot,
    Ticket,
    User,
)


class Capability(StrEnum):
    """Something a ticketing system may lack. Data a system lacks is simply absent from what it sends
    (the console says "not available" instead of a wrong zero); an operation it lacks raises NotAvailable."""

    # data
    PUSH = "push"                    # changes pushed by the server (else the feed polls)
    SLA = "sla"                      # SLA due times on tickets (breached, at risk)
    SERVICE_LEVEL = "service_level"  # a queue service-level target and live contacts answered within it
    CSAT = "csat"                    # customer satisfaction ratings
    AGENT_STATES = "agent_states"    # agent availability (available, break, offline...)
    TRANSCRIPTS = "transcripts"      # conversation messages
    REVIEWS = "reviews"              # QA reviews stored in (or beside) the ticketing system
    # operations
    RECORDINGS = "recordings"                  # recording(): call audio
    SET_AGENT_STATE = "set_agent_state"        # set_agent_state(): put an agent on break or offline
    MOVE_QUEUE = "move_queue"                  # escalate(queue_id=...): move a ticket to another queue
    AUDIT = "audit"                            # audit(): assignment, queue and priority changes
    AUDIT_ACROSS_TICKETS = "audit_across_tickets"  # audit() without a ticket_id
    REVIEW_ASSIGNMENTS = "review_assignments"  # assign_review(), sample(): a reviewer's queue
    DISPUTES = "disputes"                      # dispute(), resolve_dispute()
    CALIBRATION = "calibration"                # calibration(), create_calibration(), set_agreed()
    SCORECARD_EDITING = "scorecard_editing"    # save_scorecard()
    USERS = "users"                            # users(): console users and agents by id, with names
    HISTORY = "history"                        # history(): the centre's series from the server (else the console
                                               # computes them from the snapshot's tickets)
    SHARED_SETTINGS = "shared_settings"        # setting(), save_setting(): thresholds and the wall's pages kept for
                                               # the whole centre (a hub, our API; else each console's own)


ALL_CAPABILITIES: frozenset[Capability] = frozenset(Capability)


class FeedBackend(Protocol):
    """Reading a ticketing system and following its changes. Every call may raise an ApiError."""

    capabilities: frozenset[Capability]

    def whoami(self) -> User:
        """The user the credentials belong to, with their role."""
        ...

    def users(self) -> list[Person]:
        """Console users and agents, to show names for ids (capability USERS)."""
        ...

    def snapshot(self) -> Snapshot:
        """Queues, agents and tickets, with the cursor to follow changes from."""
        ...

    def history(self, since: datetime, until: datetime, step: int) -> HistorySeries:
        """The centre's series per queue, channel and priority (capability HISTORY; docs/metrics.md)."""
        ...

    def changes(self, cursor: int, wait: float = 0.0) -> ChangesPage:
        """Changes after ``cursor``, waiting up to ``wait`` seconds for one (long-poll)."""
        ...

    def stream(self, cursor: int) -> Generator[ChangesPage, None, None]:
        """Changes after ``cursor`` as they happen (push where the system has it, else polling)."""
        ...

    def ticket(self, ticket_id: int) -> Ticket:
        """One ticket as it is now."""
        ...

    def tickets(self, *, queue_id: str | None = None, assignee_id: str | None = None, unresolved: bool = False,
                limit: int = 5000) -> Iterator[Ticket]:
        """Matching tickets, fetched lazily."""
        ...

    def audit(self, *, ticket_id: int | None = None, actor_id: str | None = None, agent_id: str | None = None,
              action: AuditAction | None = None, since: datetime | None = None, until: datetime | None = None,
              limit: int = 200, before_id: int | None = None) -> list[AuditEntry]:
        """Who did what, newest first (``agent_id``: tickets moved from or to that agent).
        Capabilities AUDIT and, without ``ticket_id``, AUDIT_ACROSS_TICKETS."""
        ...

    def close(self) -> None:
        """Release connections (and end a polling wait in progress)."""
        ...


class WriteBackend(Protocol):
    """A supervisor's writes. Writes carry the ticket's version; a stale one raises Conflict."""

    def assign(self, ticket_id: int, version: int, assignee_id: str | None, reason: str = "",
               override_reason: str = "") -> Ticket:
        """Give a ticket to an agent, or back to its queue with None; ``override_reason`` explains a
        move past a warning (a system without the field keeps it in the reason)."""
        ...

    def bulk_assign(self, items: list[BulkAssignItem], reason: str = "", override_reason: str = "") -> BulkAssignResult:
        """Assign many tickets; each one's outcome is reported."""
        ...

    def escalate(self, ticket_id: int, version: int, *, reason: str, priority: Priority | None = None,
                 queue_id: str | None = None) -> Ticket:
        """Raise priority and/or move to another queue (capability MOVE_QUEUE), with a required reason."""
        ...

    def set_agent_state(self, agent_id: str, state: AgentState, reason: str = "") -> None:
        """Put an agent on break, offline or back to work (capability SET_AGENT_STATE)."""
        ...


class QaBackend(Protocol):
    """Quality reviews: interactions, scorecards, reviews, review queues, disputes and calibration."""

    def interactions(self, flt: InteractionFilter | None = None, limit: int = 100, *, before_id: int | None = None,
                     ids: Sequence[int] | None = None) -> list[Interaction]:
        """Recorded conversations that match ``flt`` (all when None), newest first; with ``ids`` (at most
        ``contract.MAX_IDS``) only those of them that exist."""
        ...

    def interaction(self, interaction_id: int) -> Interaction:
        """One conversation."""
        ...

    def recording(self, interaction_id: int) -> bytes:
        """The audio of a call, WAV (capability RECORDINGS)."""
        ...

    def scorecards(self) -> list[Scorecard]:
        """QA scorecards, newest version of each."""
        ...

    def scorecard_version(self, scorecard_id: str, version: int) -> Scorecard:
        """One version of a scorecard."""
        ...

    def save_scorecard(self, card: ScorecardInput, *, new: bool) -> Scorecard:
        """Create a scorecard or add a version of it (capability SCORECARD_EDITING)."""
        ...

    def reviews(self, *, interaction_id: int | None = None, reviewer_id: str | None = None,
                calibration_id: int | None = None, limit: int = 100, before_id: int | None = None) -> list[Review]:
        """QA reviews, newest first."""
        ...

    def save_review(self, review: ReviewInput, *, review_id: int | None = None,
                    version: int | None = None) -> Review:
        """Create a review, or update ``review_id`` at ``version``."""
        ...

    def dispute(self, review_id: int, comment: str) -> Review:
        """Dispute a submitted review (capability DISPUTES)."""
        ...

    def resolve_dispute(self, review_id: int, accept: bool, comment: str = "") -> Review:
        """Accept or reject the open dispute of a review (capability DISPUTES)."""
        ...

    def assignments(self, *, reviewer_id: str | None = None, limit: int = 500,
                    before_id: int | None = None) -> list[Assignment]:
        """The review queue, newest first (empty where reviews cannot be assigned)."""
        ...

    def assign_review(self, interaction_id: int, reviewer_id: str) -> Assignment:
        """Put an interaction in a reviewer's queue (capability REVIEW_ASSIGNMENTS)."""
        ...

    def sample(self, request: SampleRequest) -> list[Assignment]:
        """Assign random interactions to a reviewer (capability REVIEW_ASSIGNMENTS)."""
        ...

    def calibrations(self, limit: int = 100) -> list[Calibration]:
        """Calibration sessions, newest first (empty where there are none)."""
        ...

    def calibration(self, calibration_id: int) -> Calibration:
        """One calibration session (capability CALIBRATION)."""
        ...

    def create_calibration(self, session: CalibrationInput) -> Calibration:
        """Start a calibration session (capability CALIBRATION)."""
        ...

    def set_agreed(self, calibration_id: int, scores: list[CategoryScore]) -> Calibration:
        """Record a session's agreed scores (capability CALIBRATION)."""
        ...


class SettingsBackend(Protocol):
    """The documents a whole centre shares (capability SHARED_SETTINGS)."""

    def setting(self, name: SettingName) -> SharedSetting | None:
        """The newest version of a shared document; None while nobody has saved one."""
        ...

    def save_setting(self, name: SettingName, data: dict[str, Any]) -> SharedSetting:
        """Save a new version of a shared document (supervisor only; a document that makes no sense is
        InvalidRequest naming the field)."""
        ...


class Backend(FeedBackend, WriteBackend, QaBackend, SettingsBackend, Protocol):
    """Everything the console needs from a ticketing system."""


class BackendClass(Protocol):
    """A backend class: what it can do before connecting, and how to connect."""

    capabilities: frozenset[Capability]

    def __call__(self, base_url: str, token: str | None, **options: Any) -> Backend: ...
