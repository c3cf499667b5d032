"""The hub's Prometheus metrics (``GET /metrics``), on a registry of its own per application."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator

from prometheus_client import CollectorRegistry, Gauge
from prometheus_client.core import CounterMetricFamily
from prometheus_client.registry import Collector
from starlette.types import ASGIApp, Receive, Scope, Send


class _Calls(Collector):
    def __init__(self, calls: Callable[[], int]) -> None:
        self.calls = calls

    def collect(self) -> Iterator[CounterMetricFamily]:
        yield CounterMetricFamily("hub_upstream_calls", "Requests the hub sent to the helpdesk (per minute: "
                                  "rate(hub_upstream_calls_total[1m]) * 60)", value=self.calls())


class HubMetrics:
    """Consoles connected, upstream lag and calls, the write queue and the log's head."""

    def __init__(self, lag_s: Callable[[], float | None], calls: Callable[[], int], write_queue: Callable[[], int],
                 head: Callable[[], int]) -> None:
        self.registry = CollectorRegistry()
        self.consoles = Gauge("hub_consoles_connected", "Consoles following the change stream now",
                              registry=self.registry)
        Gauge("hub_upstream_lag_seconds", "Seconds since the hub last heard from the helpdesk (NaN: never)",
              registry=self.registry).set_function(lambda: _nan(lag_s()))
        Gauge("hub_write_queue", "Writes waiting for, or in, their turn to the helpdesk",
              registry=self.registry).set_function(write_queue)
        Gauge("hub_log_head", "The newest change id in the hub's log", registry=self.registry).set_function(head)
        self.registry.register(_Calls(calls))


def _nan(value: float | None) -> float:
    return math.nan if value is None else value


class CountConsoles:
    """ASGI middleware: the consoles gauge counts change streams open now."""

    def __init__(self, app: ASGIApp, gauge: Gauge) -> None:
        self.app = app
        self.gauge = gauge

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].endswith("/changes/stream"):
            await self.app(scope, receive, send)
            return
        self.gauge.inc()
        try:
            await self.app(scope, receive, send)
        finally:
            self.gauge.dec()
