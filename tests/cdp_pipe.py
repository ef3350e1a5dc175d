"""Headless Chromium driven over the DevTools protocol on a pipe (no port, no extra package).

``--remote-debugging-pipe`` makes Chromium read commands from fd 3 and write replies to
fd 4, each a JSON object ended by a NUL byte. Used by tests/test_browser.py, the view
benchmark and for docs/graph.png:

    python tests/cdp_pipe.py outputs/graph.html docs/graph.png --fact "Amazon invests $5 bn"
"""
from __future__ import annotations

import argparse
import base64
import fcntl
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"]
"""The flags of issue 5; plus a fresh --user-data-dir and the pipe."""


def chromium_binary() -> str | None:
    """Debian's chromium (what .ci/run installs), or another Chrome on PATH."""
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class CDPError(RuntimeError):
    """Chromium answered a command with an error, or did not answer in time."""


@dataclass
class PageRun:
    """What one page did while it was open."""

    requests: list[str] = field(default_factory=list)
    """Every URL the page asked for (Network.requestWillBeSent)."""
    errors: list[str] = field(default_factory=list)
    """Console errors, uncaught exceptions and browser log errors (CSP violations too)."""
    dialogs: list[str] = field(default_factory=list)
    """alert()/confirm()/prompt() messages: a page that opened one ran injected code."""
    ready_seconds: float | None = None
    """From navigation until the page set body[data-ready=1]."""


class Browser:
    """One headless Chromium with a fresh profile; use as a context manager."""

    def __init__(self, binary: str | None = None, width: int = 1400, height: int = 900):
        self.binary = binary or chromium_binary()
        if not self.binary:
            raise FileNotFoundError("no chromium on PATH")
        self.width, self.height = width, height
        self._profile = tempfile.mkdtemp(prefix="kgraph-chromium-")
        to_browser_r, to_browser_w = os.pipe()
        from_browser_r, from_browser_w = os.pipe()
        # move the child's ends above fd 4 so the dup2 onto 3 and 4 cannot clobber them
        child_r = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD_CLOEXEC, 10)
        child_w = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(to_browser_r)
        os.close(from_browser_w)

        def wire() -> None:  # runs in the child before exec
            os.dup2(child_r, 3)
            os.dup2(child_w, 4)

        self.proc = subprocess.Popen(
            [self.binary, *FLAGS, f"--user-data-dir={self._profile}", "--remote-debugging-pipe",
             f"--window-size={width},{height}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=wire, close_fds=False)
        os.close(child_r)
        os.close(child_w)
        self._out = os.fdopen(to_browser_w, "wb", buffering=0)
        self._in = from_browser_r
        self._next_id = 0
        self._replies: dict[int, dict] = {}
        self._events: queue.Queue[dict] = queue.Queue()
        self._lock = threading.Condition()
        self._write_lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        buffer = b""
        while True:
            try:
                chunk = os.read(self._in, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                with self._lock:
                    self._lock.notify_all()
                return
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            for raw in messages:
                message = json.loads(raw)
                if "id" in message:
                    with self._lock:
                        self._replies[message["id"]] = message
                        self._lock.notify_all()
                    continue
                if message.get("method") == "Page.javascriptDialogOpening":
                    # answer at once: an open alert() would block every later command
                    self._write("Page.handleJavaScriptDialog", {"accept": True},
                                message.get("sessionId"))
                self._events.put(message)

    def _write(self, method: str, params: dict | None, session: str | None) -> int:
        with self._write_lock:
            self._next_id += 1
            message: dict = {"id": self._next_id, "method": method, "params": params or {}}
            if session:
                message["sessionId"] = session
            self._out.write(json.dumps(message).encode() + b"\0")
            return self._next_id

    def send(self, method: str, params: dict | None = None, session: str | None = None,
             timeout: float = 30) -> dict:
        ident = self._write(method, params, session)
        deadline = time.monotonic() + timeout
        with self._lock:
            while ident not in self._replies:
                left = deadline - time.monotonic()
                if left <= 0 or self.proc.poll() is not None:
                    raise CDPError(f"no answer to {method}")
                self._lock.wait(min(left, 0.5))
            reply = self._replies.pop(ident)
        if "error" in reply:
            raise CDPError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def open(self, url: str, timeout: float = 60) -> Tab:
        """A new tab, instrumented, navigated to url and waited on until the page is ready."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"]
        tab = Tab(self, session)
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable", session=session)
        self.send("Emulation.setDeviceMetricsOverride", {"width": self.width,
                  "height": self.height, "deviceScaleFactor": 1, "mobile": False},
                  session=session)
        start = time.monotonic()
        self.send("Page.navigate", {"url": url}, session=session)
        while time.monotonic() - start < timeout:
            tab.drain()
            if tab.evaluate("document.body && document.body.dataset.ready") == "1":
                tab.run.ready_seconds = time.monotonic() - start
                break
            if tab.run.dialogs:
                break
            time.sleep(0.05)
        tab.drain()
        return tab

    def close(self) -> None:
        try:
            self.send("Browser.close", timeout=5)
        except (CDPError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._out.close()
        shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Tab:
    """One page: evaluate JavaScript, take a screenshot, see what it did."""

    def __init__(self, browser: Browser, session: str):
        self.browser, self.session, self.run = browser, session, PageRun()

    def drain(self) -> None:
        """Sort the events that arrived so far into self.run."""
        while True:
            try:
                event = self.browser._events.get_nowait()
            except queue.Empty:
                return
            method, params = event.get("method"), event.get("params", {})
            if method == "Network.requestWillBeSent":
                self.run.requests.append(params["request"]["url"])
            elif method == "Runtime.exceptionThrown":
                details = params["exceptionDetails"]
                self.run.errors.append(details.get("exception", {}).get("description")
                                       or details.get("text", "exception"))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error",
                                                                                "assert"):
                self.run.errors.append(" ".join(str(a.get("value", a.get("description")))
                                                for a in params.get("args", [])))
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                self.run.errors.append(params["entry"]["text"])
            elif method == "Page.javascriptDialogOpening":
                self.run.dialogs.append(params.get("message", ""))

    def evaluate(self, expression: str):
        """The value of a JavaScript expression (JSON-serialisable results only)."""
        result = self.browser.send("Runtime.evaluate", {"expression": expression,
                                   "returnByValue": True, "awaitPromise": True},
                                   session=self.session)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            thrown = details.get("exception", {}).get("description", "")  # the error's message
            raise CDPError(f"{expression}: {details.get('text')} {thrown}".rstrip())
        return result["result"].get("value")

    def screenshot(self, path: Path) -> None:
        data = self.browser.send("Page.captureScreenshot", {"format": "png"},
                                 session=self.session)["data"]
        path.write_bytes(base64.b64decode(data))


def main(argv: list[str]) -> int:
    """Screenshot a graph page, optionally with one fact or entity selected."""
    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("page", type=Path)
    ap.add_argument("png", type=Path)
    ap.add_argument("--fact", metavar="TEXT", help="select the first fact whose tooltip "
                    "contains TEXT")
    ap.add_argument("--entity", metavar="NAME", help="select the entity with this label")
    ap.add_argument("--size", default="1400x900", help="window size, WIDTHxHEIGHT")
    args = ap.parse_args(argv)
    width, height = map(int, args.size.split("x"))
    with Browser(width=width, height=height) as browser:
        tab = browser.open(args.page.resolve().as_uri())
        if args.entity:
            tab.evaluate(f"kgraph.selectNode(kgraph.data.nodes.find("
                         f"n => n.label === {json.dumps(args.entity)}).id)")
        if args.fact:
            tab.evaluate(f"""(() => {{
                // the drawn edges carry the tooltip text (the page's data has no title)
                const e = kgraph.network.body.data.edges.get().find(
                    e => e.title.includes({json.dumps(args.fact)}));
                if (!e) {{ throw new Error("no drawn fact's tooltip contains " +
                                           {json.dumps(args.fact)}); }}
                kgraph.network.selectEdges([e.id]);
                kgraph.showEdge(e.id);
            }})()""")
        time.sleep(0.8)
        tab.screenshot(args.png)
        tab.drain()
        print(f"ready after {tab.run.ready_seconds:.1f} s; console errors: {len(tab.run.errors)}; "
              f"requests: {len(tab.run.requests)}; wrote {args.png}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
