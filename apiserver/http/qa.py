"""QA operations: interactions and recordings, scorecards, reviews, disputes, calibration, assignments."""

from __future__ import annotations

from starlette.authentication import requires
from starlette.concurrency import run_in_threadpool
from starlette.endpoints import HTTPEndpoint
from starlette.requests import Request
from starlette.responses import Response

from api_client import models as m
from api_client.contract import MAX_IDS
from apiserver.http.auth import caller, operation
from apiserver.http.backend import qa_store
from apiserver.http.params import MAX_ID, Query, body, path_id
from apiserver.http.responses import json, versioned
from apiserver.problems import LEAD, REVIEW, SUPERVISE, Problem, parse_if_match


def _ids(q: Query) -> list[int] | None:
    """The ``ids`` filter: up to MAX_IDS comma-separated interaction ids (400 otherwise)."""
    raw = q.params.get("ids")
    if raw is None:
        return None
    parts = raw.split(",")
    if len(parts) > MAX_IDS or not all(p.isascii() and p.isdigit() and len(p) <= 16 for p in parts):
        raise Problem(400, "bad_parameter", f"ids must be 1 to {MAX_IDS} comma-separated ids", field="ids")
    ids = [int(p) for p in parts]
    if not all(1 <= i <= MAX_ID for i in ids):
        raise Problem(400, "bad_parameter", f"ids must be within 1..{MAX_ID}", field="ids")
    return ids


def _before_id(q: Query) -> int | None:
    return q.integer("before_id", None, 1)


def interactions(request: Request) -> Response:
    q = Query(request, "/interactions")
    flt = m.InteractionFilter(
        ticket_id=q.integer("ticket_id", None, 1), agent_id=q.text("agent_id"), channel=q.channel(),
        team=q.text("team"), low_csat=q.flag("low_csat"), escalated=q.flag("escalated"),
        min_handle_s=q.integer("min_handle_s", None), sla_breached=q.flag("sla_breached"),
        since=q.moment("since"), until=q.moment("until"))
    return json(qa_store(request).interactions(flt, q.count("limit", 100), _before_id(q), _ids(q)))


def _interaction_id(request: Request) -> int:
    return path_id(request, "interaction_id", "interaction")


def interaction(request: Request) -> Response:
    return json(qa_store(request).interaction(_interaction_id(request)))


def recording(request: Request) -> Response:
    return Response(qa_store(request).recording(_interaction_id(request)), media_type="audio/wav")


class Scorecards(HTTPEndpoint):
    def get(self, request: Request) -> Response:
        return json(qa_store(request).scorecards())

    @requires(SUPERVISE)
    async def post(self, request: Request) -> Response:
        req = await body(request, m.ScorecardInput)
        return json(await run_in_threadpool(qa_store(request).save_scorecard, req, None), 201)


@requires(SUPERVISE)
async def new_scorecard_version(request: Request) -> Response:
    req = await body(request, m.ScorecardInput)
    return json(await run_in_threadpool(qa_store(request).save_scorecard, req, request.path_params["scorecard_id"]))


def scorecard_version(request: Request) -> Response:
    card_id, version = request.path_params["scorecard_id"], path_id(request, "version", "version")
    card = qa_store(request).scorecard(card_id, version)
    if card is None:
        raise Problem(404, "not_found", f"No scorecard {card_id!r} version {version}")
    return json(card)


class Reviews(HTTPEndpoint):
    def get(self, request: Request) -> Response:
        q = Query(request, "/reviews")
        return json(qa_store(request).reviews(caller(request), q.integer("interaction_id", None, 1),
                                              q.text("reviewer_id"), q.count("limit", 100),
                                              q.integer("calibration_id", None, 1), _before_id(q)))

    @requires(REVIEW)
    async def post(self, request: Request) -> Response:
        req = await body(request, m.ReviewInput)
        return versioned(await run_in_threadpool(qa_store(request).create_review, caller(request), req), 201)


def _review_id(request: Request) -> int:
    return path_id(request, "review_id", "review")


@requires(REVIEW)
async def update_review(request: Request) -> Response:
    review_id = _review_id(request)
    req = await body(request, m.ReviewInput)
    version = parse_if_match(request.headers.get("if-match"))
    return versioned(await run_in_threadpool(qa_store(request).update_review, caller(request), review_id, version,
                                             req))


@requires(LEAD)
async def dispute(request: Request) -> Response:
    review_id = _review_id(request)
    req = await body(request, m.DisputeRequest)
    return versioned(await run_in_threadpool(qa_store(request).open_dispute, caller(request), review_id, req))


@requires(REVIEW)
async def resolve_dispute(request: Request) -> Response:
    review_id = _review_id(request)
    req = await body(request, m.DisputeResolution)
    return versioned(await run_in_threadpool(qa_store(request).resolve_dispute, caller(request), review_id, req))


class Calibrations(HTTPEndpoint):
    def get(self, request: Request) -> Response:
        return json(qa_store(request).calibrations(Query(request, "/calibrations").count("limit", 100)))

    @requires(SUPERVISE)
    async def post(self, request: Request) -> Response:
        req = await body(request, m.CalibrationInput)
        return json(await run_in_threadpool(qa_store(request).create_calibration, caller(request), req), 201)


def _calibration_id(request: Request) -> int:
    return path_id(request, "calibration_id", "calibration session")


def calibration(request: Request) -> Response:
    return json(qa_store(request).calibration(_calibration_id(request)))


@requires(SUPERVISE)
async def agreed(request: Request) -> Response:
    calibration_id = _calibration_id(request)
    req = await body(request, m.AgreedScores)
    return json(await run_in_threadpool(qa_store(request).set_agreed, calibration_id, req))


class Assignments(HTTPEndpoint):
    def get(self, request: Request) -> Response:
        q = Query(request, "/assignments")
        return json(qa_store(request).assignments(q.text("reviewer_id"), q.count("limit", 500), _before_id(q)))

    @requires(SUPERVISE)
    async def post(self, request: Request) -> Response:
        req = await body(request, m.AssignmentInput)
        return json(await run_in_threadpool(qa_store(request).assign, caller(request), req), 201)


@requires(REVIEW)
async def sample(request: Request) -> Response:
    req = await body(request, m.SampleRequest)
    return json(await run_in_threadpool(qa_store(request).sample, caller(request), req), 201)


GET_POST = ["GET", "POST"]
routes = [
    operation("/interactions", interactions),
    operation("/interactions/{interaction_id:int}", interaction),
    operation("/interactions/{interaction_id:int}/recording", recording),
    operation("/scorecards", Scorecards, methods=GET_POST),
    operation("/scorecards/{scorecard_id}", new_scorecard_version, methods=["PUT"]),
    operation("/scorecards/{scorecard_id}/versions/{version:int}", scorecard_version),
    operation("/reviews", Reviews, methods=GET_POST),
    operation("/reviews/{review_id:int}", update_review, methods=["PUT"]),
    operation("/reviews/{review_id:int}/dispute", dispute, methods=["POST"]),
    operation("/reviews/{review_id:int}/dispute/resolve", resolve_dispute, methods=["POST"]),
    operation("/calibrations", Calibrations, methods=GET_POST),
    operation("/calibrations/{calibration_id:int}", calibration),
    operation("/calibrations/{calibration_id:int}/agreed", agreed, methods=["PUT"]),
    operation("/assignments", Assignments, methods=GET_POST),
    operation("/assignments/sample", sample, methods=["POST"]),
]
