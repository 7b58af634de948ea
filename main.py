"""Start Make It Right: the same entry point as the `make-it-right` command."""

import sys

from game.cli import main

if __name__ == "__main__":
    sys.exit(main())
