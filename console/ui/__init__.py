"""What the user sees: the main window, its pages, every dialog, and the wall display."""
