"""The warm embedded server's life cycle, as a user meets it: the first kg command starts it in the
background and says so once, later ones reuse it, it stops when idle and with kg serve --stop, a
crash (SIGKILL) leaves nothing that looks alive, and a port in use is one clear line.

No timings are asserted: each wait below is for a condition, with a generous deadline."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("arcadedb_embedded")
pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
SAMPLE_GRAPH = REPO / "tests" / "fixtures" / "sample_graph.json"
NOTE = "starting the embedded Bolt server"


def env(idle: str) -> dict:
    e = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_") and k != "KG_DATA_DIR"}
    return {**e, "KG_SERVE_IDLE": idle, "PYTHONPATH": str(REPO)}


def kg(*args, idle="120") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], cwd=REPO, env=env(idle),
                          capture_output=True, text=True, timeout=400)


def server_pid(data: Path) -> int:
    return json.loads((data / "server.json").read_text())["pid"]


def wait_for(condition, what: str, deadline: float = 300) -> None:
    end = time.monotonic() + deadline
    while not condition():
        assert time.monotonic() < end, f"gave up waiting: {what}"
        time.sleep(0.2)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return not Path(f"/proc/{pid}/stat").exists() or Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"


@pytest.fixture
def data(tmp_path):
    d = tmp_path / "data"
    yield d
    from loaders.neo4j.control import stop_server
    from loaders.neo4j.server import ServerPaths
    try:
        stop_server(ServerPaths(d.resolve()))
    except Exception:       # noqa: BLE001 - best effort clean-up
        pass


def test_start_reuse_and_stop(data):
    from loaders.neo4j.server import ServerPaths, lock_held

    first = kg("load", SAMPLE_GRAPH, "--data-dir", data)
    assert first.returncode == 0, first.stderr
    assert first.stderr.count(NOTE) == 1 and "kg serve --stop" in first.stderr
    assert "(direct)" in first.stdout
    pid = server_pid(data)
    again = kg("cypher", "MATCH (n:Entity) RETURN count(n) AS n", "--format", "json", "--data-dir", data)
    assert again.returncode == 0, again.stderr
    assert NOTE not in again.stderr and json.loads(again.stdout) == {"n": 11}
    assert server_pid(data) == pid                      # the same server answered
    stopped = kg("serve", "--stop", "--data-dir", data)
    assert stopped.returncode == 0 and f"pid {pid}" in stopped.stdout
    assert not (data / "server.json").exists() and not lock_held(ServerPaths(data.resolve()))
    wait_for(lambda: not alive(pid), "the server process to exit")
    assert "no embedded server runs" in kg("serve", "--stop", "--data-dir", data).stdout


def test_idle_server_stops_by_itself_and_keeps_its_data(data):
    from loaders.neo4j.server import ServerPaths, lock_held

    assert kg("load", SAMPLE_GRAPH, "--data-dir", data, idle="3").returncode == 0
    pid = server_pid(data)
    wait_for(lambda: not lock_held(ServerPaths(data.resolve())), "the idle server to stop")
    wait_for(lambda: not alive(pid), "the idle server's process to exit")
    assert not (data / "server.json").exists()
    out = kg("cypher", "MATCH (n:Entity) RETURN count(n) AS n", "--format", "json", "--data-dir", data)
    assert out.returncode == 0 and json.loads(out.stdout) == {"n": 11}
    assert NOTE in out.stderr                           # a new server, on the same data and password


def test_crash_leaves_no_live_looking_server(data):
    from loaders.neo4j.server import ServerPaths, running_server

    assert kg("load", SAMPLE_GRAPH, "--data-dir", data).returncode == 0
    pid = server_pid(data)
    os.kill(pid, signal.SIGKILL)
    wait_for(lambda: not alive(pid), "the killed server to go")
    assert (data / "server.json").exists()              # what a crash leaves
    assert running_server(ServerPaths(data.resolve())) is None
    assert not (data / "server.json").exists()          # found stale and removed
    out = kg("cypher", "MATCH (n:Entity) RETURN count(n) AS n", "--format", "json", "--data-dir", data)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"n": 11} and server_pid(data) != pid


def test_port_in_use_is_one_clear_line(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = kg("serve", "--data-dir", tmp_path / "d", "--port", port)
    assert done.returncode == 3, done.stdout + done.stderr
    assert f"port {port} is in use" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "d" / "server.json").exists()


def test_second_server_on_the_same_directory_is_refused(data):
    assert kg("cypher", "RETURN 1", "--data-dir", data).returncode == 0
    second = kg("serve", "--data-dir", data, "--port", "0")
    assert second.returncode == 3 and "already runs" in second.stderr and "Traceback" not in second.stderr
