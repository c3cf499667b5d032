"""``GET /history``: the centre's series per queue, channel and priority, for charts that open with their past."""

from __future__ import annotations

from datetime import timedelta

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from api_client.history import MAX_POINTS, STEPS
from apiserver.http.auth import operation
from apiserver.http.backend import centre
from apiserver.http.params import Query
from apiserver.http.responses import json
from apiserver.problems import Problem

DEFAULT_SPAN = timedelta(hours=24)


async def history(request: Request) -> Response:
    q = Query(request, "/history")
    step = q.integer("step", 60, min(STEPS), max(STEPS)) or 60
    if step not in STEPS:
        raise Problem(400, "bad_parameter", f"step must be one of {', '.join(map(str, STEPS))}", field="step")
    until, since = q.moment("until"), q.moment("since")
    now = centre(request).health().server_time
    until = min(until or now, now)
    since = since or until - DEFAULT_SPAN
    if not since < until:
        raise Problem(422, "bad_range", "since must be before until (and before the server's time)", field="since")
    if (until - since).total_seconds() / step > MAX_POINTS:
        raise Problem(422, "too_many_points", f"At most {MAX_POINTS} steps of {step} s: ask for a shorter range "
                      "or a longer step", field="step")
    return json(await run_in_threadpool(centre(request).history, since.timestamp(), until.timestamp(), step))


routes = [operation("/history", history)]
