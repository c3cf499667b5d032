"""The console's infrastructure without Qt: settings, connection profiles and the keyring, the snapshot cache,
logging, the demo launcher and bundled resources. import-linter enforces it."""
