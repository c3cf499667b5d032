"""Typed models of the native ticketing API (the contract's schemas).

Every payload is decoded with msgspec against these types, so a malformed
response fails with a message naming the JSON path of the bad field.
The high-volume types (tickets, agents, changes) are not tracked by the cyclic garbage
collector (``gc=False``: they hold no reference cycles); with 100k tickets in memory a full
collection otherwise stalls every thread, the GUI's included, for 100-300 ms.
The OpenAPI document (``api_client/openapi.json``) is generated from them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta, Struct

Channel = Literal["phone", "chat", "email", "social", "app"]
Priority = Literal["low", "normal", "high", "urgent"]
Status = Literal["new", "open", "pending", "solved", "closed"]
Tier = Literal["standard", "gold", "vip"]
AgentState = Literal["available", "busy", "after_call_work", "break", "offline"]
CapacitySource = Literal["system", "nominal", "console"]
"""Where an agent's capacity comes from: the ticketing system's own figure, a nominal one (the system has none),
or a supervisor's setting in the console (for an agent whose system has none)."""
Role = Literal["supervisor", "team_lead", "qa_reviewer", "viewer"]
Speaker = Literal["customer", "agent", "system"]
PersonRole = Literal["supervisor", "team_lead", "qa_reviewer", "viewer", "agent"]

CHANNELS: tuple[Channel, ...] = ("phone", "chat", "email", "social", "app")
PRIORITIES: tuple[Priority, ...] = ("low", "normal", "high", "urgent")
UNRESOLVED: frozenset[Status] = frozenset({"new", "open", "pending"})
AGENT_STATES: tuple[AgentState, ...] = ("available", "busy", "after_call_work", "break", "offline")
LOW_CSAT = 2  # "low CSAT": a rating of 1 or 2
REPEAT_WINDOW_S = 7 * 86400  # a contact from the same requester within 7 days of their last is a repeat
LIVE_CHANNELS: frozenset[Channel] = frozenset({"phone", "chat"})  # answered live: the service level's contacts

Id = Annotated[str, Meta(min_length=1, max_length=64)]
Reason = Annotated[str, Meta(max_length=2000)]
RequiredReason = Annotated[str, Meta(min_length=1, max_length=2000)]
Seconds = Annotated[int, Meta(ge=0)]
RefId = Annotated[int, Meta(ge=1, le=2**53)]  # a reference to an existing record, as ids are issued
LANGUAGES: tuple[str, ...] = ("en", "zh-CN", "zh-TW")  # the languages a server may label its catalog in
# A catalog object's name per language (BCP 47 tag -> text), beside its ``name`` (the server's default).
Names = Annotated[dict[Annotated[str, Meta(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")],
                       Annotated[str, Meta(min_length=1, max_length=200)]], Meta(max_length=20)]


def in_languages(en: str, zh_cn: str, zh_tw: str) -> dict[str, str]:
    """A name in each of :data:`LANGUAGES` (the ``names`` of a catalog object)."""
    return {"en": en, "zh-CN": zh_cn, "zh-TW": zh_tw}


def label(name: str, names: dict[str, str], language: str) -> str:
    """``name`` in ``language`` (a BCP 47 tag such as ``zh-TW``) where ``names`` has it, else ``name`` itself:
    never another script's text (a Traditional reader gets the default, not the Simplified label)."""
    return names.get(language) or name


class User(Struct, kw_only=True):
    """The authenticated user (``GET /me``); ``names``: their name per language where the server offers them."""

    id: str
    name: str
    names: Names = {}
    role: Role


class Person(Struct, kw_only=True):
    """Someone the console names (``GET /users``): a console user or an agent, with the agent's team;
    ``names``: their name per language where the server offers them."""

    id: str
    name: str
    names: Names = {}
    role: PersonRole
    team: str | None = None


class SlaTarget(Struct, kw_only=True):
    """First-response and resolution targets for one priority."""

    priority: Priority
    first_response_s: Seconds
    resolution_s: Seconds


class BusinessHours(Struct, kw_only=True):
    """A weekly calendar: SLA clocks only run inside it. ``end`` not after ``start`` closes the next day
    (22:00-06:00); ``holidays`` (ISO dates) close the windows that open on them."""

    timezone: str
    weekdays: list[Annotated[int, Meta(ge=0, le=6)]]  # 0 = Monday
    start: Annotated[str, Meta(pattern=r"^\d\d:\d\d$")]
    end: Annotated[str, Meta(pattern=r"^\d\d:\d\d$")]
    holidays: list[Annotated[str, Meta(pattern=r"^\d{4}-\d\d-\d\d$")]] = []


class ServiceLevelTarget(Struct, kw_only=True):
    """Share of contacts to answer within a threshold (e.g. 80 % in 20 s)."""

    percent: Annotated[float, Meta(ge=0, le=100)]
    threshold_s: Seconds


class Queue(Struct, kw_only=True):
    """A queue with its SLA policy; ``names``: its name per language where the server offers them."""

    id: str
    name: str
    names: Names = {}
    skill: str
    sla: list[SlaTarget]
    business_hours: BusinessHours | None = None
    paused_statuses: list[Status] = []
    service_level: ServiceLevelTarget
    at_risk_s: Seconds


class Agent(Struct, kw_only=True, gc=False):
    """An agent with state, skills and capacity; ``names``: the agent's name per language where the server
    offers them (a Chinese name in Traditional characters for a Traditional reader)."""

    id: str
    name: str
    names: Names = {}
    team: str
    state: AgentState
    state_since: datetime
    skills: list[str]
    capacity: Annotated[int, Meta(ge=0)]
    capacity_source: CapacitySource = "system"
    version: int


class Team(Struct, kw_only=True):
    """A team as agents name it in ``team``, with its name per language where the server offers them."""

    name: str
    names: Names = {}


class Requester(Struct, kw_only=True, gc=False):
    """The customer who opened a ticket."""

    id: str
    name: str
    tier: Tier
    language: str


class Leg(Struct, kw_only=True, gc=False):
    """Where a ticket was before it moved (an escalation to another queue or priority): until ``until``."""

    queue_id: str
    priority: Priority
    until: datetime


class Ticket(Struct, kw_only=True, gc=False):
    """A ticket; ``version`` increases with every change (used for If-Match).

    ``route`` lists the queues and priorities the ticket left, oldest first (empty if it never moved), so that
    each event counts where it happened: arrival in the first, any later event in the one it had then.
    ``repeat_contact``: the requester had contacted the centre within the 7 days before (None where a backend
    cannot say).
    ``web_url``: the ticket's page in its helpdesk's own web app, where the backend knows one.
    """

    id: int
    subject: str
    channel: Channel
    queue_id: str
    priority: Priority
    status: Status
    assignee_id: str | None = None
    requester: Requester
    created_at: datetime
    updated_at: datetime
    assigned_at: datetime | None = None
    first_response_at: datetime | None = None
    solved_at: datetime | None = None
    first_response_due: datetime | None = None
    resolution_due: datetime | None = None
    sla_paused: bool = False
    paused_s: float = 0.0  # business seconds the resolution clock was paused before its current run
    escalated: bool = False
    abandoned: bool = False
    reopened: int = 0
    handle_s: float | None = None
    csat: Annotated[int, Meta(ge=1, le=5)] | None = None
    nps: Annotated[int, Meta(ge=0, le=10)] | None = None
    route: tuple[Leg, ...] = ()
    repeat_contact: bool | None = None
    web_url: str | None = None
    version: int


class TicketChange(Struct, kw_only=True, tag="ticket", tag_field="kind", gc=False):
    """A ticket was created or changed: the full new state."""

    id: int
    at: datetime
    ticket: Ticket


class AgentChange(Struct, kw_only=True, tag="agent", tag_field="kind", gc=False):
    """An agent changed (state, skills, capacity): the full new state."""

    id: int
    at: datetime
    agent: Agent


Change = TicketChange | AgentChange


class Snapshot(Struct, kw_only=True):
    """Everything needed to start: apply the change feed from ``cursor`` on. ``web_base``: where the server
    shows a ticket in a browser (``web_base`` + the ticket's id), for tickets without a ``web_url`` of their own;
    None where it has no such pages."""

    cursor: int
    server_time: datetime
    clock_rate: float
    queues: list[Queue]
    agents: list[Agent]
    tickets: list[Ticket]
    teams: list[Team] = []
    web_base: str | None = None


class ChangesPage(Struct, kw_only=True):
    """A batch of changes after a cursor; ``cursor`` is where to continue."""

    cursor: int
    server_time: datetime
    changes: list[Change]


Counts = list[Annotated[int, Meta(ge=0)]]


class HistoryCell(Struct, kw_only=True):
    """One (queue, channel, priority) cell of ``GET /history``: one value per point of ``HistorySeries.times``.

    Levels at the point: ``waiting``, ``breached``, ``at_risk``. Counts of the events in the step that ends at
    the point, each in the queue and priority the ticket had when it happened (docs/metrics.md): ``arrivals``,
    ``handled`` (solved), ``sl_counted`` (contacts the service level counts: live contacts answered or abandoned
    in a queue with a live threshold, else tickets first replied with a first-reply due time), ``sl_met`` (...
    whose first answer met its target), ``rated`` (CSAT ratings), ``rated_good`` (ratings of 4 or 5).
    """

    queue_id: str
    channel: Channel
    priority: Priority
    waiting: Counts
    breached: Counts
    at_risk: Counts
    arrivals: Counts
    handled: Counts
    sl_counted: Counts
    sl_met: Counts
    rated: Counts
    rated_good: Counts


class HistorySeries(Struct, kw_only=True):
    """``GET /history``: the centre's series at ``step`` seconds. ``times`` (Unix seconds) are the multiples of
    ``step`` from ``since`` to ``until``, and ``until`` itself; a step's events are those after the point
    before (one step before the first point) up to and including its own. Cells with nothing are left out."""

    step: int
    times: list[float]
    cells: list[HistoryCell]


class Turn(Struct, kw_only=True):
    """One turn of a transcript."""

    speaker: Speaker
    at: datetime
    text: str
    internal: bool = False


class Interaction(Struct, kw_only=True):
    """A recorded conversation behind a ticket."""

    id: int
    ticket_id: int
    channel: Channel
    agent_id: str | None
    started_at: datetime
    ended_at: datetime
    language: str
    turns: list[Turn]
    recording_url: str | None = None
    csat: int | None = None
    queue_id: str | None = None
    team: str | None = None  # the agent's team
    escalated: bool = False
    handle_s: float | None = None  # handle time in seconds
    sla_breached: bool = False  # a first-response or resolution due time passed without the event


class Category(Struct, kw_only=True):
    """A scorecard category: ``scale`` points from 0 to scale-1; ``names``: its name per language."""

    id: str
    name: str
    names: Names = {}
    weight: Annotated[float, Meta(gt=0, le=100)]  # finite and bounded: a weighted mean stays exact
    scale: Literal[2, 3, 4, 5]
    critical: bool = False


class Scorecard(Struct, kw_only=True):
    """A versioned QA scorecard; ``names``: its name per language."""

    id: str
    name: str
    names: Names = {}
    version: int
    categories: list[Category]


class ScorecardInput(Struct, kw_only=True, forbid_unknown_fields=True):
    """Body of ``POST /scorecards`` (a new scorecard, version 1) and ``PUT /scorecards/{id}`` (a new version)."""

    id: Annotated[str, Meta(pattern=r"^[a-z0-9_-]{1,64}$")]
    name: Annotated[str, Meta(min_length=1, max_length=200)]
    names: Names = {}
    categories: Annotated[list[Category], Meta(min_length=1, max_length=50)]


class CategoryScore(Struct, kw_only=True):
    """The points chosen for one category; ``value`` None means N/A."""

    category_id: Id
    value: Annotated[int, Meta(ge=0, le=4)] | None
    comment: Reason = ""


class ReviewInput(Struct, kw_only=True, forbid_unknown_fields=True):
    """Body of ``POST /reviews`` and ``PUT /reviews/{id}``."""

    interaction_id: RefId
    scorecard_id: Id
    scores: list[CategoryScore]
    comment: Reason = ""
    status: Literal["draft", "submitted"] = "draft"
    calibration_id: RefId | None = None  # a reviewer's own score in a calibration session


class Review(Struct, kw_only=True):
    """A QA review of one interaction against one scorecard version."""

    id: int
    interaction_id: int
    scorecard_id: str
    scorecard_version: int
    reviewer_id: str
    agent_id: str | None
    scores: list[CategoryScore]
    comment: str
    score: float | None
    status: Literal["draft", "submitted"]
    created_at: datetime
    updated_at: datetime
    version: int
    calibration_id: int | None = None
    dispute: Dispute | None = None


class Dispute(Struct, kw_only=True):
    """A team lead's objection to a submitted review and the reviewer's answer."""

    opened_by: str
    opened_at: datetime
    comment: str
    status: Literal["open", "accepted", "rejected"] = "open"
    resolved_by: str | None = None
    resolved_at: datetime | None = None
    resolution: str = ""


class DisputeRequest(Struct, kw_only=True, forbid_unknown_fields=True):
    """Body of ``POST /reviews/{id}/dispute``."""

    comment: RequiredReason


class DisputeResolution(Struct, kw_only=True, forbid_unknown_fields=True):
    """Body of ``POST /reviews/{id}/dispute/resolve``: accept (the review is to be revised) or reject."""

    accept: bool
    comment: Reason = ""


class CalibrationInput(Struct, kw_only=True, forbid_unknown_fields=True):
    """Body of ``POST /calibrations``: several reviewers score the same interaction."""

    interaction_id: RefId
    scorecard_id: Id
    reviewer_ids: Annotated[list[Id], Meta(min_length=2, max_length=50)]


class AgreedScores(Struct, kw_only=True, forbid_unknown_fields=True):
    """Body of ``PUT /calibrations/{id}/agreed``: the score the reviewers agreed on."""

    scores: list[CategoryScore]


class Calibration(Struct, kw_only=True):
    """A calibration session; the reviewers' reviews carry its id."""

    id: int
    interaction_id: int
    scorecard_id: str
    scorecard_version: int
    reviewer_ids: list[str]
    created_by: str
    created_at: datetime
    agreed: list[CategoryScore] | None = None
    agreed_score: float | None = None


class SampleRequest(Struct, kw_only=True, forbid_unknown_fields=True):
    """Body of ``POST /assignments/sample``: random ``per_agent`` interactions per agent in a period (seeded)."""

    reviewer_id: Id
    per_agent: Annotated[int, Meta(ge=1, le=100)]
    since: datetime
    until: datetime
    seed: int = 0
    channel: Channel | None = None
    team: Id | None = None
    low_csat: bool = False
    escalated: bool = False
    min_handle_s: Seconds | None = None
    sla_breached: bool = False


class InteractionFilter(Struct, kw_only=True, frozen=True):
    """What ``GET /interactions`` and sampling select on (None / False: no condition)."""

    ticket_id: int | None = None
    agent_id: str | None = None
    channel: Channel | None = None
    team: str | None = None
    low_csat: bool = False
    escalated: bool = False
    min_handle_s: int | None = None  # seconds
    sla_breached: bool = False
    since: datetime | None = None
    until: datetime | None = None

    def matches(self, i: Interaction) -> bool:
        """The filter applied to an interaction already fetched (unknown data does not match)."""
        return ((self.ticket_id is None or i.ticket_id == self.ticket_id)
                and (self.agent_id is None or i.agent_id == self.agent_id)
                and (self.channel is None or i.channel == self.channel)
                and (self.team is None or i.team == self.team)
                and (not self.low_csat or (i.csat is not None and i.csat <= LOW_CSAT))
                and (not self.escalated or i.escalated)
                and (not self.sla_breached or i.sla_breached)
                and (self.min_handle_s is None or (i.handle_s or 0) >= self.min_handle_s)
                and (self.since is None or i.started_at >= self.since)
                and (self.until is None or i.started_at < self.until))


class AssignmentInput(Struct, kw_only=True, forbid_unknown_fields=True):
    """Body of ``POST /assignments``: put one interaction in a reviewer's queue."""

    interaction_id: RefId
    reviewer_id: Id


class Assignment(Struct, kw_only=True):
    """An interaction in a reviewer's review queue."""

    id: int
    interaction_id: int
    reviewer_id: str
    assigned_by: str
    assigned_at: datetime
    source: Literal["manual", "sample"]


AuditAction = Literal["assign", "escalate", "agent_state", "review"]


class AuditEntry(Struct, kw_only=True):
    """Who did what to which ticket, when and why."""

    id: int
    at: datetime
    actor_id: str
    action: AuditAction
    ticket_id: int | None = None
    from_assignee: str | None = None
    to_assignee: str | None = None
    from_queue: str | None = None
    to_queue: str | None = None
    from_priority: Priority | None = None
    to_priority: Priority | None = None
    reason: str = ""
    override_reason: str = ""  # why the lead went past a warning (over capacity, offline, missing skill)


class Note(Struct, kw_only=True):
    """A note on a ticket; internal ones are for staff only (an escalation's reason is one)."""

    id: int
    ticket_id: int
    at: datetime
    author_id: str
    text: str
    internal: bool = True


class AssignRequest(Struct, kw_only=True, forbid_unknown_fields=True):
    """Body of ``POST /tickets/{id}/assign``: None unassigns (back to the queue)."""

    assignee_id: Id | None
    reason: Reason = ""
    override_reason: Reason = ""  # given when the lead goes past a warning; kept in the audit log


class BulkAssignItem(Struct, kw_only=True, forbid_unknown_fields=True):
    """One ticket of a bulk assignment, with the version the caller saw."""

    ticket_id: RefId
    version: int
    assignee_id: Id | None


class BulkAssignRequest(Struct, kw_only=True, forbid_unknown_fields=True):
    """Body of ``POST /tickets/bulk-assign``."""

    items: Annotated[list[BulkAssignItem], Meta(min_length=1, max_length=1000)]
    reason: Reason = ""
    override_reason: Reason = ""


class BulkOutcome(Struct, kw_only=True):
    """The outcome for one ticket of a bulk assignment."""

    ticket_id: int
    ok: bool
    status: int
    error: str | None = None
    ticket: Ticket | None = None


class BulkAssignResult(Struct, kw_only=True):
    """Per-ticket outcomes of a bulk assignment (each ticket is atomic)."""

    results: list[BulkOutcome]


class EscalateRequest(Struct, kw_only=True, forbid_unknown_fields=True):
    """Body of ``POST /tickets/{id}/escalate``: the reason is required and is kept as an internal note."""

    priority: Priority | None = None
    queue_id: Id | None = None
    reason: RequiredReason


class AgentStateRequest(Struct, kw_only=True, forbid_unknown_fields=True):
    """Body of ``PUT /agents/{id}/state``."""

    state: AgentState
    reason: Reason = ""


class AdvanceRequest(Struct, kw_only=True, forbid_unknown_fields=True):
    """Body of ``POST /sim/advance`` (simulator only)."""

    seconds: Annotated[float, Meta(gt=0, le=7 * 86400)]


class ScenarioRequest(Struct, kw_only=True, forbid_unknown_fields=True):
    """Body of ``POST /sim/scenario`` (simulator only)."""

    name: Literal["normal", "peak", "agent-outage"]


class SimStatus(Struct, kw_only=True):
    """State of the simulated contact centre."""

    scenario: str
    sim_time: datetime
    clock_rate: float
    open_tickets: int
    cursor: int


class HubInfo(Struct, kw_only=True):
    """What a hub says of the helpdesk it follows: its kind and how far behind it the hub may be."""

    upstream: str
    lag_s: float | None  # seconds since the hub last heard from the helpdesk; None before it first has


class Health(Struct, kw_only=True):
    """Liveness probe answer; ``hub`` is set when the server is a hub following a helpdesk."""

    status: Literal["ok"]
    server_time: datetime
    hub: HubInfo | None = None


class ErrorBody(Struct, kw_only=True):
    """Every 4xx/5xx answer: a code, a message for people, the field at fault."""

    error: str
    message: str
    field: str | None = None
    ticket: Ticket | None = None


SettingName = Literal["thresholds", "wall_layout"]
SETTING_NAMES: tuple[SettingName, ...] = ("thresholds", "wall_layout")


class SharedSetting(Struct, kw_only=True):
    """A document the whole centre shares, kept by the server: the KPI tiles' thresholds
    (:mod:`api_client.thresholds`' format) or the wall's pages (:mod:`api_client.wall_layout`'s). Each save is a
    new version, naming who saved it and when."""

    name: SettingName
    version: int
    data: dict[str, Any]
    updated_at: datetime
    updated_by: str


class SharedSettingInput(Struct, kw_only=True, forbid_unknown_fields=True):
    """Body of ``PUT /settings/{name}``: the whole document, checked for sense before it is kept (422 naming the
    field at fault)."""

    data: dict[str, Any]


SCHEMA_TYPES: tuple[type, ...] = (
    User, Person, Queue, Agent, Ticket, TicketChange, AgentChange, Snapshot, ChangesPage, HistorySeries,
    Interaction, Scorecard, ScorecardInput, Review, ReviewInput, Dispute, DisputeRequest, DisputeResolution,
    Calibration, CalibrationInput, AgreedScores, SampleRequest, AssignmentInput, Assignment, AuditEntry, Note,
    AssignRequest,
    BulkAssignRequest, BulkAssignResult, EscalateRequest, AgentStateRequest,
    AdvanceRequest, ScenarioRequest, SimStatus, HubInfo, Health, ErrorBody, SharedSetting, SharedSettingInput,
)

encoder = msgspec.json.Encoder()
