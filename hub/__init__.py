"""The hub: one server per contact centre. It follows one helpdesk (or another native server) and serves the
native API to every console, so the number of consoles never changes what the helpdesk sees."""
