"""``python -m bench``: the issue-20 figures beside the baseline commit (``bench/compare.py``);
``python -m bench.run`` is the table of every benchmark on this tree alone."""

import sys

from bench.compare import main

sys.exit(main())
