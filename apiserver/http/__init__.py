"""The native API's HTTP surface: authentication, roles, query and body validation, problem answers,
and the change feed (long-poll and server-sent events), in front of any :class:`~.backend.Centre` and
:class:`~.backend.QaStore` (the simulator's and the hub's)."""

from apiserver.http.app import build_app

__all__ = ["build_app"]
