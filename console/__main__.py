import sys

from console.app import main

sys.exit(main())
