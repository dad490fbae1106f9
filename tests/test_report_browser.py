"""The HTML report in a real headless Chromium (Debian's `chromium`), driven over the DevTools
protocol through --remote-debugging-pipe: the page loads from file:// with no console error, no
exception and no request outside the report folder, the task matrix sorts on a header click, a
key page opens with its rounds, and a screenshot is written."""

from __future__ import annotations

import base64
import fcntl
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from runners.report import write_report
from tests.test_report_stats import small_case  # noqa: F401  (fixture)

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
requires_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")


def _high_fd(fd: int) -> int:
    """The same pipe end at a number >= 10, so the shell's 3<& / 4>& wiring cannot clobber it."""
    high = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return high


class Browser:
    """A headless Chromium speaking the DevTools protocol over fds 3 (commands) and 4 (replies)."""

    def __init__(self, profile: Path):
        to_child_r, self._to_child = (_high_fd(fd) for fd in os.pipe())
        self._from_child, from_child_w = (_high_fd(fd) for fd in os.pipe())
        self.log = profile.parent / "chromium.log"
        profile.mkdir(parents=True, exist_ok=True)
        args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--window-size=1400,1000",
                f"--user-data-dir={profile}", "about:blank"]
        # The protocol pipe is the child's fds 3 and 4; the shell puts our pipe ends there.
        wiring = f'exec "$0" "$@" 3<&{to_child_r} 4>&{from_child_w} {to_child_r}<&- {from_child_w}>&-'
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(["bash", "-c", wiring, CHROMIUM, *args], pass_fds=(to_child_r, from_child_w),
                                         stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        os.close(to_child_r)
        os.close(from_child_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict] = []
        self.session: str | None = None

    def _read_message(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("chromium did not answer")
            chunk = os.read(self._from_child, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(raw)

    def send(self, method: str, params: dict | None = None, timeout: float = 30.0) -> dict:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if self.session and not method.startswith(("Target.", "Browser.")):
            message["sessionId"] = self.session
        os.write(self._to_child, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str, timeout: float = 30.0) -> dict:
        deadline = time.monotonic() + timeout
        for event in self.events:
            if event.get("method") == method:
                return event
        while True:
            event = self._read_message(deadline)
            self.events.append(event)
            if event.get("method") == method:
                return event

    def open(self, url: str) -> None:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Runtime", "Log", "Page", "Network"):
            self.send(f"{domain}.enable")
        self.events.clear()
        self.send("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"page script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def problems(self) -> list[str]:
        """Console errors, uncaught exceptions, error log entries and requests leaving the report."""
        found = []
        for e in self.events:
            method, params = e.get("method"), e.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(f"console.{params['type']}: {params.get('args')}")
            elif method == "Runtime.exceptionThrown":
                found.append(f"exception: {params.get('exceptionDetails', {}).get('text')}")
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                found.append(f"log: {params['entry'].get('text')} {params['entry'].get('url', '')}")
            elif method == "Network.requestWillBeSent":
                url = params.get("request", {}).get("url", "")
                if not url.startswith(("file:", "data:", "about:")):
                    found.append(f"external request: {url}")
        return found

    def screenshot(self, path: Path) -> None:
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        try:
            self.send("Browser.close", timeout=10)
        except (RuntimeError, TimeoutError, OSError):
            pass
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_child)
        os.close(self._from_child)


def check_report_in_browser(index: Path, shots: Path) -> dict:
    """Open the report, sort the matrix, open one key page; return what was seen. Fails on any problem."""
    browser = Browser(shots / "profile")
    try:
        browser.open(index.resolve().as_uri())
        assert browser.evaluate("document.body.getAttribute('data-ready')") == "1", "the page script did not run"
        seen = {"title": browser.evaluate("document.title"),
                "tables": browser.evaluate("document.querySelectorAll('section table').length"),
                "images": browser.evaluate("Array.from(document.images).filter(i => i.complete && i.naturalWidth > 0).length"),
                "all_images": browser.evaluate("document.images.length")}
        first_col = "Array.from(document.querySelectorAll('#table-matrix tbody tr')).map(r => r.cells[0].textContent)"
        seen["matrix_before"] = browser.evaluate(first_col)
        browser.evaluate("document.querySelector('#table-matrix th[data-col=\"0\"]').click()")
        seen["matrix_asc"] = browser.evaluate(first_col)
        browser.evaluate("document.querySelector('#table-matrix th[data-col=\"0\"]').click()")
        seen["matrix_desc"] = browser.evaluate(first_col)
        browser.screenshot(shots / "report.png")
        link = browser.evaluate("(document.querySelector('#table-matrix td a') || {}).href || ''")
        seen["key_link"] = link
        problems = browser.problems()
        if link:
            browser.open(link)
            seen["key_rounds"] = browser.evaluate("document.querySelectorAll('main > details').length")
            seen["key_sections"] = browser.evaluate(
                "Array.from(document.querySelectorAll('details details summary')).map(s => s.textContent)")
            browser.screenshot(shots / "key.png")
            problems += browser.problems()
        seen["problems"] = problems
        return seen
    finally:
        browser.close()


@requires_chromium
def test_html_report_renders_sorts_and_links_in_chromium(small_case, tmp_path):  # noqa: F811
    results, tasks = small_case
    report = write_report(results, tmp_path / "report", tasks)
    seen = check_report_in_browser(report.index, tmp_path)
    assert seen["problems"] == []
    assert seen["title"] == "vericode report" and seen["tables"] >= 10
    assert seen["all_images"] == 5 and seen["images"] == 5  # five plots, inline, all decoded
    assert seen["matrix_asc"] == sorted(seen["matrix_before"]) and seen["matrix_desc"] == sorted(seen["matrix_before"], reverse=True)
    assert seen["key_link"].startswith("file://") and "/keys/" in seen["key_link"]
    assert seen["key_rounds"] >= 1
    assert {"Prompt", "Reply", "Spliced file", "Verifier output"} <= set(seen["key_sections"])
    assert (tmp_path / "report.png").stat().st_size > 10_000
