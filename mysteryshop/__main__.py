"""`python -m mysteryshop`: the same as the `mysteryshop` command."""

import sys

from mysteryshop.cli import main

sys.exit(main())
