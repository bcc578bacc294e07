"""Benchmarks run by ``make bench``: each reported as a ratio against a baseline run alongside."""
