"""The wall display: a full-screen, unattended wallboard of rotating pages defined in a layout file."""
