"""The engine: conditions, the trust state machine and scenario analysis. No I/O, no pygame."""
