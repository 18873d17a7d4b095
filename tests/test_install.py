"""The product as a wheel installs it, not as a checkout runs it: every file it reads is inside the wheel, and
the installed `phoihop` extracts, loads and serves its pages from a directory that is not the checkout."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

from etl.resources import PACKAGE, SHIPPED
from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.slow

NOT_SHIPPED = {"raw", "demo_corpus"}  # inputs (the bundled articles, `make demo`'s corpus), not the product's
PACKAGES = ("etl", "queries", "dashboard", "benchmarks")
CHECKOUT_ONLY = ("etl/tools",)  # the hand-run builders write into a checkout's data/


def _source_files() -> set[str]:
    """What the wheel must hold, as paths inside it: every module, and every file the product reads."""
    wanted = set()
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*"):
            rel = path.relative_to(ROOT).as_posix()
            read = path.suffix in (".py", ".sql") or rel.startswith(("dashboard/assets/", "dashboard/strings.csv"))
            if path.is_file() and read and "__pycache__" not in rel and not rel.startswith(CHECKOUT_ONLY):
                wanted.add(rel)
    for name in SHIPPED:
        for path in (ROOT / "data" / name).rglob("*"):
            if path.is_file():
                wanted.add(f"{PACKAGE}/{path.relative_to(ROOT / 'data').as_posix()}")
    return wanted


def _copy_source(dest: Path) -> Path:
    """The files a build reads, copied: building in the checkout would leave build/ and egg-info behind."""
    for name in ("pyproject.toml", "README.md", *PACKAGES):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__", "work"))
        else:
            shutil.copy2(ROOT / name, dest / name)
    for name in SHIPPED:
        shutil.copytree(ROOT / "data" / name, dest / "data" / name)
    return dest


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = _copy_source(tmp_path_factory.mktemp("source"))
    out = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(source)],
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, f"(setuptools as pinned in the dev extras?) {built.stderr[-2000:]}"
    return next(out.glob("phoihop-*.whl"))


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh virtual environment with the wheel installed; the dependencies seen through a path file
    (the test's own environment), so no package is downloaded."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", str(wheel)],
        check=True,
        capture_output=True,
    )
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(purelib, "phoihop_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return venv


def _run(venv: Path, *args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PHOIHOP_"))}
    return subprocess.run(args, cwd=cwd, env={**clean, **(env or {})}, capture_output=True, text=True, timeout=300)


def test_the_wheel_holds_every_module_and_every_file_the_product_reads(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = sorted(_source_files() - names)
    assert not missing, f"not in the wheel: {missing}"
    assert not [n for n in names if n.startswith((f"{PACKAGE}/raw/", "etl/tools/"))]


def test_every_folder_of_data_is_shipped_or_said_not_to_be():
    folders = {p.name for p in (ROOT / "data").iterdir() if p.is_dir()}
    assert folders - NOT_SHIPPED == set(SHIPPED)


def test_the_installed_phoihop_extracts_and_loads_from_another_directory(installed, tmp_path):
    work = tmp_path / "elsewhere"
    work.mkdir()
    seed = sorted(SEEDS.glob("*.txt"))[0]
    shutil.copy2(seed, work / seed.name)
    where = _run(
        installed,
        str(installed / "bin" / "python"),
        "-c",
        "import etl, etl.resources as r; print(etl.__file__); print(r.data_dir('reference'))",
        cwd=work,
    )
    assert where.returncode == 0, where.stderr
    assert all(line.startswith(str(installed)) for line in where.stdout.split()), where.stdout

    extracted = _run(installed, str(installed / "bin" / "phoihop"), "extract", seed.name, cwd=work)
    assert extracted.returncode == 0, extracted.stderr
    record = json.loads(extracted.stdout)
    assert record["source_id"] == seed.stem and record["is_event"] is True and record["province"]

    loaded = _run(installed, str(installed / "bin" / "phoihop"), "etl", seed.name, "--quiet", cwd=work)
    assert loaded.returncode == 0, loaded.stderr
    assert (work / "data" / "warehouse.duckdb").is_file()  # the default, beside the working directory


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(base: str, proc: subprocess.Popen) -> None:
    """Until the server answers its health check, or exits (a fail either way after a minute)."""
    for _ in range(200):
        if proc.poll() is not None:
            pytest.fail(f"`phoihop dashboard` exited with {proc.returncode}")
        try:
            if urllib.request.urlopen(base + "/_stcore/health", timeout=2).read() == b"ok":
                return
        except OSError:
            time.sleep(0.3)
    pytest.fail("`phoihop dashboard` did not start")


def test_the_installed_dashboard_serves_and_draws_its_pages_from_another_directory(installed, tmp_path):
    work = tmp_path / "elsewhere"
    work.mkdir()
    seed = sorted(SEEDS.glob("*.txt"))[0]
    shutil.copy2(seed, work / seed.name)
    assert _run(installed, str(installed / "bin" / "phoihop"), "etl", seed.name, "--quiet", cwd=work).returncode == 0

    port = _free_port()
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PHOIHOP_"))}
    proc = subprocess.Popen(
        [str(installed / "bin" / "phoihop"), "dashboard", "--port", str(port)],
        cwd=work,
        env=clean,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_healthy(base, proc)
        with urllib.request.urlopen(base + "/regions", timeout=10) as page:  # a page address (site.py, server.py)
            assert page.status == 200
    finally:
        proc.terminate()
        proc.wait(timeout=20)

    script = """
import dashboard, pathlib
from streamlit.testing.v1 import AppTest
from dashboard import site
app = pathlib.Path(dashboard.__file__).with_name("app.py")
at = AppTest.from_file(str(app), default_timeout=120).run()
assert not at.exception, at.exception
for page in site.PAGES:
    at.switch_page(f"app_pages/{page.file}").run()
    assert not at.exception, (page.file, at.exception)
    assert at.title, page.file
print(app)
"""
    drawn = _run(installed, str(installed / "bin" / "python"), "-c", script, cwd=work)  # data/warehouse.duckdb here
    assert drawn.returncode == 0, drawn.stderr[-3000:]
    assert drawn.stdout.strip().startswith(str(installed))
