"""Shipped ``.npz`` files, read once per process.

Every knowledge service a process builds (a server builds one per workspace, the test suite
hundreds) reads the same shipped vectors; they are read once, kept read-only and shared. A file
that changes on disk (``evalassist kb cards --embed`` rewrites one) is read again.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

import numpy as np


def read_npz(path: Path) -> Mapping[str, np.ndarray]:
    """The arrays of ``path`` by name, half-precision vectors widened to float32 (how every
    reader uses them); read-only."""
    stat = path.stat()
    return _read(str(path.resolve()), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=16)
def _read(path: str, mtime_ns: int, size: int) -> Mapping[str, np.ndarray]:
    with np.load(path, allow_pickle=False) as data:
        arrays = {name: data[name] for name in data.files}
    for name, array in arrays.items():
        if array.dtype == np.float16:
            arrays[name] = array = array.astype(np.float32)
        array.flags.writeable = False
    return MappingProxyType(arrays)
