import time

from runners.sandbox import CappedBuffer, Limits, LocalSandbox


def test_timeout_kills_the_whole_process_group(tmp_path):
    marker = tmp_path / "survivor"
    # The child sleeps in the background and would write the marker after the parent is killed.
    argv = ["sh", "-c", f"(sleep 3; touch {marker}) & sleep 30"]
    start = time.monotonic()
    result = LocalSandbox().run(argv, {}, Limits(wall_s=1))
    assert result.timed_out and result.exit_code is None
    assert time.monotonic() - start < 10
    time.sleep(3.5)
    assert not marker.exists(), "a child of the killed verifier survived"


def test_output_is_capped_keeping_head_and_tail():
    argv = ["sh", "-c", "echo FIRST; head -c 5000000 /dev/zero | tr '\\0' x; echo; echo LAST"]
    result = LocalSandbox().run(argv, {}, Limits(output_bytes=10_000))
    assert result.exit_code == 0
    assert result.output.startswith("FIRST") and result.output.rstrip().endswith("LAST")
    assert result.truncated_bytes > 4_000_000
    assert len(result.output) < 12_000


def test_files_are_written_to_a_fresh_work_dir():
    result = LocalSandbox().run(["cat", "sub/a.txt"], {"sub/a.txt": "hello"}, Limits())
    assert result.output == "hello" and result.exit_code == 0


def test_missing_binary_is_a_sandbox_error():
    result = LocalSandbox().run(["definitely-not-a-verifier"], {}, Limits())
    assert result.error and result.exit_code is None


def test_capped_buffer_exact():
    buf = CappedBuffer(10)
    for chunk in [b"abc", b"defgh", b"ijklmnop", b"qrst"]:
        buf.feed(chunk)
    text = buf.text()
    assert text.startswith("abcde") and text.endswith("qrst")
