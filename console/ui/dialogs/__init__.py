"""Every dialog of the console: connections, keyboard shortcuts, drill-down, audit log, rebalancing."""
