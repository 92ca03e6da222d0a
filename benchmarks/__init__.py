"""The performance suite: every budget of DESIGN.md measured next to its floor.

Run ``python -m benchmarks [--quick] [--json FILE]``; see ``docs/performance.md``.
"""
