"""The `phoihop` command as a user runs it: exit codes and the run summary."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import INPUTS, ROOT, SEEDS


def phoihop(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dashboard.cli", *args], capture_output=True, text=True)


@pytest.mark.slow
def test_etl_prints_summary_and_exits_0_with_rejects(tmp_path):
    db = tmp_path / "w.duckdb"
    result = phoihop("etl", str(SEEDS), str(INPUTS / "broken"), "--db", str(db), "--quiet")
    assert result.returncode == 0, result.stderr
    assert "documents loaded: 7" in result.stdout
    assert "rejected:         10" in result.stdout
    assert "empty file" in result.stdout and "unsupported file type" in result.stdout
    assert db.exists()


@pytest.mark.slow
def test_etl_exits_1_when_nothing_could_be_read(tmp_path):
    result = phoihop("etl", str(INPUTS / "broken" / "empty.txt"), "--db", str(tmp_path / "w.duckdb"), "--quiet")
    assert result.returncode == 1


def test_wrong_arguments_exit_2():
    assert phoihop("etl").returncode == 2
    assert phoihop("no-such-command").returncode == 2


def test_the_benchmark_module_answers_help_without_running():
    # "--help" was taken for the JSON path and every benchmark ran (10k and 100k articles)
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--help"], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0 and "phoihop bench" in result.stdout


def test_evaluate_exits_0_on_the_seeds():
    result = phoihop("evaluate", str(INPUTS.parent / "seed_labels.jsonl"), str(SEEDS))
    assert result.returncode == 0, result.stdout
    assert "parties_f1" in result.stdout and "BELOW" not in result.stdout


def test_dashboard_listens_on_this_machine_only_by_default():
    from dashboard.cli import build_parser

    args = build_parser().parse_args(["dashboard"])
    assert args.address == "127.0.0.1"


def test_dashboard_serves_the_app_behind_its_page_addresses_with_our_upload_limit(monkeypatch):
    from dashboard import cli
    from dashboard.uploads import MAX_FILE_BYTES

    ran = []
    monkeypatch.setattr(cli.os, "execv", lambda exe, cmd: ran.append(cmd))
    cli.main(["dashboard", "--db", "x.duckdb", "--port", "8599"])
    cmd = ran[0]
    assert cmd[cmd.index("run") + 1].endswith("dashboard/server.py")
    assert cmd[cmd.index("--server.maxUploadSize") + 1] == str(MAX_FILE_BYTES // 1024**2) == "20"
    # served, not edited: no module watching and no full garbage collection after every run (issue 18)
    assert cmd[cmd.index("--server.fileWatcherType") + 1] == "none"
    assert cmd[cmd.index("--runner.postScriptGC") + 1] == "false"


@pytest.mark.slow
def test_extract_from_stdin_names_its_lines_and_exits_1_on_pure_garbage():
    """Garbage on stdin exited 0 (where `etl` exits 1) and its rejects were named "--1", "--2"."""
    result = subprocess.run(
        [sys.executable, "-m", "dashboard.cli", "extract", "-"],
        input="not json\n\x00\x01 garbage\n",
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1, result.stderr
    ids = [json.loads(line)["source_id"] for line in result.stdout.splitlines()]
    assert ids == ["stdin-1", "stdin-2"]
    good = subprocess.run(
        [sys.executable, "-m", "dashboard.cli", "extract", "-"],
        input='not json\n{"id": "r1", "title": "Ký kết chương trình phối hợp", "text": "Sở Tư pháp và Hội Nông dân ký kết."}\n',
        capture_output=True,
        text=True,
    )
    assert good.returncode == 0 and [json.loads(x)["source_id"] for x in good.stdout.splitlines()] == ["stdin-1", "r1"]
