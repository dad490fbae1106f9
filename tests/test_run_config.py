"""Defaults live once (runners/config.py), and a configuration that cannot work is refused before
anything is called or written: exit 2, one line, no results folder. Each case here was a
traceback, an endless ERROR or a hang before."""

import json
import os
import re
import subprocess
import sys

import pytest

from runners.cli import build_parser
from runners.config import EvalConfig, default
from tests.conftest import ROOT


def _vericode(*argv, env=None, cwd=ROOT, timeout=120):
    """The real command line in a fresh process."""
    full_env = {**os.environ, **(env or {})}
    for name, value in (env or {}).items():
        if value is None:
            full_env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "runners", *argv], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, env=full_env)


@pytest.fixture
def vericode(capsys, monkeypatch):
    """The command line in this process (fast): (exit code, stdout, stderr)."""
    from runners.cli import main

    monkeypatch.chdir(ROOT)

    def run(*argv, env=None):
        for name, value in (env or {}).items():
            if value is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, value)
        code = main(list(argv))
        out = capsys.readouterr()
        return subprocess.CompletedProcess(argv, code, out.out, out.err)

    return run


def test_cli_defaults_are_the_config_defaults():
    args = build_parser().parse_args(["eval"])
    for field in ("model", "langs", "rounds", "samples", "max_tokens", "timeout_s", "max_retries", "model_workers",
                  "verifier_workers", "results_dir", "cache_dir", "infra_retries", "temperature"):
        assert getattr(args, field) == default(EvalConfig, field), field
    assert args.time_limit == default(EvalConfig, "time_limit_s") and args.wall == default(EvalConfig, "wall_s")
    checks = build_parser().parse_args(["check-tasks"])
    assert checks.time_limit == default(EvalConfig, "time_limit_s")


def test_makefile_holds_no_second_copy_of_a_default():
    makefile = (ROOT / "Makefile").read_text()
    assert not re.search(r"^(ROUNDS|SAMPLES|LANGS|MODEL|BACKEND)[ \t]*\?=[ \t]*\S", makefile, re.M)
    plain = subprocess.run(["make", "-n", "eval"], cwd=ROOT, capture_output=True, text=True).stdout
    assert "--rounds" not in plain and "--model" not in plain
    assert "--rounds 3" in subprocess.run(["make", "-n", "eval", "ROUNDS=3"], cwd=ROOT, capture_output=True,
                                          text=True).stdout


def test_config_command_prints_defaults_from_the_one_module():
    out = _vericode("config", "--get", "rounds")
    assert out.returncode == 0 and out.stdout.strip() == str(default(EvalConfig, "rounds"))
    listing = json.loads(_vericode("config", "--json").stdout)
    assert listing["max_tokens"] == default(EvalConfig, "max_tokens")
    assert _vericode("config", "--get", "timeout").stdout.strip() == str(default(EvalConfig, "timeout_s"))


BAD = [
    (["--model", ""], "--model"),
    (["--model", "gpt-nonsense-xyz"], "provider"),
    (["--rounds", "0"], "--rounds"),
    (["--samples", "0"], "--samples"),
    (["--model-workers", "0"], "--model-workers"),
    (["--verifier-workers", "0"], "--verifier-workers"),
    (["--max-retries", "-1"], "--max-retries"),
    (["--wall", "0"], "--wall"),
    (["--timeout", "0"], "--timeout"),
    (["--langs", "cobol"], "cobol"),
    (["--run-id", "../escape"], "--run-id"),
    (["--run-id", "/tmp/abs"], "--run-id"),
    (["--tasks", "no_such_task"], "no such task"),
    (["--max-cost", "1", "--model", "openai/not-a-priced-model", "--api-base", "http://127.0.0.1:9/v1"], "price"),
]


@pytest.mark.parametrize("argv,needle", BAD, ids=[" ".join(a) or "empty" for a, _ in BAD])
def test_configuration_errors_exit_2_with_one_line_and_write_nothing(tmp_path, vericode, argv, needle):
    results = tmp_path / "results"
    out = vericode("eval", "--results", str(results), "--backend", "local", "--quiet", "--tasks", "gcd", *argv)
    assert out.returncode == 2, out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in out.stderr, out.stderr
    assert needle in lines[0]
    assert not results.exists()


def test_missing_api_key_is_a_configuration_error(tmp_path, vericode):
    out = vericode("eval", "--model", "openai/gpt-4o-mini", "--results", str(tmp_path / "r"), "--backend", "local",
                    env={"OPENAI_API_KEY": None, "VERICODE_API_KEY": None, "VERICODE_API_BASE": None})
    assert out.returncode == 2 and "OPENAI_API_KEY" in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "r").exists()


@pytest.mark.parametrize("content,needle", [(None, "No such file"), ("", "no replies"), ("not json\n", ":1:"),
                                            ('{"task": "x"}\n', ":1:")])
def test_bad_replay_files_are_configuration_errors(tmp_path, vericode, content, needle):
    replay = tmp_path / "replies.jsonl"
    if content is not None:
        replay.write_text(content)
    out = vericode("eval", "--tasks", "gcd", "--model", f"replay:{replay}", "--results", str(tmp_path / "r"), "--backend", "local")
    assert out.returncode == 2 and needle in out.stderr and "Traceback" not in out.stderr, out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_unwritable_results_folder_is_a_configuration_error():
    # /proc refuses new files even to root, unlike a chmod-ed folder
    out = _vericode("eval", "--results", "/proc/vericode-results", "--backend", "local", "--tasks", "gcd")
    assert out.returncode == 2 and "cannot write" in out.stderr and "Traceback" not in out.stderr, out.stderr


@pytest.mark.parametrize("payload,needle", [(None, "No such file"), (b"\x00\x01\x02binary", "binary"),
                                            (b"caf\xe9 au lait", "UTF-8")])
def test_check_response_file_problems_are_one_line(tmp_path, vericode, payload, needle):
    reply = tmp_path / "reply.txt"
    if payload is not None:
        reply.write_bytes(payload)
    out = vericode("check", "binary_search_lower_bound", "--response", str(reply), "--backend", "local")
    assert out.returncode == 2 and needle in out.stderr and "Traceback" not in out.stderr, out.stderr


def test_check_tasks_unknown_language_is_one_line(vericode):
    out = vericode("check-tasks", "--langs", "cobol", "--backend", "local")
    assert out.returncode == 2 and "cobol" in out.stderr and "Traceback" not in out.stderr, out.stderr


def test_dry_run_estimates_calls_tokens_and_cost_and_writes_nothing(tmp_path):
    results = tmp_path / "results"
    out = _vericode("eval", "--model", "openai/gpt-4o-mini", "--api-base", "http://127.0.0.1:9/v1", "--dry-run",
                    "--tasks", "gcd", "binary_search_lower_bound", "--rounds", "3", "--samples", "2",
                    "--results", str(results), "--backend", "local")
    assert out.returncode == 0, out.stderr
    assert "4 keys, 4 to play" in out.stdout and "model calls: 4 (all pass at once) to 12" in out.stdout
    cost = re.search(r"cost: \$([\d.]+) .* to \$([\d.]+)", out.stdout)
    assert cost and 0 < float(cost.group(1)) < float(cost.group(2)), out.stdout
    assert not results.exists()
