"""This process's peak resident memory, for the benchmark and the resource-limit tests."""

from __future__ import annotations

import resource


def peak_mb() -> float:
    """Peak resident memory in MB.

    VmHWM is this program's own high-water mark; ru_maxrss can carry the
    parent's from before exec on Linux, which made the figure depend on who
    started us. ru_maxrss is the fallback where /proc is absent.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
