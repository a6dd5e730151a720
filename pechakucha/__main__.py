"""`python -m pechakucha` runs the command line."""

import sys

from pechakucha.cli import main

sys.exit(main())
