"""``/settings/{name}``: the documents a whole centre shares (the KPI thresholds, the wall's pages)."""

from __future__ import annotations

from typing import cast

from starlette.authentication import requires
from starlette.concurrency import run_in_threadpool
from starlette.endpoints import HTTPEndpoint
from starlette.requests import Request
from starlette.responses import Response

from api_client import models as m
from apiserver.http.auth import caller, operation
from apiserver.http.backend import qa_store
from apiserver.http.params import body
from apiserver.http.responses import json
from apiserver.problems import SUPERVISE, Problem


def _name(request: Request) -> m.SettingName:
    name = request.path_params["name"]
    if name not in m.SETTING_NAMES:
        raise Problem(404, "not_found", f"No shared setting {name!r} (known: {', '.join(m.SETTING_NAMES)})")
    return cast(m.SettingName, name)


class Setting(HTTPEndpoint):
    async def get(self, request: Request) -> Response:
        name = _name(request)
        saved = await run_in_threadpool(qa_store(request).setting, name)
        if saved is None:
            raise Problem(404, "not_set", f"No shared {name} has been saved on this server")
        return json(saved)

    @requires(SUPERVISE)
    async def put(self, request: Request) -> Response:
        name = _name(request)
        req = await body(request, m.SharedSettingInput)
        return json(await run_in_threadpool(qa_store(request).save_setting, caller(request), name, req))


routes = [operation("/settings/{name}", Setting, methods=["GET", "PUT"])]
