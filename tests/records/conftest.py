"""Fixtures the records tests share: a real LRS (Ralph) and a proxy in front of it."""

from tests.records.lrs_support import proxy, ralph  # noqa: F401 (fixtures)
