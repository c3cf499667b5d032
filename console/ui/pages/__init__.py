"""The main window's pages: overview, dashboard, rebalance and quality review."""
