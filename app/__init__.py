"""Trợ lý Dự thảo: cited answers and draft review over Hải Dương's provincial guidance."""

__version__ = "0.1.0"
