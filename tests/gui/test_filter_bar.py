"""Dashboard filter menus: names with "&" shown as written, menus open while ticking, buttons say what is chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from widgets.filter_bar import FilterBar

QUEUES = [("billing", "Billing"), ("orders", "Orders & logistics"), ("tech", "Technical support")]
CHANNELS = [("phone", "Phone"), ("chat", "Chat"), ("email", "Email"), ("social", "Social")]


def make_bar(qtbot: QtBot) -> FilterBar:
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.set_dimension("queues", "Queue", QUEUES)
    bar.set_dimension("channels", "Channel", CHANNELS)
    bar.show()
    qtbot.waitExposed(bar)
    return bar


def test_an_ampersand_in_a_name_is_shown_not_taken_as_a_shortcut(qtbot: QtBot) -> None:
    bar = make_bar(qtbot)
    orders = bar._actions["queues"][1]
    assert QKeySequence.mnemonic(orders.text()).isEmpty()  # "Orders _logistics" had Alt+L
    assert orders.text().replace("&&", "&") == "Orders & logistics"
    bar.select("queues", ["orders"])
    button = bar._buttons["queues"]
    assert QKeySequence.mnemonic(button.text()).isEmpty()
    assert button.accessibleName() == "Queue: Orders & logistics"
    assert bar.selection()["queues"] == frozenset({"orders"})


def test_the_menu_stays_open_while_ticking_and_the_button_names_the_choices(qtbot: QtBot) -> None:
    bar = make_bar(qtbot)
    button = bar._buttons["channels"]
    menu = button.menu()
    menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
    qtbot.waitExposed(menu)
    seen: list[dict] = []
    bar.changed.connect(seen.append)
    for action in bar._actions["channels"][:2]:
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
        assert menu.isVisible(), "the menu closed after one tick"
    assert button.accessibleName() == "Channel: Phone, Chat"
    menu.setActiveAction(bar._actions["channels"][3])
    qtbot.keyClick(menu, Qt.Key.Key_Space)
    assert menu.isVisible()
    assert button.accessibleName() == "Channel: Phone, Chat +1"
    assert button.toolTip() == "Channel: Phone, Chat, Social"
    assert seen[-1]["channels"] == frozenset({"phone", "chat", "social"})
    assert len(seen) == 3
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    assert not menu.isVisible()
    bar.clear()
    assert button.accessibleName() == "Channel: all"
    assert button.toolTip() == ""
