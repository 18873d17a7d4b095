"""Where the files the product ships are read: the folders of data/ (reference, geo, fonts, simulation).

In a checkout they are read from its own data/. An installed wheel has no data/ beside the packages:
pyproject.toml ships those folders as the package `phoihop_data` (mapped onto data/, so the folder stays
where it is), found here by its location on the import path. A checkout is known by its pyproject.toml,
so a worktree reads its own files even when another checkout of the project is installed.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "phoihop_data"  # data/ as installed (pyproject.toml: [tool.setuptools.package-dir])
SHIPPED = ("reference", "geo", "fonts", "simulation")  # the folders of data/ the wheel carries


def data_dir(name: str) -> Path:
    """The folder data/NAME, one of SHIPPED, in a checkout or an installed wheel."""
    if name not in SHIPPED:
        raise ValueError(f"data/{name} is not shipped with the product (shipped: {', '.join(SHIPPED)})")
    if (ROOT / "pyproject.toml").is_file():
        return ROOT / "data" / name
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"neither a checkout's data/ nor the installed package {PACKAGE} was found")
    return Path(next(iter(spec.submodule_search_locations))) / name
