"""Dialogs of the main window: connections, keyboard shortcuts."""
