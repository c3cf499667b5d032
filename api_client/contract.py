"""The OpenAPI 3.1 document of the native API, built from ``models``.

``api_client/openapi.json`` is this document, checked in; a test keeps the
two identical. Regenerate with ``python -m api_client.contract``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import msgspec

from api_client import models as m
from api_client.history import MAX_POINTS, STEPS

API_PREFIX = "/api/v1"
DOCUMENT_PATH = Path(__file__).with_name("openapi.json")
_REF = "#/components/schemas/{name}"

READ_ERRORS = (400, 401, 403, 404)
WRITE_ERRORS = (400, 401, 403, 404, 422)
VERSIONED_ERRORS = (*WRITE_ERRORS, 409, 412, 428, 503)
_ERROR_TEXT = {
    400: "Bad request (a parameter is malformed or unknown)",
    401: "Missing or unknown bearer token",
    403: "The user's role may not do this",
    404: "No such resource",
    409: "Not changeable any more: the ticket is resolved or the review submitted",
    410: "The cursor is older than the retained change history: take a new snapshot",
    412: "Stale If-Match version: the body carries the current ticket",
    413: "The request body is over the operation's limit (see its description)",
    415: "The body is not sent as Content-Type: application/json",
    422: "Invalid body: `field` names the first bad field",
    428: "If-Match with the ticket's version is required",
    429: "Too many wrong tokens from this client: wait the seconds in Retry-After",
    503: "A hub could not pass the write to the helpdesk it follows (unreachable or refusing): try again",
}
KB = 1024
DEFAULT_BODY_LIMIT = 64 * KB
# The largest body each request type may have; a bigger one is refused (413) before it is read.
BODY_LIMITS: dict[type, int] = {
    m.BulkAssignRequest: 512 * KB,  # 1,000 items of about 130 bytes, and the reasons
    m.ReviewInput: 256 * KB,  # up to 50 scored categories, each with a comment
    m.AgreedScores: 256 * KB,
    m.ScorecardInput: 256 * KB,
}


def max_body(tp: type) -> int:
    """The largest request body of type ``tp`` the server reads, in bytes."""
    return BODY_LIMITS.get(tp, DEFAULT_BODY_LIMIT)


def _ref(tp: type) -> dict[str, Any]:
    return {"$ref": _REF.format(name=tp.__name__)}


def _array(tp: type) -> dict[str, Any]:
    return {"type": "array", "items": _ref(tp)}


def _query(name: str, schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "schema": schema, "description": description}


def _path_param(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": schema}


_INT_ID = {"type": "integer", "minimum": 1, "maximum": 2**53}
_STR_ID = {"type": "string", "minLength": 1, "maxLength": 64}
_TIME = {"type": "string", "format": "date-time"}
_LIMIT = _query("limit", {"type": "integer", "minimum": 1, "maximum": 5000}, "Page size")
_BEFORE_ID = _query("before_id", _INT_ID, "Keyset pagination: only items with a smaller id (lists are newest first "
                    "by id); pass the last id of a page for the next one, until a page is shorter than `limit`")
MAX_IDS = 200  # interaction ids in one ``GET /interactions?ids=``
_IDS = _query("ids", {"type": "string", "pattern": f"^[0-9]{{1,16}}(,[0-9]{{1,16}}){{0,{MAX_IDS - 1}}}$"},
              f"Only these interactions: up to {MAX_IDS} comma-separated ids (pass a `limit` at least as large)")
_IF_MATCH = {
    "name": "If-Match",
    "in": "header",
    "required": False,
    "schema": {"type": "string", "pattern": '^"[1-9][0-9]{0,17}"$'},
    "description": (
        "The version exactly as the ETag the server sent, e.g. \"7\" (required: 428 without it). A weak, "
        "unquoted or zero-padded tag is refused (400): a write needs a strong match."
    ),
}
_SETTING = _path_param("name", {"type": "string", "enum": list(m.SETTING_NAMES)})
_SSE_DATA = {"type": "string", "contentMediaType": "application/json"}
_SSE_EVENT = {
    "description": (
        "One server-sent event. `changes` carries a ChangesPage whose cursor is the event's `id`; `heartbeat` "
        "is the same with no changes, at least every few seconds; `error` carries an ErrorBody and ends the stream."
    ),
    "oneOf": [
        {
            "type": "object",
            "required": ["event", "id", "data"],
            "properties": {
                "event": {"enum": ["changes", "heartbeat"]},
                "id": {"type": "string", "pattern": "^[0-9]{1,18}$"},
                "data": {**_SSE_DATA, "contentSchema": _ref(m.ChangesPage)},
            },
        },
        {
            "type": "object",
            "required": ["event", "data"],
            "properties": {
                "event": {"const": "error"},
                "data": {**_SSE_DATA, "contentSchema": _ref(m.ErrorBody)},
            },
        },
    ],
}
_ETAG_HEADER = {"ETag": {"description": "The version as an entity tag", "schema": {"type": "string"}}}


def _op(
    summary: str,
    ok: dict[str, Any] | None,
    *,
    errors: tuple[int, ...] = READ_ERRORS,
    params: list[dict[str, Any]] | None = None,
    body: type | None = None,
    status: int = 200,
    roles: str = "any role",
    auth: bool = True,
    content_type: str = "application/json",
    etag: bool = False,
    rules: str = "",
) -> dict[str, Any]:
    responses: dict[str, Any] = {}
    ok_response: dict[str, Any] = {"description": "OK"}
    if ok is not None:
        ok_response["content"] = {content_type: {"schema": ok}}
    if etag:
        ok_response["headers"] = _ETAG_HEADER
    responses[str(status)] = ok_response
    codes = errors if auth else tuple(c for c in errors if c not in (401, 403))
    if body is not None:
        codes = (*codes, 413, 415)
    if auth:
        codes = (*codes, 429)
    for code in codes:
        responses[str(code)] = {
            "description": _ERROR_TEXT[code],
            "content": {"application/json": {"schema": _ref(m.ErrorBody)}},
        }
    description = [f"Allowed for: {roles}." if auth else "No authentication.", rules]
    if body is not None:
        description.append(f"Bodies over {max_body(body) // KB} KB are refused (413).")
    op: dict[str, Any] = {
        "summary": summary,
        "description": " ".join(d for d in description if d),
        "operationId": summary.lower().replace(" ", "_").replace("'", ""),
        "responses": responses,
    }
    if params:
        op["parameters"] = params
    if body is not None:
        op["requestBody"] = {"required": True, "content": {"application/json": {"schema": _ref(body)}}}
    if not auth:
        op["security"] = []
    return op


LEADS = "supervisor, team_lead"
REVIEWERS = "supervisor, qa_reviewer"
NOT_SIM = "A server that is not a simulator (a hub) answers 404."
DRAFTS_PRIVATE = ("Drafts are private to their author: anyone else, supervisors included, sees only submitted "
                  "reviews, and a draft of someone else's is not found (404).")


def _paths() -> dict[str, dict[str, Any]]:
    ticket_id = _path_param("ticket_id", _INT_ID)
    return {
        "/health": {"get": _op("Health", _ref(m.Health), auth=False, errors=())},
        "/me": {"get": _op("Current user", _ref(m.User), errors=(401,))},
        "/users": {"get": _op("List users", _array(m.Person), errors=(401,),
                               rules="Console users (team null) and agents (with their team), to show names.")},
        "/queues": {"get": _op("List queues", _array(m.Queue), errors=(401,))},
        "/agents": {"get": _op("List agents", _array(m.Agent), errors=(401,))},
        "/agents/{agent_id}/state": {
            "put": _op(
                "Set agent state", _ref(m.Agent), body=m.AgentStateRequest, errors=(*WRITE_ERRORS, 503),
                params=[_path_param("agent_id", _STR_ID)], roles=LEADS,
            )
        },
        "/tickets": {
            "get": _op(
                "List tickets", _array(m.Ticket), errors=(400, 401),
                params=[
                    _query("queue_id", _STR_ID, "Only this queue"),
                    _query("assignee_id", _STR_ID, "Only this agent's tickets"),
                    _query("status", {"type": "string", "enum": ["new", "open", "pending", "solved", "closed"]},
                           "Only this status"),
                    _query("unresolved", {"type": "boolean"}, "Only new, open and pending tickets"),
                    _query("after_id", {"type": "integer", "minimum": 0, "maximum": 2**53},
                           "Keyset pagination: tickets with a greater id"),
                    _LIMIT,
                ],
            )
        },
        "/tickets/bulk-assign": {
            "post": _op(
                "Bulk assign tickets", _ref(m.BulkAssignResult), body=m.BulkAssignRequest,
                errors=(400, 401, 403, 422), roles=LEADS,
            )
        },
        "/tickets/{ticket_id}": {
            "get": _op("Get ticket", _ref(m.Ticket), params=[ticket_id], etag=True)
        },
        "/tickets/{ticket_id}/assign": {
            "post": _op(
                "Assign ticket", _ref(m.Ticket), body=m.AssignRequest, errors=VERSIONED_ERRORS,
                params=[ticket_id, _IF_MATCH], roles=LEADS, etag=True,
            )
        },
        "/tickets/{ticket_id}/escalate": {
            "post": _op(
                "Escalate ticket", _ref(m.Ticket), body=m.EscalateRequest, errors=VERSIONED_ERRORS,
                params=[ticket_id, _IF_MATCH], roles=LEADS, etag=True,
            )
        },
        "/tickets/{ticket_id}/notes": {
            "get": _op("Ticket notes (an escalation's reason is an internal one)", _array(m.Note),
                       errors=(401, 404), params=[ticket_id])
        },
        "/snapshot": {"get": _op("Snapshot", _ref(m.Snapshot), errors=(401,))},
        "/history": {
            "get": _op(
                "Centre history", _ref(m.HistorySeries), errors=(400, 401, 422),
                params=[
                    _query("since", _TIME, "First moment (default: 24 h before until)"),
                    _query("until", _TIME, "Last moment (default and latest: the server's time)"),
                    _query("step", {"type": "integer", "enum": list(STEPS)}, "Seconds between points (default 60)"),
                ],
                rules=f"At most {MAX_POINTS} steps between since and until (422 beyond: ask for a longer step). "
                "Series per queue, channel and priority with the live store's definitions (docs/metrics.md).",
            )
        },
        "/changes": {
            "get": _op(
                "Changes since cursor", _ref(m.ChangesPage), errors=(400, 401, 410),
                params=[
                    _query("cursor", {"type": "integer", "minimum": 0, "maximum": 2**53}, "Last cursor seen"),
                    _query("wait", {"type": "number", "minimum": 0, "maximum": 60},
                           "Long-poll: seconds to wait for a change"),
                    _LIMIT,
                ],
            )
        },
        "/changes/stream": {
            "get": _op(
                "Change stream", _SSE_EVENT, errors=(400, 401, 410),
                content_type="text/event-stream",
                params=[
                    _query("cursor", {"type": "integer", "minimum": 0, "maximum": 2**53}, "Last cursor seen"),
                    {"name": "Last-Event-ID", "in": "header", "required": False,
                     "schema": {"type": "string", "pattern": "^[0-9]{1,18}$"},
                     "description": "Resume after this cursor (overrides `cursor`)"},
                ],
            )
        },
        "/interactions": {
            "get": _op(
                "List interactions", _array(m.Interaction), errors=(400, 401),
                params=[
                    _query("ticket_id", _INT_ID, "Only this ticket's interactions"),
                    _query("agent_id", _STR_ID, "Only this agent's interactions"),
                    _query("channel", {"type": "string", "enum": list(m.CHANNELS)}, "Only this channel"),
                    _query("team", _STR_ID, "Only interactions handled by this team"),
                    _query("low_csat", {"type": "boolean"}, "Only CSAT ratings of 1 or 2"),
                    _query("escalated", {"type": "boolean"}, "Only escalated tickets"),
                    _query("min_handle_s", {"type": "integer", "minimum": 0, "maximum": 2**53},
                           "Only handle times of at least this many seconds"),
                    _query("sla_breached", {"type": "boolean"}, "Only tickets that breached an SLA target"),
                    _query("since", _TIME, "Only interactions that started at or after this time"),
                    _query("until", _TIME, "Only interactions that started before this time"),
                    _IDS,
                    _BEFORE_ID,
                    _LIMIT,
                ],
            )
        },
        "/interactions/{interaction_id}": {
            "get": _op("Get interaction", _ref(m.Interaction), params=[_path_param("interaction_id", _INT_ID)])
        },
        "/interactions/{interaction_id}/recording": {
            "get": _op(
                "Get recording", {"type": "string", "format": "binary"}, content_type="audio/wav",
                params=[_path_param("interaction_id", _INT_ID)],
            )
        },
        "/scorecards": {
            "get": _op("List scorecards", _array(m.Scorecard), errors=(401,)),
            "post": _op("Create scorecard", _ref(m.Scorecard), body=m.ScorecardInput,
                        errors=(*WRITE_ERRORS, 409), status=201, roles="supervisor"),
        },
        "/scorecards/{scorecard_id}": {
            "put": _op("New scorecard version", _ref(m.Scorecard), body=m.ScorecardInput, errors=WRITE_ERRORS,
                       params=[_path_param("scorecard_id", _STR_ID)], roles="supervisor"),
        },
        "/scorecards/{scorecard_id}/versions/{version}": {
            "get": _op("Get scorecard version", _ref(m.Scorecard),
                       params=[_path_param("scorecard_id", _STR_ID), _path_param("version", _INT_ID)]),
        },
        "/reviews": {
            "get": _op(
                "List reviews", _array(m.Review), errors=(400, 401),
                params=[
                    _query("interaction_id", _INT_ID, "Only reviews of this interaction"),
                    _query("reviewer_id", _STR_ID, "Only this reviewer's reviews"),
                    _query("calibration_id", _INT_ID, "Only reviews in this calibration session"),
                    _BEFORE_ID,
                    _LIMIT,
                ],
                rules=DRAFTS_PRIVATE,
            ),
            "post": _op("Create review", _ref(m.Review), body=m.ReviewInput, errors=WRITE_ERRORS,
                        status=201, roles=REVIEWERS, etag=True),
        },
        "/reviews/{review_id}": {
            "put": _op(
                "Update review", _ref(m.Review), body=m.ReviewInput, errors=VERSIONED_ERRORS,
                params=[_path_param("review_id", _INT_ID), _IF_MATCH], roles=REVIEWERS, etag=True,
                rules=f"{DRAFTS_PRIVATE} A submitted review is changed by its author or a supervisor; anyone else "
                "gets 403, checked before the version, so a 412 never tells another reviewer's version.",
            )
        },
        "/reviews/{review_id}/dispute": {
            "post": _op("Dispute review", _ref(m.Review), body=m.DisputeRequest, errors=(*WRITE_ERRORS, 409),
                        params=[_path_param("review_id", _INT_ID)], roles=LEADS, etag=True,
                        rules="Separation of duties: nobody disputes a review they wrote (403)."),
        },
        "/reviews/{review_id}/dispute/resolve": {
            "post": _op("Resolve dispute", _ref(m.Review), body=m.DisputeResolution, errors=(*WRITE_ERRORS, 409),
                        params=[_path_param("review_id", _INT_ID)], roles=REVIEWERS, etag=True,
                        rules="Separation of duties: neither the review's reviewer nor whoever opened the dispute "
                        "may answer it (403); another reviewer or a supervisor does."),
        },
        "/calibrations": {
            "get": _op("List calibration sessions", _array(m.Calibration), errors=(400, 401), params=[_LIMIT]),
            "post": _op("Create calibration session", _ref(m.Calibration), body=m.CalibrationInput,
                        errors=WRITE_ERRORS, status=201, roles="supervisor"),
        },
        "/calibrations/{calibration_id}": {
            "get": _op("Get calibration session", _ref(m.Calibration),
                       params=[_path_param("calibration_id", _INT_ID)]),
        },
        "/calibrations/{calibration_id}/agreed": {
            "put": _op("Set agreed score", _ref(m.Calibration), body=m.AgreedScores, errors=WRITE_ERRORS,
                       params=[_path_param("calibration_id", _INT_ID)], roles="supervisor"),
        },
        "/assignments": {
            "get": _op("Review queue", _array(m.Assignment), errors=(400, 401),
                       params=[_query("reviewer_id", _STR_ID, "Only this reviewer's queue"), _BEFORE_ID,
                               _LIMIT]),
            "post": _op("Assign interaction for review", _ref(m.Assignment), body=m.AssignmentInput,
                        errors=(*WRITE_ERRORS, 409), status=201, roles="supervisor"),
        },
        "/assignments/sample": {
            "post": _op("Sample interactions for review", _array(m.Assignment), body=m.SampleRequest,
                        errors=WRITE_ERRORS, status=201, roles=REVIEWERS,
                        rules="A qa_reviewer fills only their own queue (another reviewer_id is 403); a supervisor "
                        "fills anyone's."),
        },
        "/audit": {
            "get": _op(
                "Audit log", _array(m.AuditEntry), errors=(400, 401),
                params=[
                    _query("ticket_id", _INT_ID, "Only this ticket"),
                    _query("actor_id", _STR_ID, "Only this actor"),
                    _query("action", {"type": "string", "enum": ["assign", "escalate", "agent_state", "review"]},
                           "Only this action"),
                    _query("agent_id", _STR_ID, "Only tickets moved from or to this agent"),
                    _query("since", _TIME, "Only entries at or after this time"),
                    _query("until", _TIME, "Only entries before this time"),
                    _BEFORE_ID,
                    _LIMIT,
                ],
            )
        },
        "/settings/{name}": {
            "get": _op("Get shared setting", _ref(m.SharedSetting), params=[_SETTING],
                       rules="404 until a supervisor first saves it (the console then keeps its own defaults)."),
            "put": _op("Save shared setting", _ref(m.SharedSetting), body=m.SharedSettingInput, errors=WRITE_ERRORS,
                       params=[_SETTING], roles="supervisor",
                       rules="A new version of the whole document; every console of the centre follows it. "
                       "thresholds: {metric: {amber, red}} for the KPI tiles' metrics, red beyond amber; "
                       "wall_layout: the wall's pages (docs/wall.md). Anything else is 422 naming the field."),
        },
        "/sim/status": {"get": _op("Simulator status", _ref(m.SimStatus), errors=(401, 404), rules=NOT_SIM)},
        "/sim/advance": {
            "post": _op("Advance simulated time", _ref(m.SimStatus), body=m.AdvanceRequest,
                        errors=(400, 401, 403, 404, 422), roles="supervisor", rules=NOT_SIM)
        },
        "/sim/scenario": {
            "post": _op("Switch scenario", _ref(m.SimStatus), body=m.ScenarioRequest,
                        errors=(400, 401, 403, 404, 422), roles="supervisor", rules=NOT_SIM)
        },
    }


def build_document() -> dict[str, Any]:
    """Return the OpenAPI document as a dict."""
    _, components = msgspec.json.schema_components(m.SCHEMA_TYPES, ref_template=_REF)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Supervisor Console native ticketing API",
            "version": "1.0.0",
            "description": (
                "Served by the simulator and spoken by api_client. Ticket writes carry the ticket's "
                "version in If-Match; a stale one gets 412 with the current ticket. Every error, a malformed "
                "request or headers over 16 KB (431) included, is an ErrorBody. Authentication comes before a "
                "body is read; a client that sends too many wrong tokens (20 a minute) gets 429 with Retry-After "
                "for every token until the minute has passed."
            ),
        },
        "servers": [{"url": API_PREFIX}],
        "security": [{"bearer": []}],
        "paths": _paths(),
        "components": {
            "schemas": components,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }


def render() -> str:
    """The document as the exact text checked in."""
    return json.dumps(build_document(), indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def load() -> dict[str, Any]:
    """The checked-in contract."""
    return json.loads(DOCUMENT_PATH.read_text(encoding="utf-8"))


if __name__ == "__main__":
    DOCUMENT_PATH.write_text(render(), encoding="utf-8")
    print(f"wrote {DOCUMENT_PATH}")  # noqa: T201
