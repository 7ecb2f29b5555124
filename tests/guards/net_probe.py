"""Subprocess for the telemetry test: exits 3 at the first non-loopback network attempt.

Usage: ``python net_probe.py medgate|plain``. ``medgate`` imports medgate's guards
first; ``plain`` uses guardrails-ai alone (the control: it must phone home).
"""

import ipaddress
import os
import sys

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def _is_loopback(host: object) -> bool:
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode()
    name = str(host)
    if name in LOOPBACK_NAMES or name.startswith("/"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _hook(event: str, args: tuple) -> None:
    if event == "socket.getaddrinfo":
        host = args[0]
    elif event == "socket.connect":
        address = args[1]
        host = address[0] if isinstance(address, tuple) else None
    else:
        return
    if not _is_loopback(host):
        sys.stderr.write(f"network attempt: {event} {host}\n")
        sys.stderr.flush()
        os._exit(3)


sys.addaudithook(_hook)

if sys.argv[1] == "medgate":
    import medgate.guardrails  # noqa: F401 - must disable telemetry before guardrails is used
    from medgate.guardrails import GuardPipeline, GuardPolicy

    base = GuardPolicy.load().model_dump(exclude={"tenants"})
    policy = GuardPolicy.model_validate({**base, "input_stages": ["phi"], "output_stages": ["phi", "clinical_advice"]})
    guard = GuardPipeline.from_policy(policy).new_request("default")
    guard.check_input(["Patient John Smith, phone 415-555-0132, MRN 00123456"])
    stream = guard.stream()
    for piece in ["Call 415-555", "-0132 and take 5 mg daily. ", "Regards, the ward team."] * 4:
        stream.feed(piece)
    stream.finish()

from guardrails import Guard  # noqa: E402
from medgate_probe_validator import Echo  # noqa: E402

guard = Guard().use(Echo())
for _ in range(3):
    guard.validate("Patient John Smith, phone 415-555-0132")
print("no network attempt")
