"""``supervisor-console``: the entry point."""

from __future__ import annotations

import argparse
import ipaddress
import logging
import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from api_client.backend import Backend
from api_client.backends import BACKENDS, capabilities_of
from api_client.backends import connect as connect_backend
from api_client.native import NativeBackend
from console import thresholds
from console.demo import DemoOptions, DemoServer
from console.i18n import LANGUAGES, Translations, pick_language
from console.main_window import MainWindow
from console.resources import RESOURCES
from console.sync import SyncController
from console.tasks import TaskRunner
from console.wall import layout as wall_layout

log = logging.getLogger("console")
TOKEN_ENV = "SUPERVISOR_CONSOLE_TOKEN"
THEME = RESOURCES / "themes" / "light.qss"
ICON = RESOURCES / "icons" / "supervisor-console.svg"
PAGES = ("overview", "dashboard", "qa")


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="supervisor-console",
                                description="Live queues, SLAs and agent load for contact-centre supervisors.")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--demo", action="store_true", help="start the built-in simulated contact centre and use it")
    src.add_argument("--url", help=f"server root URL of the ticketing system; the token comes from ${TOKEN_ENV}")
    p.add_argument("--backend", choices=tuple(BACKENDS), default="native",
                   help="kind of ticketing system: native, rt (Request Tracker 5), zendesk, chatwoot")
    p.add_argument("--allow-insecure-http", action="store_true",
                   help="allow plain http:// to a host that is not loopback (tokens travel unencrypted)")
    p.add_argument("--page", choices=PAGES, default="dashboard", help="page to open on (default: dashboard)")
    p.add_argument("--lang", choices=tuple(LANGUAGES), default=None, help="language (default: the system's)")
    p.add_argument("--screenshot", type=Path, help="save a PNG of the window after --quit-after seconds, then exit")
    p.add_argument("--quit-after", type=float, default=None, metavar="SECONDS", help="exit after this many seconds")
    wall = p.add_argument_group("wall display")
    wall.add_argument("--wall", action="store_true",
                      help="a full-screen wallboard of rotating pages instead of the window")
    wall.add_argument("--screen", type=int, default=None, metavar="N", help="monitor for the wall, from 0")
    wall.add_argument("--layout", type=Path, default=None, metavar="FILE",
                      help="the wall's pages (JSON, see docs/wall.md; default: overview, SLA per queue, agent load)")
    demo = p.add_argument_group("demo options")
    demo.add_argument("--seed", type=int, default=1, help="simulator seed")
    demo.add_argument("--speed", type=float, default=10.0, help="simulated seconds per real second")
    demo.add_argument("--scenario", choices=("normal", "peak", "agent-outage"), default="normal")
    demo.add_argument("--agents", type=int, default=60)
    demo.add_argument("--start", help="simulated start time, ISO 8601 with offset")
    demo.add_argument("--role", choices=("supervisor", "team_lead", "qa_reviewer", "viewer"), default="supervisor",
                      help="whose account the console uses on the simulator")
    args = p.parse_args(argv)
    if args.screenshot and args.quit_after is None:
        p.error("--screenshot needs --quit-after SECONDS")
    try:
        args.wall_layout = wall_layout.load(args.layout)
    except wall_layout.LayoutError as exc:
        p.error(f"--layout: {exc}")
    if args.url:
        scheme = urlsplit(args.url).scheme
        if scheme not in ("http", "https"):
            p.error("--url must start with http:// or https://")
        if scheme == "http" and not is_loopback(args.url) and not args.allow_insecure_http:
            p.error("plain http:// to another host sends the token unencrypted; use https:// "
                    "or pass --allow-insecure-http")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Supervisor Console")
    app.setOrganizationName("supervisor-console")
    app.setStyleSheet(THEME.read_text(encoding="utf-8"))
    app.setWindowIcon(QIcon(str(ICON)))
    translations = Translations()
    language = pick_language(args.lang)
    if not translations.install(language):
        log.warning("no translation for %s; showing English", language)

    demo: DemoServer | None = None
    if args.demo:
        demo = DemoServer(DemoOptions(seed=args.seed, speed=args.speed, scenario=args.scenario,
                                      agents=args.agents, start=args.start, role=args.role))
        server = demo

        def connect() -> NativeBackend:
            url, token = server.start()
            return NativeBackend(url, token)
    else:
        token = os.environ.get(TOKEN_ENV)
        if not token:
            log.warning("$%s is not set: the server will answer 401", TOKEN_ENV)
        url, kind = args.url, args.backend

        def connect() -> Backend:
            return connect_backend(kind, url, token)

    sync = SyncController(connect)
    tasks = TaskRunner(connect)
    limits, problem = thresholds.load()
    window = MainWindow(sync, language, limits, tasks=tasks)
    if problem:
        window.statusBar().showMessage(problem, 20_000)
    window.language_requested.connect(translations.install)
    if demo is not None:
        window.startup_message = QCoreApplication.translate("MainWindow", "Starting the simulated contact centre…")
    window.show_page(args.page)
    if not args.demo:
        window.dashboard.set_capabilities(capabilities_of(args.backend))
        window.overview.set_capabilities(capabilities_of(args.backend))
    window.wall_layout = args.wall_layout
    front: QWidget = window  # the window shown (and saved by --screenshot)
    if args.wall:
        screens = app.screens()
        if args.screen is not None and not 0 <= args.screen < len(screens):
            log.error("--screen %d: there are %d screens, numbered from 0", args.screen, len(screens))
            return 2
        front = window.open_wall(args.screen, leave_on_escape=False)
    else:
        window.show()
    sync.start()

    exit_code = 0
    if args.quit_after is not None:
        def finish() -> None:
            nonlocal exit_code
            if args.screenshot is not None:
                front.refresh()  # type: ignore[attr-defined]
                args.screenshot.parent.mkdir(parents=True, exist_ok=True)
                if not front.grab().save(str(args.screenshot)):
                    log.error("could not write %s", args.screenshot)
                    exit_code = 1
                else:
                    summary = sync.metrics()
                    shown = ", ".join(f"{q.name} waiting={q.waiting} backlog={q.backlog} breached={q.breached}"
                                      for q in summary.queues) if summary else "no data yet"
                    log.info("screenshot saved to %s: %s", args.screenshot, shown)
            front.close()
            window.close()
            app.quit()

        QTimer.singleShot(int(args.quit_after * 1000), finish)
    try:
        rc = app.exec()
    finally:
        sync.stop()
        tasks.shutdown()
        if demo is not None:
            demo.stop()
    return exit_code or rc


if __name__ == "__main__":
    sys.exit(main())
