"""Qt plumbing without pages: background tasks, the sync worker, crash reports, translations and the
translated text the pages share. The one place where threads meet Qt."""
