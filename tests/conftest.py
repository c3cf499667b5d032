"""Shared fixtures: headless Qt, isolated user dirs, real simulator servers on loopback, test keyrings.

The tests live in rooms: ``unit/`` (no Qt: they pass with PySide6 and pyqtgraph uninstalled), ``gui/`` (Qt in the
test process), ``e2e/`` (the console, benchmarks and frozen app as child processes), ``integration/`` (vendor
servers: Request Tracker, Prism) and ``helpers/``. Qt tests are marked ``gui`` here, so ``-m "not gui"`` selects
the rest.
"""

from __future__ import annotations

import gc
import importlib.util
import logging
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: headless, English, and user dirs that are not the developer's.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
os.environ["LANG"] = os.environ["LC_ALL"] = "C.UTF-8"
_HOME = Path(tempfile.mkdtemp(prefix="console-tests-"))
for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[var] = str(_HOME / var.lower())

from keyring.backends import fail  # noqa: E402

from api_client.native import NativeBackend  # noqa: E402
from tests.helpers.keyrings import MemoryKeyring, using  # noqa: E402
from tests.helpers.logfail import LogFailHandler, describe  # noqa: E402
from tests.helpers.sim import SimServer, make_sim  # noqa: E402

TESTS = Path(__file__).resolve().parent
QT_ROOMS = (TESTS / "gui", TESTS / "e2e")  # every test here needs Qt
QT_FIXTURES = frozenset({"qtbot", "qapp", "qtmodeltester"})
LOG_FAIL = LogFailHandler()


def pytest_addoption(parser: pytest.Parser) -> None:
    if importlib.util.find_spec("pytestqt") is None:
        # The Qt-free run (scripts/qt_free_tests.sh) has no pytest-qt: accept its settings in pyproject.toml.
        for name in ("qt_api", "qt_log_level_fail"):
            parser.addini(name, "pytest-qt's setting (pytest-qt is not installed in this run)")
        parser.addini("qt_log_ignore", "pytest-qt's setting (pytest-qt is not installed in this run)", type="linelist")
    parser.addoption("--approve-images", action="store_true",
                     help="rewrite the reference images in tests/gui/reference/ with what the tests render now")


def pytest_configure(config: pytest.Config) -> None:
    logging.getLogger().addHandler(LOG_FAIL)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark ``gui`` every test that needs Qt: those in gui/ and e2e/, and any other that uses a Qt fixture."""
    for item in items:
        path = Path(str(item.path))
        if any(room in path.parents for room in QT_ROOMS) or QT_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


def _logs_checked(item: pytest.Item, *, first: bool) -> Iterator[None]:
    """A test phase that fails on log lines the test did not expect (see tests/helpers/logfail.py)."""
    if first:
        LOG_FAIL.take()  # lines from between tests (collection, another test's session fixtures) are no one's
    try:
        result = yield
    except BaseException:
        LOG_FAIL.take()  # the phase failed already: its log lines are in the report
        raise
    records = LOG_FAIL.take()
    if records and "caplog" not in getattr(item, "fixturenames", ()):
        pytest.fail(describe(records), pytrace=False)
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    return (yield from _logs_checked(item, first=True))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    return (yield from _logs_checked(item, first=False))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    return (yield from _logs_checked(item, first=False))


@pytest.fixture(autouse=True)
def no_leaks(request: pytest.FixtureRequest) -> Iterator[None]:
    """A Qt test leaves no thread, running QTimer of ours or open top-level widget behind (tests/helpers/leaks.py)."""
    if request.node.get_closest_marker("gui") is None:
        yield
        return
    from tests.helpers.leaks import LeakCheck

    census = LeakCheck()
    yield
    if leaks := census.leaks():
        pytest.fail("The test left behind:\n  " + "\n  ".join(leaks), pytrace=False)


@pytest.fixture(autouse=True)
def collect_garbage_on_the_main_thread() -> Iterator[None]:
    """Cyclic garbage is collected here, between tests, on the main (GUI) thread, as the console does on a timer:
    a collection that starts on a worker thread can destroy Qt objects there and deadlock with the GUI thread."""
    enabled = gc.isenabled()
    gc.disable()
    yield
    gc.collect()
    if enabled:
        gc.enable()


@pytest.fixture(scope="session")
def sim(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimServer]:
    """One shared simulator, paused (speed 0): time moves only through /sim/advance."""
    server = make_sim(tmp_path_factory.mktemp("sim"), "--speed", "0", "--seed", "7")
    yield server
    server.stop()


@pytest.fixture
def own_sim(tmp_path: Path) -> Iterator[SimServer]:
    """A simulator of the test's own, paused, that the test may stop and restart."""
    server = make_sim(tmp_path, "--speed", "0", "--seed", "3")
    yield server
    server.stop()


@pytest.fixture
def client(sim: SimServer) -> Iterator[NativeBackend]:
    backend = sim.client()
    yield backend
    backend.close()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An in-memory secure keyring in place of the OS one."""
    with using(MemoryKeyring()) as backend:
        yield backend  # type: ignore[misc]


@pytest.fixture
def no_keyring() -> Iterator[fail.Keyring]:
    """No secure keyring at all (a bare Linux wall PC)."""
    with using(fail.Keyring()) as backend:
        yield backend  # type: ignore[misc]
