"""The benchmark harness (`make bench`) and one-off measurement scripts."""
