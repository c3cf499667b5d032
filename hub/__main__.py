"""``python -m hub``: the same as ``supervisor-hub``."""

import sys

from hub.cli import main

sys.exit(main())
