"""``python -m dpwallet`` does what the ``dpwallet`` command does."""

import sys

from dpwallet.cli import main

sys.exit(main())
