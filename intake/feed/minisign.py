"""The minisign file formats (https://jedisct1.github.io/minisign/) over ``cryptography``'s
Ed25519: key files, detached signatures with a trusted comment, verification.

Signatures are the prehashed kind minisign 0.11 makes by default (``ED``: Ed25519 over the
BLAKE2b-512 of the data); verification also accepts the legacy ``Ed`` kind. Secret keys are
written unencrypted (as ``minisign -G -W`` does) and read either way (scrypt, as libsodium's
``crypto_pwhash_scryptsalsa208sha256``)."""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from intake.errors import ConfigurationError

SIG_ALG = b"Ed"
PREHASHED_ALG = b"ED"
KDF_NONE = b"\x00\x00"
KDF_SCRYPT = b"Sc"
CHK_ALG = b"B2"


class SignatureError(ValueError):
    """A signature that does not verify, or a malformed key or signature file."""


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes
    key: bytes

    @property
    def key_id_hex(self) -> str:
        return self.key_id[::-1].hex().upper()

    def to_file(self) -> str:
        b64 = base64.b64encode(SIG_ALG + self.key_id + self.key).decode()
        return f"untrusted comment: minisign public key {self.key_id_hex}\n{b64}\n"


@dataclass(frozen=True)
class SecretKey:
    key_id: bytes
    seed: bytes
    """The 32-byte Ed25519 seed (minisign stores seed + public key, 64 bytes)."""

    def _private(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.seed)

    @property
    def public(self) -> PublicKey:
        raw = self._private().public_key().public_bytes_raw()
        return PublicKey(self.key_id, raw)

    def to_file(self) -> str:
        """The unencrypted minisign secret-key file."""
        sk = self.seed + self.public.key
        checksum = hashlib.blake2b(SIG_ALG + self.key_id + sk, digest_size=32).digest()
        blob = (
            SIG_ALG
            + KDF_NONE
            + CHK_ALG
            + bytes(32)
            + bytes(8)
            + bytes(8)
            + self.key_id
            + sk
            + checksum
        )
        return (
            "untrusted comment: minisign secret key (podatelna allow-list)\n"
            + base64.b64encode(blob).decode()
            + "\n"
        )

    def sign(self, data: bytes, trusted_comment: str, untrusted_comment: str = "") -> str:
        """A detached ``.minisig`` signature of ``data`` (prehashed)."""
        if "\n" in trusted_comment or "\r" in trusted_comment:
            raise ValueError("a trusted comment is one line")
        priv = self._private()
        sig = priv.sign(hashlib.blake2b(data, digest_size=64).digest())
        global_sig = priv.sign(sig + trusted_comment.encode())
        uc = untrusted_comment or f"signature from minisign secret key {self.public.key_id_hex}"
        return (
            f"untrusted comment: {uc}\n"
            f"{base64.b64encode(PREHASHED_ALG + self.key_id + sig).decode()}\n"
            f"trusted comment: {trusted_comment}\n"
            f"{base64.b64encode(global_sig).decode()}\n"
        )


def generate() -> SecretKey:
    priv = Ed25519PrivateKey.generate()
    return SecretKey(secrets.token_bytes(8), priv.private_bytes_raw())


def _b64_line(text: str, what: str) -> bytes:
    lines = [ln.strip() for ln in text.strip().splitlines()]
    if len(lines) < 2 or not lines[0].startswith("untrusted comment:"):
        raise SignatureError(f"not a minisign {what}")
    try:
        return base64.b64decode(lines[1], validate=True)
    except ValueError as exc:
        raise SignatureError(f"bad base64 in the {what}") from exc


def load_public_key(text: str) -> PublicKey:
    """A public key from a minisign ``.pub`` file or from its bare base64 line."""
    text = text.strip()
    if not text.startswith("untrusted comment:"):
        text = "untrusted comment: \n" + text
    raw = _b64_line(text, "public key")
    if len(raw) != 42 or raw[:2] != SIG_ALG:
        raise SignatureError("not an Ed25519 minisign public key")
    return PublicKey(raw[2:10], raw[10:42])


def _scrypt_params(opslimit: int, memlimit: int) -> tuple[int, int, int]:
    """libsodium's pickparams for crypto_pwhash_scryptsalsa208sha256: (N, r, p)."""
    opslimit = max(opslimit, 32768)
    r = 8
    if opslimit < memlimit // 32:
        p = 1
        max_n = opslimit // (r * 4)
        n_log2 = 1
        while n_log2 < 63 and (1 << n_log2) <= max_n // 2:
            n_log2 += 1
    else:
        max_n = memlimit // (r * 128)
        n_log2 = 1
        while n_log2 < 63 and (1 << n_log2) <= max_n // 2:
            n_log2 += 1
        max_rp = min((opslimit // 4) // (1 << n_log2), 0x3FFFFFFF)
        p = max(max_rp // r, 1)
    return 1 << n_log2, r, p


def load_secret_key(text: str, password: str | None = None) -> SecretKey:
    raw = _b64_line(text, "secret key")
    if len(raw) != 158 or raw[:2] != SIG_ALG or raw[4:6] != CHK_ALG:
        raise SignatureError("not an Ed25519 minisign secret key")
    kdf, salt = raw[2:4], raw[6:38]
    ops = int.from_bytes(raw[38:46], "little")
    mem = int.from_bytes(raw[46:54], "little")
    keynum = raw[54:158]
    if kdf == KDF_SCRYPT:
        if password is None:
            raise SignatureError("the secret key is encrypted: a password is needed")
        n, r, p = _scrypt_params(ops, mem)
        stream = hashlib.scrypt(
            password.encode(),
            salt=salt,
            n=n,
            r=r,
            p=p,
            maxmem=min(128 * r * n + 2**24, 2**31 - 1),
            dklen=len(keynum),
        )
        keynum = bytes(a ^ b for a, b in zip(keynum, stream, strict=True))
    elif kdf != KDF_NONE:
        raise SignatureError("unknown key derivation in the secret key")
    key_id, sk, checksum = keynum[:8], keynum[8:72], keynum[72:104]
    expected = hashlib.blake2b(SIG_ALG + key_id + sk, digest_size=32).digest()
    # minisign 0.11 leaves the checksum of an unencrypted key (-W) zero
    if checksum != expected and not (kdf == KDF_NONE and checksum == bytes(32)):
        raise SignatureError("secret key checksum mismatch (wrong password?)")
    key = SecretKey(key_id, sk[:32])
    if key.public.key != sk[32:]:
        raise SignatureError("secret key is inconsistent")
    return key


@dataclass(frozen=True)
class Verified:
    trusted_comment: str

    def fields(self) -> dict[str, str]:
        """``key:value`` pairs of the trusted comment (tab- or space-separated)."""
        out: dict[str, str] = {}
        for part in self.trusted_comment.replace("\t", " ").split(" "):
            key, sep, value = part.partition(":")
            if sep:
                out[key] = value
        return out


def verify(data: bytes, signature: str, key: PublicKey) -> Verified:
    """Check a ``.minisig`` over ``data`` (signature and trusted comment); raise
    SignatureError on any mismatch."""
    lines = signature.strip("\n").split("\n")
    if len(lines) < 4 or not lines[0].startswith("untrusted comment:"):
        raise SignatureError("not a minisign signature")
    if not lines[2].startswith("trusted comment: "):
        raise SignatureError("the signature has no trusted comment")
    try:
        sig_raw = base64.b64decode(lines[1].strip(), validate=True)
        global_sig = base64.b64decode(lines[3].strip(), validate=True)
    except ValueError as exc:
        raise SignatureError("bad base64 in the signature") from exc
    if len(sig_raw) != 74 or len(global_sig) != 64:
        raise SignatureError("malformed signature")
    alg, key_id, sig = sig_raw[:2], sig_raw[2:10], sig_raw[10:]
    if key_id != key.key_id:
        raise SignatureError("signed by another key")
    if alg == PREHASHED_ALG:
        message = hashlib.blake2b(data, digest_size=64).digest()
    elif alg == SIG_ALG:
        message = data
    else:
        raise SignatureError("unknown signature algorithm")
    pub = Ed25519PublicKey.from_public_bytes(key.key)
    trusted = lines[2][len("trusted comment: ") :]
    try:
        pub.verify(sig, message)
        pub.verify(global_sig, sig + trusted.encode())
    except InvalidSignature as exc:
        raise SignatureError("signature verification failed") from exc
    return Verified(trusted)


def load_or_create(path: Path, password: str | None = None) -> SecretKey:
    """The signing key at ``path``; a new one is generated (mode 0600) when it is absent."""
    try:
        return load_secret_key(path.read_text(encoding="ascii"), password)
    except FileNotFoundError:
        pass
    except (OSError, SignatureError) as exc:
        raise ConfigurationError(f"cannot use the feed signing key {path}: {exc}") from exc
    path.parent.mkdir(parents=True, exist_ok=True)
    key = generate()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first
        return load_secret_key(path.read_text(encoding="ascii"), password)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(key.to_file())
        f.flush()
        os.fsync(f.fileno())
    pub = path.with_suffix(".pub")
    pub.write_text(key.public.to_file(), encoding="ascii")
    return key
