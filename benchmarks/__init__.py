"""Benchmarks: `phoihop bench` (never timed tests). Results: benchmarks/RESULTS.md and the JSON it writes."""
