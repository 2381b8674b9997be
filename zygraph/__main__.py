"""`python -m zygraph` runs the command line."""

import sys

from zygraph.cli import main

sys.exit(main())
