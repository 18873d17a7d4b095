"""Keep a test on this machine: any name lookup or connection to a host other than the loopback is refused
and remembered, so a test can assert that nothing tried to leave (and a child process prints it)."""

from __future__ import annotations

import contextlib
import socket
import sys
from collections.abc import Iterator

LOOPBACK = {"127.0.0.1", "::1", "localhost"}


def _install(attempts: list[str], announce: bool) -> tuple[object, object]:
    real_connect, real_getaddrinfo = socket.socket.connect, socket.getaddrinfo

    def refuse(host: object) -> None:
        attempts.append(str(host))
        if announce:
            print(f"BLOCKED connection to {host}", file=sys.stderr, flush=True)

    def connect(sock: socket.socket, address: object) -> None:
        host = address[0] if isinstance(address, tuple) else address
        if sock.family in (socket.AF_INET, socket.AF_INET6) and host not in LOOPBACK:
            refuse(host)
            raise OSError(f"test guard: no connection to {host}")
        return real_connect(sock, address)  # type: ignore[arg-type]

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        name = host.decode() if isinstance(host, bytes) else host
        if name is not None and name not in LOOPBACK:
            refuse(name)
            raise socket.gaierror(f"test guard: no lookup of {name}")
        return real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

    socket.socket.connect = connect  # type: ignore[method-assign,assignment]
    socket.getaddrinfo = getaddrinfo  # type: ignore[assignment]
    return real_connect, real_getaddrinfo


@contextlib.contextmanager
def only_loopback() -> Iterator[list[str]]:
    """Within the block, other hosts are refused; yields the list of those that were tried."""
    attempts: list[str] = []
    real_connect, real_getaddrinfo = _install(attempts, announce=False)
    try:
        yield attempts
    finally:
        socket.socket.connect = real_connect  # type: ignore[method-assign,assignment]
        socket.getaddrinfo = real_getaddrinfo  # type: ignore[assignment]


def install_for_process() -> None:
    """For a child process: refuse for good, and say so on stderr."""
    _install([], announce=True)
