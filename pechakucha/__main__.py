"""`python -m pechakucha` runs the command line."""

import sys

from pechakucha.cli.main import main

sys.exit(main())
