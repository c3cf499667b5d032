"""The console's logic without Qt, even transitively: live store, metrics, history, charts data, staleness,
thresholds, staffing, balance plan, actions, rebalance rows and QA logic. import-linter enforces it."""
