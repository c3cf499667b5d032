"""``supervisor-console``: the entry point."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from urllib.parse import urlsplit

from pyqtgraph.util.garbage_collector import GarbageCollector
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from api_client.backend import Backend, Capability
from api_client.native import NativeBackend
from api_client.registry import BACKENDS, capabilities_of
from api_client.registry import connect as connect_backend
from console.core import thresholds
from console.infra import log_setup, profiles, qt_libs, settings
from console.infra.demo import DemoOptions, DemoServer
from console.infra.resources import RESOURCES
from console.infra.snapshot_cache import SnapshotCache, cache_path
from console.qt import labels, messages
from console.qt.crash import CrashReporter
from console.qt.i18n import LANGUAGES, Translations, has_font_for, pick_language
from console.qt.sync import SyncController
from console.qt.tasks import TaskRunner, Tasks
from console.ui.dialogs.connection import ConnectionDialog
from console.ui.main_window import DEFAULT_SIZE, MainWindow
from console.ui.theme import MODES, ThemeController
from console.ui.wall import layout as wall_layout

log = logging.getLogger("console")
TOKEN_ENV = profiles.TOKEN_ENV
is_loopback = profiles.is_loopback
ICON = RESOURCES / "icons" / "supervisor-console.svg"
PAGES = ("overview", "dashboard", "qa", "rebalance")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="supervisor-console",
                                description="Live queues, SLAs and agent load for contact-centre supervisors.")
    src = p.add_mutually_exclusive_group()
    src.add_argument("--demo", action="store_true", help="start the built-in simulated contact centre and use it")
    src.add_argument("--url", help=f"server root URL of the ticketing system; the token comes from ${TOKEN_ENV}")
    src.add_argument("--profile", metavar="NAME", help="a saved connection (File > Connections); default: the "
                     "default one. Its token comes from the system keyring, else from $" + TOKEN_ENV)
    p.add_argument("--backend", choices=tuple(BACKENDS), default="native",
                   help="kind of ticketing system with --url: native (our API, a hub or the simulator), rt (Request "
                   "Tracker 5), zendesk, chatwoot, zammad, udesk (default: native)")
    p.add_argument("--allow-insecure-http", action="store_true",
                   help="allow plain http:// to a host that is not loopback (tokens travel unencrypted)")
    p.add_argument("--page", choices=PAGES, default="dashboard", help="page to open on (default: dashboard)")
    p.add_argument("--lang", choices=tuple(LANGUAGES), default=None, help="language (default: the system's)")
    p.add_argument("--theme", choices=MODES, default=None,
                   help="colours of the window: system (follow the system's light or dark scheme), light or dark "
                   "(default: the one chosen under View > Theme, else system)")
    p.add_argument("--screenshot", type=Path, metavar="PNG",
                   help="save a PNG of the window after --quit-after seconds, then exit (works without a display "
                   "with QT_QPA_PLATFORM=offscreen)")
    p.add_argument("--quit-after", type=float, default=None, metavar="SECONDS",
                   help="exit after this many seconds (default: run until closed)")
    wall = p.add_argument_group("wall display")
    wall.add_argument("--wall", action="store_true",
                      help="a full-screen wallboard of rotating pages instead of the window")
    wall.add_argument("--screen", type=int, default=None, metavar="N",
                      help="monitor for the wall, from 0 (default: the one the window is on)")
    wall.add_argument("--layout", type=Path, default=None, metavar="FILE",
                      help="the wall's pages (JSON, see docs/wall.md; default: overview, SLA per queue, agent load)")
    demo = p.add_argument_group("demo options")
    demo.add_argument("--seed", type=int, default=1, help="simulator seed: the same seed, the same centre (default: 1)")
    demo.add_argument("--speed", type=float, default=10.0,
                      help="simulated seconds per real second (default: 10, so a day passes in 2.4 hours)")
    demo.add_argument("--scenario", choices=("normal", "peak", "agent-outage"), default="normal",
                      help="normal: a weekday with a morning and an afternoon peak; peak: 2.5 times the arrivals; "
                      "agent-outage: 40%% of the agents drop offline (default: normal)")
    demo.add_argument("--agents", type=int, default=60, help="agents in the simulated centre (default: 60)")
    demo.add_argument("--start", metavar="TIME",
                      help="simulated start time, ISO 8601 with offset (default: today 09:30 UTC)")
    demo.add_argument("--role", choices=("supervisor", "team_lead", "qa_reviewer", "viewer"), default="supervisor",
                      help="whose account the console uses on the simulator; each role sees only what it may do "
                      "(default: supervisor)")
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
    problem = None if QApplication.instance() else qt_libs.display_problem()
    if problem is not None:  # Qt would abort with a core dump: say it in one line instead
        sys.stderr.write(f"supervisor-console: cannot open a window: {problem}. Start it in a desktop session, set "
                         "DISPLAY, or render without a display: QT_QPA_PLATFORM=offscreen supervisor-console --demo "
                         "--screenshot out.png --quit-after 10\n")
        return 2
    log_path = log_setup.configure()
    if QApplication.instance() is None:  # a test's own QApplication keeps its own message handler
        messages.install()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # Cyclic garbage is collected on the GUI thread only, on a timer: a collection that starts on a worker can
    # destroy Qt objects there and deadlock with the GUI thread.
    collector = GarbageCollector(interval=1.0)
    assert isinstance(app, QApplication), "the console needs a widgets QApplication"
    app.setApplicationName("Supervisor Console")
    app.setOrganizationName("supervisor-console")
    app.setWindowIcon(QIcon(str(ICON)))
    prefs, prefs_problem = settings.load()
    theme = ThemeController(app, args.theme or prefs.theme)  # before the first window or dialog
    translations = Translations()
    language = pick_language(args.lang or prefs.language)
    if not translations.install(language):
        log.warning("no translation for %s; showing English", language)
    font_missing = not has_font_for(language)
    if font_missing:
        log.warning("no font can draw %s: its text shows as boxes; install fonts-noto-cjk", language)

    profile = None
    if not args.demo and not args.url:
        profile, problem = choose_profile(args.profile, prefs)
        if profile is None:
            log.error("%s", problem)
            return 2
        prefs = settings.load()[0]  # the first-run dialog may have saved profiles
        args.backend = profile.backend
    demo: DemoServer | None = None
    cache: SnapshotCache | None = None
    disk = Tasks(io_workers=1, cpu_workers=0)  # settings and cache writes, in order, never behind a network call
    theme.save = lambda mode: disk.background(lambda: settings.remember(theme=mode))
    if args.demo:
        def demo_ended(code: int) -> None:  # on the thread that reaped the child: a queued signal to the window
            window.demo_ended.emit(code)

        demo = DemoServer(DemoOptions(seed=args.seed, speed=args.speed, scenario=args.scenario,
                                      agents=args.agents, start=args.start, role=args.role), on_exit=demo_ended)
        server = demo

        def connect() -> Backend:
            url, token = server.start()
            return NativeBackend(url, token)
    else:
        url, kind = (profile.url, profile.backend) if profile else (args.url, args.backend)
        # A Zendesk sign-in: one credential for every connection, its refresh token read from the keyring on first use.
        credential = profiles.zendesk_credential(profile) if profile is not None and profile.signs_in else None
        token, source = (None, "") if credential else profiles.load_secret(profile.name if profile else None)
        log_setup.register_secret(token)
        if credential:
            log.info("connecting to %s (%s) with the Zendesk sign-in", url, kind)
        elif not token:
            log.warning("no token in the keyring or $%s: the server will answer 401", TOKEN_ENV)
        else:
            log.info("connecting to %s (%s) with the token from the %s", url, kind, source)
        if prefs.snapshot_cache:
            cache = SnapshotCache(cache_path(kind, url), run=disk.background)

        def connect() -> Backend:
            if credential:
                return connect_backend(kind, url, None, credential=credential)
            return connect_backend(kind, url, token, **profiles.backend_options(profile))

    tasks = TaskRunner(connect)
    sync = SyncController(connect, cache=cache, tasks=tasks)
    limits, problem = thresholds.load()
    window = MainWindow(sync, language, limits, tasks=tasks, theme_mode=theme.mode)
    window.theme_requested.connect(theme.choose)
    window.app_settings = prefs
    if profile is not None:
        window.profile_name = profile.name
        sync.set_capacities(profile.capacity.agents, profile.capacity.teams)
    if not args.demo:
        window.vendor_name = window.rebalance.vendor_name = str(getattr(BACKENDS.get(args.backend), "NAME", ""))
    remember_window = args.quit_after is None  # timed runs (screenshots, tests) fit the screen and leave no size
    if remember_window:
        window.restore_geometry(prefs.window)
    elif args.screenshot is not None:
        window.resize(DEFAULT_SIZE)  # a picture of a known size, whatever the screen
    crash = CrashReporter(log_path, app)
    crash.add_saver(window.qa.review.save_draft)
    crash.install()
    if problem or prefs_problem:
        window.statusBar().showMessage(problem or prefs_problem or "", 20_000)
    if font_missing:  # in English on purpose: without the font a translated message would be boxes too
        window.statusBar().showMessage("No Chinese font is installed: install fonts-noto-cjk", 60_000)
    if profile is not None and profile.allow_insecure_http and not is_loopback(profile.url):
        window.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "Warning: unencrypted http:// connection to %1, as this profile allows.").replace(
            "%1", profile.url), 60_000)
    window.language_requested.connect(translations.install)
    window.language_requested.connect(lambda code: disk.background(lambda: settings.remember(language=code)))
    if demo is not None:
        window.startup_message = QCoreApplication.translate("MainWindow", "Starting the simulated contact centre…")
    window.show_page(args.page)
    if not args.demo:
        window.dashboard.set_capabilities(capabilities_of(args.backend), args.backend)
        window.overview.set_capabilities(capabilities_of(args.backend))
        window.share_action.setEnabled(Capability.SHARED_SETTINGS in capabilities_of(args.backend))
    window.wall_layout = args.wall_layout
    window.layout_from_file = args.layout is not None
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
        tasks.shutdown()  # cancels calls in flight; waits at most 2 s
        if demo is not None:
            demo.stop()
        if cache is not None:
            cache.wait()
        disk.shutdown()
        if remember_window and window.closed_geometry:  # the window is gone: nothing waits for this write
            settings.remember(window=window.closed_geometry)
        crash.uninstall()
        collector.timer.stop()
    return exit_code or rc


def choose_profile(name: str | None, prefs: settings.Settings) -> tuple[profiles.Profile | None, str]:
    """The profile to connect with: ``name``, else the default; on a first run the Connections dialog asks for one."""
    if name is None and not prefs.profiles:
        dialog = ConnectionDialog(prefs)
        dialog.exec()
        prefs = dialog.settings
        if not prefs.profiles:
            return None, "no connection: use --demo, --url URL or add one in the Connections dialog"
    profile = prefs.profile(name or prefs.default_profile)
    if profile is None:
        known = ", ".join(p.name for p in prefs.profiles) or "none"
        return None, f"no connection profile called {name or prefs.default_profile!r} (saved: {known})"
    problem = profiles.url_problem(profile.url, profile.allow_insecure_http)
    return (None, f"profile {profile.name!r}: {labels.url_problem(problem)}") if problem else (profile, "")


if __name__ == "__main__":
    sys.exit(main())
