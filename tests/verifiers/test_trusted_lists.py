"""EU trusted lists: offline refresh (verified), last good copy, qualification of real certs."""

from __future__ import annotations

import asyncio
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from asn1crypto import x509

from tests.fixtures.common import shared_path
from verifiers.api import build_trust_store
from verifiers.qualification import qualify_certificate
from verifiers.tl import read_status, refresh_from_dir
from verifiers.trust import TrustMaterialError


@pytest.fixture(scope="module")
def tl_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ref = shared_path("reference", "sigtests", "eu-trusted-lists")
    src = tmp_path_factory.mktemp("tl-src")
    shutil.copy(ref / "eu-lotl-seq388-2026-05-22.xml", src / "eu-lotl.xml")
    shutil.copy(ref / "TSL_CZ-seq141-2023-10-13.xtsl", src / "TSL_CZ.xtsl")
    cache = tmp_path_factory.mktemp("tl-cache")
    status = refresh_from_dir(src, cache, only_territories={"CZ"})
    assert [(x.territory, x.sequence) for x in status.lists] == [("CZ", 141)]
    return cache


def test_czech_tlso_certificate_is_qualified_with_qscd(tl_cache: Path) -> None:
    store = build_trust_store([], tl_cache_dir=tl_cache)
    cert = x509.Certificate.load(
        (shared_path("reference", "sigtests", "eu-trusted-lists") / "cz-tlso-1.der").read_bytes()
    )
    q = asyncio.run(qualify_certificate(store, cert, datetime(2023, 11, 1, tzinfo=UTC)))
    assert q.qualified and q.qc_type == "esign" and q.qscd, q
    assert q.basis == "eu-trusted-list" and q.service_name and "NCA" in q.service_name


def test_self_signed_seal_is_not_qualified(tl_cache: Path) -> None:
    store = build_trust_store([], tl_cache_dir=tl_cache)
    cert = x509.Certificate.load(
        (shared_path("reference", "sigtests", "eu-trusted-lists") / "cz-tlso-0.der").read_bytes()
    )
    q = asyncio.run(qualify_certificate(store, cert, datetime(2023, 11, 1, tzinfo=UTC)))
    assert not q.qualified


def test_status_and_freshness(tl_cache: Path) -> None:
    st = read_status(tl_cache)
    assert st is not None and st.lotl_sequence == 388
    assert st.fresh(datetime(2024, 1, 1, tzinfo=UTC))
    assert not st.fresh(datetime(2026, 1, 1, tzinfo=UTC))  # NextUpdate 2024-04-10 passed


def test_tampered_list_keeps_last_good_copy(tl_cache: Path, tmp_path: Path) -> None:
    ref = shared_path("reference", "sigtests", "eu-trusted-lists")
    shutil.copy(ref / "eu-lotl-seq388-2026-05-22.xml", tmp_path / "eu-lotl.xml")
    tl = (ref / "TSL_CZ-seq141-2023-10-13.xtsl").read_text(encoding="utf-8")
    (tmp_path / "TSL_CZ.xtsl").write_text(tl.replace("I.CA", "X.CA", 1), encoding="utf-8")
    before = (tl_cache / "current" / "manifest.json").read_bytes()
    with pytest.raises(TrustMaterialError):
        refresh_from_dir(tmp_path, tl_cache, only_territories={"CZ"})
    assert (tl_cache / "current" / "manifest.json").read_bytes() == before


def test_modified_cache_is_refused(tl_cache: Path, tmp_path: Path) -> None:
    copy = tmp_path / "cache"
    shutil.copytree(tl_cache, copy)
    f = copy / "current" / "tl-cz.xml"
    f.write_text(f.read_text(encoding="utf-8").replace("I.CA", "X.CA", 1), encoding="utf-8")
    with pytest.raises(TrustMaterialError):
        build_trust_store([], tl_cache_dir=copy)


def test_online_refresh_downloads_and_verifies_the_lotl(tl_cache: Path, tmp_path: Path) -> None:
    """The LOTL is fetched over HTTP (loopback here) and its signature verified; with no
    member-state list usable the refresh fails and the last good copy stays."""
    import threading
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    from verifiers.tl import refresh_online

    ref = shared_path("reference", "sigtests", "eu-trusted-lists")
    shutil.copy(ref / "eu-lotl-seq388-2026-05-22.xml", tmp_path / "eu-lotl.xml")

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return

    srv = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(tmp_path)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{srv.server_address[1]}/eu-lotl.xml"
        before = (tl_cache / "current" / "manifest.json").read_bytes()
        with pytest.raises(TrustMaterialError, match="no member-state list"):
            refresh_online(tl_cache, url, only_territories={"XX"})
        assert (tl_cache / "current" / "manifest.json").read_bytes() == before
        (tmp_path / "eu-lotl.xml").write_text(
            (ref / "eu-lotl-seq388-2026-05-22.xml")
            .read_text(encoding="utf-8")
            .replace("TSL_CZ.xtsl", "TSL_XZ.xtsl", 1),
            encoding="utf-8",
        )
        with pytest.raises(TrustMaterialError, match="LOTL signature"):
            refresh_online(tl_cache, url, only_territories={"XX"})
    finally:
        srv.shutdown()
