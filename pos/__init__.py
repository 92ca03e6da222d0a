"""Mela POS core: storage, money, catalogue, selling and documents. Never imports Qt."""

__version__ = "0.1.0"
