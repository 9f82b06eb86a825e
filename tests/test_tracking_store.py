"""The tracking store is checked first, in one line and within a bounded time."""

from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from benchmark.engine.tracking import check_tracking_store
from benchmark.errors import ConfigError


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_server_fails_fast():
    uri = f"http://127.0.0.1:{_free_port()}"  # nothing listens there
    t0 = time.perf_counter()
    with pytest.raises(ConfigError, match="cannot reach the MLflow tracking server"):
        check_tracking_store(uri, timeout_s=2)
    assert time.perf_counter() - t0 < 10


def test_silent_server_times_out():
    """A server that accepts the connection but never answers: the timeout bounds the wait."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    try:
        t0 = time.perf_counter()
        with pytest.raises(ConfigError, match="within 1s"):
            check_tracking_store(f"http://127.0.0.1:{srv.getsockname()[1]}", timeout_s=1)
        assert time.perf_counter() - t0 < 8
    finally:
        srv.close()


def test_answering_server_passes():
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(404 if self.path != "/health" else 200)
            self.end_headers()
            self.wfile.write(b"OK")

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.handle_request, daemon=True)
    thread.start()
    try:
        check_tracking_store(f"http://127.0.0.1:{server.server_address[1]}", timeout_s=5)
    finally:
        thread.join(5)
        server.server_close()


def test_sqlite_store_folder(tmp_path):
    check_tracking_store(f"sqlite:///{tmp_path}/new/sub/mlflow.db")  # can be created
    assert not (tmp_path / "new").exists()  # checking creates nothing
    with pytest.raises(ConfigError, match="no MLflow store"):
        check_tracking_store(f"sqlite:///{tmp_path}/mlflow.db", must_exist=True)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ConfigError, match="not a writable folder"):
        check_tracking_store(f"sqlite:///{blocker}/mlflow.db")
