"""``python -m kazcustoms``: the command line (see ``kazcustoms.cli``)."""

import sys

from kazcustoms.cli import main

if __name__ == "__main__":
    sys.exit(main())
