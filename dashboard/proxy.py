"""Past one process: N dashboard processes behind Caddy (Debian's `caddy`), with sticky sessions.

One Streamlit process runs every session's script in its own threads, and Python runs one thread at a time:
more cores need more processes. A Streamlit session lives in one process (its websocket, its uploads, its
downloads' files), so the proxy keeps each browser on the process it first reached: Caddy's `cookie`
policy sets a cookie on the first answer and sends every later request carrying it to the same process.
Every process opens the same warehouse read-only; `phoihop etl` swapping in a new file reaches all of them
at their next rerun (data.py). No Streamlit here: `phoihop serve` runs this.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CADDY = "caddy"
COOKIE = "phoihop_process"  # the sticky cookie: which process a browser's session lives in

CADDYFILE = """{{
\tadmin off
\tauto_https off
}}
http://:{port} {{
\tbind {address}
\treverse_proxy {upstreams} {{
\t\tlb_policy cookie {cookie}
\t\thealth_uri /_stcore/health
\t\thealth_interval 10s
\t}}
}}
"""


def caddyfile(port: int, address: str, upstream_ports: list[int]) -> str:
    """Caddy's configuration: listen on address:port, spread new browsers over the processes, keep each on its own."""
    upstreams = " ".join(f"127.0.0.1:{p}" for p in upstream_ports)
    return CADDYFILE.format(port=port, address=address, upstreams=upstreams, cookie=COOKIE)


def process_ports(port: int, processes: int) -> list[int]:
    """The dashboard processes listen on the ports after the proxy's, on this machine only."""
    return [port + 1 + i for i in range(processes)]


def _healthy(url: str, deadline: float) -> bool:
    while time.monotonic() < deadline:
        try:
            if urllib.request.urlopen(url + "/_stcore/health", timeout=2).read() == b"ok":
                return True
        except OSError:
            time.sleep(0.2)
    return False


@contextmanager
def cluster(db: Path, processes: int, port: int, address: str = "127.0.0.1") -> Iterator[list[int]]:
    """Start `processes` dashboards and Caddy in front; yields the dashboards' process ids once all answer."""
    if shutil.which(CADDY) is None:
        raise FileNotFoundError("caddy is not installed: `make serve` installs it (apt-get install caddy)")
    children: list[subprocess.Popen] = []
    folder = Path(tempfile.mkdtemp(prefix="phoihop-serve-"))
    try:
        ports = process_ports(port, processes)
        for p in ports:
            cmd = [sys.executable, "-m", "dashboard.cli", "dashboard", "--db", str(db), "--port", str(p)]
            children.append(subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        deadline = time.monotonic() + 300  # each warms its caches before it answers (warm.py)
        for p in ports:
            if not _healthy(f"http://127.0.0.1:{p}", deadline):
                raise RuntimeError(f"the dashboard on port {p} did not start")
        config = folder / "Caddyfile"
        config.write_text(caddyfile(port, address, ports), encoding="utf-8")
        env = {**os.environ, "XDG_DATA_HOME": str(folder), "XDG_CONFIG_HOME": str(folder)}
        caddy = subprocess.Popen(
            [CADDY, "run", "--config", str(config), "--adapter", "caddyfile"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        children.append(caddy)
        if not _healthy(f"http://127.0.0.1:{port}", time.monotonic() + 30):
            raise RuntimeError(f"caddy did not start on port {port}")
        yield [c.pid for c in children[:-1]]
    finally:
        for child in reversed(children):
            child.terminate()
        for child in children:
            try:
                child.wait(timeout=30)
            except subprocess.TimeoutExpired:
                child.kill()
        shutil.rmtree(folder, ignore_errors=True)


def serve(db: Path, processes: int, port: int, address: str) -> int:
    """`phoihop serve`: run until interrupted (Ctrl+C or SIGTERM stops the proxy and every process)."""
    stop = {"now": False}
    signal.signal(signal.SIGTERM, lambda *_: stop.update(now=True))
    with cluster(db, processes, port, address):
        print(f"phoihop: {processes} dashboard processes behind http://{address}:{port}", flush=True)
        try:
            while not stop["now"]:
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
    return 0
