"""A local OpenAI-compatible HTTP server that answers /v1/chat/completions from a script.

It stands in for a paid LLM API so that litellm's real client runs in tests. Each scripted item
is (status, reply_text) or (status, reply_text, extra): for 200, `extra` is the finish_reason
(default "stop"); otherwise it is the error message. Requests past the end of the script repeat
the last item. `model_name` overrides the model the reply claims to come from.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeLLM:
    def __init__(self, script: list[tuple] | None = None, delay_s: float = 0.0, responder=None,
                 model_name: str | None = None):
        """`responder(request_body) -> (status, text[, extra])` answers by content instead of by order."""
        self.model_name = model_name
        self.script = list(script or [])
        self.responder = responder
        self.delay_s = delay_s
        self.requests: list[dict] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                with server._lock:
                    index = len(server.requests)
                    server.requests.append(body)
                    if server.responder is not None:
                        item = server.responder(body)
                    else:
                        item = server.script[min(index, len(server.script) - 1)]
                status, text, extra = (*item, None)[:3]
                if server.delay_s:
                    time.sleep(server.delay_s)
                if status != 200:
                    message = extra or f"scripted {status}"
                    payload = json.dumps({"error": {"message": message, "type": "server_error"}}).encode()
                else:
                    payload = json.dumps({
                        "id": f"chatcmpl-{index}", "object": "chat.completion", "created": int(time.time()),
                        "model": server.model_name or body.get("model", "scripted"),
                        "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                     "finish_reason": extra or "stop"}],
                        "usage": {"prompt_tokens": 100 + index, "completion_tokens": 50, "total_tokens": 150 + index},
                    }).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                if status == 429:
                    self.send_header("Retry-After", "0")
                try:
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (time-out, Ctrl-C)
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self) -> "FakeLLM":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
