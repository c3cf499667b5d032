"""The hub's Prometheus metrics (``GET /metrics``), on a registry of its own per application."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator

from prometheus_client import CollectorRegistry, Counter, Gauge
from prometheus_client.core import CounterMetricFamily
from prometheus_client.registry import Collector
from starlette.types import ASGIApp, Receive, Scope, Send

from api_client.budget import BudgetState


class _Calls(Collector):
    def __init__(self, calls: Callable[[], int]) -> None:
        self.calls = calls

    def collect(self) -> Iterator[CounterMetricFamily]:
        yield CounterMetricFamily("hub_upstream_calls", "Requests the hub sent to the helpdesk (per minute: "
                                  "rate(hub_upstream_calls_total[1m]) * 60)", value=self.calls())


class HubMetrics:
    """Consoles connected, upstream lag, calls and remaining budget, the write queue, the log's head, webhooks,
    whether this replica leads."""

    def __init__(self, lag_s: Callable[[], float | None], calls: Callable[[], int], write_queue: Callable[[], int],
                 head: Callable[[], int], budget: Callable[[], BudgetState | None] = lambda: None,
                 rate_left: Callable[[], int | None] = lambda: None,
                 leading: Callable[[], bool] = lambda: True) -> None:
        self.registry = CollectorRegistry()
        self.consoles = Gauge("hub_consoles_connected", "Consoles following the change stream now",
                              registry=self.registry)
        Gauge("hub_upstream_lag_seconds", "Seconds since the hub last heard from the helpdesk (NaN: never)",
              registry=self.registry).set_function(lambda: _nan(lag_s()))
        Gauge("hub_write_queue", "Writes waiting for, or in, their turn to the helpdesk",
              registry=self.registry).set_function(write_queue)
        Gauge("hub_log_head", "The newest change id in the hub's log", registry=self.registry).set_function(head)
        Gauge("hub_leading", "1 while this replica follows the upstream (the leader), 0 while it stands by",
              registry=self.registry).set_function(lambda: float(leading()))
        self.registry.register(_Calls(calls))
        Gauge("hub_upstream_write_budget_remaining", "Writes the hub may send the helpdesk now without waiting, "
              "by its own count of the vendor's write limit (NaN: the upstream has no write budget)",
              registry=self.registry).set_function(lambda: _nan(_left(budget())))
        Gauge("hub_upstream_write_budget_wait_seconds", "Seconds until the first write waiting on the budget may go",
              registry=self.registry).set_function(lambda: _wait(budget()))
        Gauge("hub_upstream_rate_limit_remaining", "Calls left in the helpdesk's rate limit, as its last answer "
              "said (NaN: it sends no such header)", registry=self.registry).set_function(lambda: _nan(rate_left()))
        self.webhooks = Counter("hub_webhooks", "Webhooks the hub took (each wakes the follower)",
                                registry=self.registry)
        self.webhook_failures = Counter("hub_webhook_failures", "Webhooks the hub refused, by reason (bad_signature, "
                                        "unsigned, stale, replay, bad_timestamp, bad_token, too_large)",
                                        ["reason"], registry=self.registry)


def _nan(value: float | None) -> float:
    return math.nan if value is None else value


def _left(state: BudgetState | None) -> int | None:
    return None if state is None else state.left


def _wait(state: BudgetState | None) -> float:
    return 0.0 if state is None else state.wait_s


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
