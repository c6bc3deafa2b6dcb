"""Rendering notice templates within limits: output size, time and memory.

Jinja2's sandbox keeps a template away from Python's internals but bounds nothing else:
``{{ 'A' * 3000000 }}`` renders 3 MB, ``{% for i in range(99999) %}{% for j in range(99999)
%}{% endfor %}{% endfor %}`` runs for hours and ``{{ 'x'|center(10**9) }}`` takes a gigabyte.
Jinja has no timeout and a Python thread cannot be stopped, so a template that is not our own
(an admin's edit, a preview) is rendered in a child process (a fresh interpreter running this
module; a fork of the threaded service could inherit held locks):

* time: the parent waits ``TIME_LIMIT`` seconds for the answer once the child has started,
  then kills it;
* memory: the child's address space is capped (``MEMORY_LIMIT`` above what it starts with),
  so a huge allocation is a ``MemoryError`` in the child, not in the service;
* size: the output is streamed and stops at ``MAX_OUTPUT`` bytes (UTF-8), and the sandbox
  refuses a string or list repetition (``*``) longer than that and a power (``**``) with a
  huge result before computing them — these fail at once with a clear reason.

The built-in templates are ours and bounded: they are rendered in-process (the size cap still
applies, the context can be large). This module imports only Jinja2 and the standard library,
so the child starts quickly.
"""

from __future__ import annotations

import functools
import json
import math
import os
import resource
import select
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from jinja2 import Template, TemplateError
from jinja2.sandbox import SandboxedEnvironment, SecurityError

MAX_OUTPUT = 256 * 1024
"""Bytes (UTF-8) of subject and body together."""
TIME_LIMIT = 2.0
"""Seconds a template may take in the child process."""
STARTUP = 10.0
"""Seconds the child interpreter may take to start (Jinja2's import), before the deadline."""
MEMORY_LIMIT = 256 * 1024 * 1024
"""Bytes of address space the child may add to what it starts with."""
MAX_POWER_BITS = 4096
"""The largest result of ``**`` a template may compute, in bits."""


class Limit(StrEnum):
    """Why a template could not be rendered."""

    TEMPLATE = "template"
    """The template is broken (syntax, an undefined call, a type error …)."""
    SIZE = "size"
    TIME = "time"
    MEMORY = "memory"


@dataclass(frozen=True)
class Failure:
    limit: Limit
    detail: str
    """English, for logs and the notice's record; never a secret."""


@dataclass(frozen=True)
class Output:
    subject: str
    body: str


class TooLarge(SecurityError):
    """The output (or one value) would exceed ``MAX_OUTPUT``."""


def _check_repeat(left: Any, right: Any) -> None:
    for seq, n in ((left, right), (right, left)):
        if isinstance(seq, (str, list, tuple)) and isinstance(n, int) and not isinstance(n, bool):
            if len(seq) * n > MAX_OUTPUT:
                raise TooLarge(f"repetition of {len(seq)} items {n} times is too large")


def _check_power(base: Any, exponent: Any) -> None:
    if isinstance(base, int) and isinstance(exponent, int) and abs(base) > 1 and exponent > 0:
        if exponent * math.log2(abs(base)) > MAX_POWER_BITS:
            raise TooLarge(f"power with exponent {exponent} is too large")


class LimitedSandbox(SandboxedEnvironment):
    """The sandbox that checks ``*`` and ``**`` before computing them."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            _check_repeat(left, right)
        elif operator == "**":
            _check_power(left, right)
        return super().call_binop(context, operator, left, right)


ENV = LimitedSandbox(autoescape=False, keep_trailing_newline=True)


def _bounded(chunks: Iterable[str], budget: int) -> str:
    out: list[str] = []
    used = 0
    for chunk in chunks:
        used += len(chunk.encode("utf-8", "surrogatepass"))
        if used > budget:
            raise TooLarge(f"output exceeds {MAX_OUTPUT} bytes")
        out.append(chunk)
    return "".join(out)


@functools.lru_cache(maxsize=64)
def _compiled(source: str) -> Template:
    """A template's source compiled once per process: compiling (lexing, parsing, generating
    and loading Python code) costs far more than filling in a notice. Keyed by the source
    itself, so an edited template is a new entry; a template that does not compile is not
    kept (the error is raised again next time)."""
    return ENV.from_string(source)


def _render(subject: str, body: str, context: dict[str, Any]) -> Output:
    subj_t = _compiled(subject)
    body_t = _compiled(body)
    subj = _bounded(subj_t.generate(**context), MAX_OUTPUT)
    text = _bounded(body_t.generate(**context), MAX_OUTPUT - len(subj.encode("utf-8", "replace")))
    return Output(subj, text)


def render_checked(subject: str, body: str, context: dict[str, Any]) -> Output | Failure:
    """Render in this process (a trusted template): the size cap, no time limit."""
    try:
        return _render(subject, body, context)
    except TooLarge as exc:
        return Failure(Limit.SIZE, str(exc))
    except OverflowError as exc:  # the sandbox's range() beyond its maximum
        return Failure(Limit.SIZE, str(exc))
    except MemoryError:
        return Failure(Limit.MEMORY, "out of memory")
    except TemplateError as exc:
        return Failure(Limit.TEMPLATE, f"template error: {exc}")
    except Exception as exc:  # a template can raise nearly anything (1/0, 'a' + 1 …)
        return Failure(Limit.TEMPLATE, f"template error: {type(exc).__name__}: {exc}")


def _cap_memory() -> None:
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[0])
        size = pages * os.sysconf("SC_PAGE_SIZE") + MEMORY_LIMIT
        resource.setrlimit(resource.RLIMIT_AS, (size, size))
    except (OSError, ValueError):
        pass  # no /proc: the time limit still stops a runaway template


def _encode(result: Output | Failure) -> bytes:
    if isinstance(result, Output):
        return json.dumps({"subject": result.subject, "body": result.body}).encode()
    return json.dumps({"limit": result.limit.value, "detail": result.detail}).encode()


def _decode(data: bytes) -> Output | Failure:
    answer = json.loads(data)
    if "limit" in answer:
        return Failure(Limit(answer["limit"]), str(answer["detail"]))
    return Output(str(answer["subject"]), str(answer["body"]))


READY = b"R"
"""What the child writes once it has started (the deadline runs from then)."""


def main() -> None:
    """The child: says it is ready, then reads the request on stdin and answers on stdout
    (JSON both)."""
    _cap_memory()
    sys.stdout.buffer.write(READY)
    sys.stdout.buffer.flush()
    try:
        request = json.loads(sys.stdin.buffer.read())
        result = render_checked(request["subject"], request["body"], request["context"])
    except MemoryError:
        result = Failure(Limit.MEMORY, "out of memory")
    sys.stdout.buffer.write(_encode(result))


def _started(child: subprocess.Popen[bytes]) -> bool:
    assert child.stdout is not None
    ready, _, _ = select.select([child.stdout], [], [], STARTUP)
    return bool(ready) and os.read(child.stdout.fileno(), len(READY)) == READY


def render_isolated(subject: str, body: str, context: dict[str, Any]) -> Output | Failure:
    """Render an untrusted template in a child process, within all the limits. The child is
    a fresh interpreter (``python -m intake.notices.sandbox``): nothing of the service's
    state, threads or secrets is in it. The deadline counts from the child's start-up, so a
    busy machine slows the start, not the verdict."""
    request = json.dumps({"subject": subject, "body": body, "context": context}, default=str)
    child = subprocess.Popen(
        [sys.executable, "-m", __name__],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        if not _started(child):
            return Failure(Limit.TIME, f"the renderer did not start within {STARTUP:g} s")
        out, _ = child.communicate(request.encode(), timeout=TIME_LIMIT)
    except subprocess.TimeoutExpired:
        return Failure(Limit.TIME, f"rendering took longer than {TIME_LIMIT:g} s")
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    if child.returncode != 0 or not out:  # killed for its memory, or crashed
        return Failure(Limit.MEMORY, f"the renderer ended without a result ({child.returncode})")
    return _decode(out)


if __name__ == "__main__":
    main()
