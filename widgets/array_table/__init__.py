"""A ticket table that stays fast with 100,000 rows: NumPy columns (:mod:`.rows`), a vectorised Qt model
(:mod:`.model`) and the widget around it (:mod:`.view`)."""

from widgets.array_table.model import AT_RISK_COLOUR, OVERDUE_COLOUR, ArrayTableModel, Column
from widgets.array_table.rows import default_countdown, default_number
from widgets.array_table.view import TicketTable

__all__ = [
    "AT_RISK_COLOUR",
    "OVERDUE_COLOUR",
    "ArrayTableModel",
    "Column",
    "TicketTable",
    "default_countdown",
    "default_number",
]
