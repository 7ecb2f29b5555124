"""Locust load test for a running medgate gateway (run it as its own process: gevent and Ray do not mix).

    MEDGATE_API_KEY=... locust -f loadtests/locustfile.py --host http://127.0.0.1:8000 \
        --headless -u 32 -r 4 -t 2m --csv results/locust/run

Mix (task weights): benign medical chat in English and Chinese, streamed and not;
clinical notes full of patient identifiers (the PHI guard redacts them); attacks
(unsafe requests and injections: a 400 ``content_policy_violation`` is the right
answer and counts as a success). A guard refusal of any other prompt is a clean answer
of the service too, reported as ``blocked-<kind>`` (guard false positives). 429 and 503 with
``Retry-After`` count as clean rejections under the names ``rejected-429`` / ``rejected-503``. Time to first token
of streamed requests is reported as its own row ``TTFT``.

Environment: ``MEDGATE_API_KEY`` (required), ``MEDGATE_MODEL`` (default medgate-tiny),
``MEDGATE_MAX_TOKENS`` (default 64), ``MEDGATE_GUARD_DEV`` (optional path to guard_dev.jsonl: more prompts).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from locust import FastHttpUser, between, events, task

try:
    from loadtests.prompts import PromptMix, load_guard_dev
    from loadtests.sse import DONE, sse_data
except ImportError:  # locust puts the locustfile's own folder on sys.path
    from prompts import PromptMix, load_guard_dev
    from sse import DONE, sse_data

MODEL = os.environ.get("MEDGATE_MODEL", "medgate-tiny")
MAX_TOKENS = int(os.environ.get("MEDGATE_MAX_TOKENS", "64"))
_EXTRA = load_guard_dev(Path(os.environ["MEDGATE_GUARD_DEV"])) if os.environ.get("MEDGATE_GUARD_DEV") else None


@events.init.add_listener
def _require_key(environment: Any, **_: Any) -> None:
    if not os.environ.get("MEDGATE_API_KEY"):
        raise SystemExit("set MEDGATE_API_KEY to a key of the gateway under test")


class GatewayUser(FastHttpUser):
    """One client of the gateway: a clinician-facing app sending mixed traffic."""

    wait_time = between(0.1, 0.5)

    def on_start(self) -> None:
        self.headers = {"Authorization": f"Bearer {os.environ['MEDGATE_API_KEY']}", "Content-Type": "application/json"}
        self.mix = PromptMix(seed=id(self) % 2**32, extra=_EXTRA)

    def _body(self, kind: str, stream: bool) -> dict[str, Any]:
        prompt = self.mix.draw_kind(kind)
        body: dict[str, Any] = {
            "model": MODEL,
            "messages": [{"role": "user", "content": prompt}],
            "max_tokens": MAX_TOKENS,
            "stream": stream,
        }
        if stream:
            body["stream_options"] = {"include_usage": True}
        return body

    def _chat(self, kind: str, *, stream: bool, expect_block: bool = False) -> None:
        name = f"{kind}{'-stream' if stream else ''}"
        start = time.perf_counter()
        with self.client.post(
            "/v1/chat/completions",
            data=json.dumps(self._body(kind, stream)),
            headers=self.headers,
            name=name,
            stream=stream,
            catch_response=True,
        ) as response:
            if stream and response.status_code == 200:
                self._read_stream(response, start)
                return
            text = response.text or ""
            if response.status_code in (429, 503):
                response.success()  # a clean rejection under load; counted separately below
                self._fire(f"rejected-{response.status_code}", start, response.headers.get("retry-after"))
                return
            if expect_block:
                if _blocked(text):
                    response.success()
                elif response.status_code == 200:
                    response.success()  # the guard let it through: counted as a miss, not as a failure of the service
                    self._fire("attack-not-blocked", start, None)
                else:
                    response.failure(f"{response.status_code}: {text[:120]}")
                return
            if _blocked(text):
                response.success()  # a clean guard decision; a benign prompt blocked is a false positive, counted
                self._fire(f"blocked-{kind}", start, None)
            elif response.status_code != 200:
                response.failure(f"{response.status_code}: {text[:120]}")
            elif not _json(text).get("choices"):
                response.failure("answer without choices")

    def _read_stream(self, response: Any, start: float) -> None:
        first, done = None, False
        for line in _lines(response):
            chunk = sse_data(line)
            if chunk is None:
                continue
            if chunk == DONE:
                done = True
                break
            assert isinstance(chunk, dict)
            if "error" in chunk:
                response.failure(f"stream error: {chunk['error'].get('code')}")
                return
            if first is None and any((c.get("delta") or {}).get("content") for c in chunk.get("choices") or []):
                first = time.perf_counter()
                self._fire("TTFT", start, None, end=first)
        if not done:
            response.failure("stream ended without [DONE]")

    def _fire(self, name: str, start: float, retry_after: str | None, end: float | None = None) -> None:
        events.request.fire(
            request_type="METRIC",
            name=name,
            response_time=((end or time.perf_counter()) - start) * 1000,
            response_length=0,
            exception=None,
            context={"retry_after": retry_after},
        )

    @task(4)
    def benign_en(self) -> None:
        self._chat("benign_en", stream=False)

    @task(4)
    def benign_en_stream(self) -> None:
        self._chat("benign_en", stream=True)

    @task(3)
    def benign_zh_stream(self) -> None:
        self._chat("benign_zh", stream=True)

    @task(2)
    def benign_zh(self) -> None:
        self._chat("benign_zh", stream=False)

    @task(3)
    def phi_note(self) -> None:
        self._chat("phi_note", stream=True)

    @task(1)
    def attack(self) -> None:
        self._chat("attack", stream=False, expect_block=True)


def _lines(response: Any) -> Iterator[str]:
    """Server-sent event lines as they arrive (split on bytes: a chunk may cut a UTF-8 character)."""
    buffer = b""
    for chunk in response.iter_content(chunk_size=4096, decode_content=False):
        buffer += chunk
        *lines, buffer = buffer.split(b"\n")
        yield from (line.decode("utf-8").strip() for line in lines)
    if buffer:
        yield buffer.decode("utf-8", errors="replace").strip()


def _blocked(text: str) -> bool:
    """Whether the answer is the input guard's refusal (400 content_policy_violation)."""
    return (_json(text).get("error") or {}).get("code") == "content_policy_violation"


def _json(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
