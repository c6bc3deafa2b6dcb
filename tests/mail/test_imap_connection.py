"""mail.imap.ImapSource against a real Dovecot: connections that fail or change — restarts,
wrong credentials, TLS, OAuth2, missing folders, silent networks, long sessions."""

from __future__ import annotations

import threading
import time

import pytest

import mail.imap
from intake.errors import ConfigurationError, MailSourceError
from intake.model import RawItem
from mail.imap import ImapSource
from tests.fixtures.imap import Dovecot
from tests.mail import samples
from tests.mail.imaptools import drain, source


def test_server_restart_mid_poll(dovecot_private: Dovecot, monkeypatch: pytest.MonkeyPatch) -> None:
    d = dovecot_private
    user = d.add_user()
    msgs = [samples.simple(i) for i in range(20)]
    d.append(user, msgs)
    monkeypatch.setattr(mail.imap, "BODY_BATCH_COUNT", 4)
    src = source(d, user, backoff_initial=0.3, reconnect_attempts=6)
    try:
        seen: list[bytes] = []
        for n, item in enumerate(src.poll()):
            assert isinstance(item, RawItem)
            seen.append(item.data)
            src.acknowledge(item.ref)
            if n in (5, 13):
                d.restart()  # the connection dies between two batches / before an ack
        assert sorted(seen) == sorted(msgs)  # each once, none lost
        assert d.uids(user) == [] and len(d.uids(user, "Processed")) == 20
    finally:
        src.close()


def test_wrong_password_is_a_clear_error(dovecot: Dovecot) -> None:
    user = dovecot.add_user()
    src = source(dovecot, user, password="not-the-password")
    with pytest.raises(MailSourceError) as exc:
        list(src.poll())
    msg = exc.value.diagnostics()
    assert "login refused" in msg and user in msg and "not-the-password" not in msg
    assert src.last_error == msg
    with pytest.raises(MailSourceError, match="retrying in"):  # backs off instead of hammering
        list(src.poll())
    t = time.monotonic()
    assert src.wait(0.2) is False and time.monotonic() - t < 1


def test_tls_failure_and_success(dovecot: Dovecot) -> None:
    user = dovecot.add_user()
    dovecot.append(user, [samples.simple(1)])
    untrusted = source(dovecot, user, port=dovecot.tls_port, security="tls")
    with pytest.raises(MailSourceError, match="TLS certificate of 127.0.0.1:.* not trusted"):
        list(untrusted.poll())
    starttls_untrusted = source(dovecot, user, security="starttls")
    with pytest.raises(MailSourceError, match="not trusted"):
        list(starttls_untrusted.poll())
    wrong_name = source(
        dovecot,
        user,
        host="localhost",
        port=dovecot.tls_port,
        security="tls",
        ca_file=str(dovecot.tls.ca),
    )
    assert len(drain(wrong_name, ack=False)) == 1  # localhost is in the SAN: fine
    wrong_name.close()
    for sec, port in (("tls", dovecot.tls_port), ("starttls", dovecot.port)):
        src = source(dovecot, user, port=port, security=sec, ca_file=str(dovecot.tls.ca))
        try:
            assert len(drain(src, ack=False)) == 1, sec
        finally:
            src.close()
    # talking TLS to a plain-text port fails as a TLS/connection error, not a hang
    confused = source(
        dovecot, user, port=dovecot.port, security="tls", ca_file=str(dovecot.tls.ca), timeout=3.0
    )
    with pytest.raises(MailSourceError):
        list(confused.poll())


def test_configuration_checks() -> None:
    with pytest.raises(ConfigurationError, match="loopback"):
        ImapSource("x", "mail.example.cz", 143, security="plain", username="u", password="p")
    with pytest.raises(ConfigurationError, match="password or a token"):
        ImapSource("x", "127.0.0.1", 143, security="plain", username="u")


def test_oauth2_token_command_failure_is_reported(dovecot: Dovecot) -> None:
    user = dovecot.add_user()
    src = source(dovecot, user, password=None, oauth2_token_command="false")
    with pytest.raises(MailSourceError, match="token command exited 1"):
        list(src.poll())


def test_missing_folder(dovecot: Dovecot) -> None:
    user = dovecot.add_user()
    src = source(dovecot, user, folder="Podani")
    with pytest.raises(MailSourceError, match="folder 'Podani' does not exist"):
        list(src.poll())


def test_two_accounts_one_broken(dovecot: Dovecot) -> None:
    """A broken account never stops another: each source is independent."""
    good_user, bad_user = dovecot.add_user(), dovecot.add_user()
    dovecot.append(good_user, [samples.simple(1)])
    good = source(dovecot, good_user, name="a")
    bad = source(dovecot, bad_user, name="b", password="wrong")
    try:
        with pytest.raises(MailSourceError):
            list(bad.poll())
        assert len(drain(good)) == 1
    finally:
        good.close()
        bad.close()


class Blackhole:
    """A TCP proxy to Dovecot that can stop forwarding (a silent network failure)."""

    def __init__(self, target: tuple[str, int]) -> None:
        import socket as _socket

        self.target = target
        self.frozen = threading.Event()
        self.server = _socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.socks: list[_socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        import socket as _socket

        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            upstream = _socket.create_connection(self.target)
            self.socks += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, a: object, b: object) -> None:
        while True:
            try:
                data = a.recv(65536)  # type: ignore[attr-defined]
            except OSError:
                return
            if not data:
                return
            while self.frozen.is_set():
                time.sleep(0.05)  # swallow: never forward again
                continue
            try:
                b.sendall(data)  # type: ignore[attr-defined]
            except OSError:
                return

    def close(self) -> None:
        self.server.close()
        for s in self.socks:
            s.close()


def test_silent_network_failure_is_bounded_by_timeouts(dovecot: Dovecot) -> None:
    user = dovecot.add_user()
    dovecot.append(user, [samples.simple(1)])
    proxy = Blackhole((dovecot.host, dovecot.port))
    src = source(dovecot, user, port=proxy.port, timeout=1.0, reconnect_attempts=1)
    try:
        assert len(drain(src)) == 1
        proxy.frozen.set()
        t = time.monotonic()
        assert src.wait(30) is True  # the dead connection is noticed by the read timeout
        assert time.monotonic() - t < 5
        t = time.monotonic()
        with pytest.raises(MailSourceError, match="cannot connect|timed out|Timeout"):
            list(src.poll())  # no greeting through the frozen proxy: bounded failure
        assert time.monotonic() - t < 5
        assert src.last_error is not None
    finally:
        src.close()
        proxy.close()


def test_xoauth2_login_with_token_command(dovecot: Dovecot) -> None:
    """XOAUTH2 end to end: the token comes from the configured command (Dovecot's xoauth2
    mechanism checks the bearer token against the passdb, here the test password)."""
    user = dovecot.add_user()
    dovecot.append(user, [samples.simple(1)])
    src = source(dovecot, user, password=None, oauth2_token_command=f"printf %s {dovecot.password}")
    try:
        assert len(drain(src)) == 1
    finally:
        src.close()
    deadline = time.monotonic() + 5  # Dovecot's log process writes asynchronously
    while f"user=<{user}>, method=XOAUTH2" not in (dovecot.dir / "dovecot.log").read_text():
        assert time.monotonic() < deadline, "no XOAUTH2 login in the Dovecot log"
        time.sleep(0.05)
    bad = source(dovecot, user, password=None, oauth2_token_command="printf %s wrong-token")
    with pytest.raises(MailSourceError, match="login refused"):
        list(bad.poll())


def test_long_sessions_are_renewed(dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch) -> None:
    user = dovecot.add_user()
    dovecot.append(user, [samples.simple(1)])
    src = source(dovecot, user)
    try:
        drain(src, ack=False)
        first = src._client
        drain(src, ack=False)
        assert src._client is first  # the session is kept between polls ...
        monkeypatch.setattr(mail.imap, "MAX_SESSION", 0.0)
        assert len(drain(src)) == 1
        assert src._client is not first  # ... until it is older than MAX_SESSION
        assert dovecot.uids(user) == []
    finally:
        src.close()
