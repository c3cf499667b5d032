"""The frozen app's entry point: the console, or (hidden) the demo simulator when started by ``--demo``.

A PyInstaller build has no Python interpreter to run ``python -m simulator``: ``console.infra.demo`` starts
this same executable with ``--run-simulator`` instead.
"""

import sys

if len(sys.argv) > 1 and sys.argv[1] == "--run-simulator":
    from simulator.cli import main as simulator_main

    sys.exit(simulator_main(sys.argv[2:]))

from console.app import main

sys.exit(main())
