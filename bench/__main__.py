"""``python -m bench``: all benchmarks, one table (see ``bench/run.py``)."""

from bench.run import main

main()
