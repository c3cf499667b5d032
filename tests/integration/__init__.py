"""Vendor backends against real or mock vendor servers: a throw-away Request Tracker, Prism, a scripted Zendesk."""
