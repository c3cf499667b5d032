"""The open operations (health, the contract's document) and the simulator's controls."""

from __future__ import annotations

from starlette.authentication import requires
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from api_client import contract
from api_client import models as m
from apiserver.http.auth import operation
from apiserver.http.backend import centre
from apiserver.http.params import body
from apiserver.http.responses import JSON, json
from apiserver.problems import SUPERVISE

_DOCUMENT = contract.render().encode()


def health(request: Request) -> Response:
    return json(centre(request).health())


async def openapi(request: Request) -> Response:
    return Response(_DOCUMENT, media_type=JSON)


def status(request: Request) -> Response:
    return json(centre(request).status())


@requires(SUPERVISE)
async def advance(request: Request) -> Response:
    req = await body(request, m.AdvanceRequest)
    return json(await run_in_threadpool(centre(request).advance, req))


@requires(SUPERVISE)
async def scenario(request: Request) -> Response:
    req = await body(request, m.ScenarioRequest)
    return json(await run_in_threadpool(centre(request).set_scenario, req))


routes = [
    Route("/health", health),
    Route("/openapi.json", openapi),
    operation("/sim/status", status),
    operation("/sim/advance", advance, methods=["POST"]),
    operation("/sim/scenario", scenario, methods=["POST"]),
]
