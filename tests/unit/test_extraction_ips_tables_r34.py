"""Round 34 (issue 18): a role table ("Produkční | Testovací") in the HTML of an e-mail that
another e-mail passes on attached whole (message/rfc822), with a drill written and labelled by
LABELS.md before extraction was run on it.

The class (cb035): an attached e-mail opens with its headers, but a short HTML body puts
its ``<body>`` within the first lines, and the format sniffer took the whole e-mail for an
HTML page: its raw text (quoted-printable soft breaks inside the tags, "<=\\ntd>") was read
beside the unpacked body, scrambled the table's columns and outranked it. An e-mail is now
told by its headers first; the table is read from the decoded body, in every table source.
"""

from __future__ import annotations

import base64
import quopri
from dataclasses import dataclass

import pytest

from intake.content.check import ContentPolicy, check_content
from intake.content.formats import EML, HTML, detect
from intake.extraction.extract import extract_application
from intake.model import Channel
from intake.pipeline import parse
from tests.corpus.heldout_docs import docx_doc

A, B, C, D = "203.0.113.51", "203.0.113.52", "203.0.113.53", "203.0.113.54"

_OUTER = (
    "From: Petr Dvorak <dvorak@servis-dvorak.example>\r\n"
    "To: podatelna@czso.cz\r\n"
    "Subject: Fwd: {subject}\r\n"
    "Date: Mon, 3 Jun 2030 09:00:00 +0000\r\n"
    "Message-ID: <outer-{cid}@servis-dvorak.example>\r\n"
    "MIME-Version: 1.0\r\n"
    'Content-Type: multipart/mixed; boundary="OUT"\r\n\r\n'
    "--OUT\r\n"
    'Content-Type: text/plain; charset="utf-8"\r\n\r\n'
    "{note}\r\n\r\n"
    "--OUT\r\n"
    "Content-Type: message/rfc822\r\n"
    'Content-Disposition: attachment; filename="puvodni.eml"\r\n\r\n'
    "{inner}\r\n"
    "--OUT--\r\n"
)

_INNER_HEAD = (
    "From: {sender}\r\n"
    "To: podatelna@czso.cz\r\n"
    "Subject: {subject}\r\n"
    "Date: Mon, 3 Jun 2030 08:00:00 +0000\r\n"
    "Message-ID: <inner-{cid}@redakce.example>\r\n"
    "MIME-Version: 1.0\r\n"
)


def _qp(html: str) -> str:
    return quopri.encodestring(html.encode()).decode()


def _single(html: str, encoding: str) -> str:
    if encoding == "base64":
        payload = base64.encodebytes(html.encode()).decode()
    else:
        payload = _qp(html)
    return (
        'Content-Type: text/html; charset="utf-8"\r\n'
        f"Content-Transfer-Encoding: {encoding}\r\n\r\n{payload}"
    )


def _alternative(html: str, plain: str) -> str:
    return (
        'Content-Type: multipart/alternative; boundary="ALT"\r\n\r\n'
        '--ALT\r\nContent-Type: text/plain; charset="utf-8"\r\n'
        f"Content-Transfer-Encoding: quoted-printable\r\n\r\n{_qp(plain)}\r\n"
        '--ALT\r\nContent-Type: text/html; charset="utf-8"\r\n'
        f"Content-Transfer-Encoding: quoted-printable\r\n\r\n{_qp(html)}\r\n--ALT--"
    )


def _with_docx(text: str, rows: list[list[str]]) -> str:
    data = base64.encodebytes(docx_doc({"blocks": [text, {"rows": rows}]})).decode()
    return (
        'Content-Type: multipart/mixed; boundary="IN"\r\n\r\n'
        '--IN\r\nContent-Type: text/plain; charset="utf-8"\r\n'
        f"Content-Transfer-Encoding: quoted-printable\r\n\r\n{_qp(text)}\r\n"
        "--IN\r\nContent-Type: application/vnd.openxmlformats-officedocument."
        "wordprocessingml.document\r\nContent-Transfer-Encoding: base64\r\n"
        f'Content-Disposition: attachment; filename="adresy.docx"\r\n\r\n{data}\r\n--IN--'
    )


def _table(rows: list[list[str]], head: str = "th") -> str:
    out = []
    for i, row in enumerate(rows):
        tag = head if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in row) + "</tr>")
    return '<table border="1" cellpadding="3">' + "".join(out) + "</table>"


@dataclass(frozen=True)
class _Case:
    cid: str
    note: str
    sender: str
    subject: str
    body: str
    """The inner e-mail's MIME body (headers from Content-Type on)."""
    production: list[str]
    test: list[str]


_SIG_CS = (
    "<p>S pozdravem<br>Jana Veselá<br>Hanácký týdeník s.r.o., IČO 27074358<br>tel. 585 111 222</p>"
)

_CASES = [
    _Case(
        "f1-cs-qp-th-empty-last",
        "Dobrý den, posílám dál žádost naší klientky, nešla jí odeslat. P. Dvořák",
        "Jana =?utf-8?q?Vesel=C3=A1?= <vesela@hanackytydenik.example>",
        "Zadost o XML",
        _single(
            "<html><body><p>Dobrý den,</p><p>žádáme o přístup k výsledkům voleb ve formátu XML."
            "</p>"
            + _table([["Produkční", "Testovací"], [A, B], [C, ""]])
            + _SIG_CS
            + "</body></html>",
            "quoted-printable",
        ),
        [A, C],
        [B],
    ),
    _Case(
        "f2-en-base64-empty-first",
        "Hi, forwarding the original request from our customer as an attachment. Regards, Petr",
        "Mark Hill <hill@valleynews.example>",
        "XML feed access request",
        _single(
            "<html><head><style>td{padding:2px}</style></head><body><p>Hello,</p>"
            "<p>Valley News Ltd. asks for access to the election results XML feed.</p>"
            + _table([["Production IP", "Test IP"], [A, B], ["", C]])
            + "<p>Best regards,<br>Mark Hill, Valley News Ltd.<br>+420 777 123 456</p>"
            "</body></html>",
            "base64",
        ),
        [A],
        [B, C],
    ),
    _Case(
        "f3-sk-alternative-server-column-backup",
        "Dobrý deň, preposielam žiadosť klienta v prílohe. Dvořák",
        "Marek Kollar <kollar@zahorskenoviny.example>",
        "Ziadost o pristup",
        _alternative(
            "<html><body><p>Dobrý deň,</p><p>žiadame o prístup k XML súborom s výsledkami volieb.</p>"
            + _table(
                [["Server", "Produkčná IP", "Testovacia IP"], ["hlavný", A, B], ["záložný", C, ""]]
            )
            + "<p>Marek Kollár<br>Záhorské noviny s.r.o.</p></body></html>",
            "Dobrý deň, žiadosť nájdete v HTML verzii správy. Marek Kollár",
        ),
        [A, C],
        [B],
    ),
    _Case(
        "f4-cs-row-headers-empty-last",
        "Přeposílám, Dvořák",
        "Jana =?utf-8?q?Vesel=C3=A1?= <vesela@hanackytydenik.example>",
        "Zadost",
        _single(
            "<html><body><p>Dobrý den, prosíme o zpřístupnění XML s výsledky voleb.</p>"
            '<table border="1"><tr><th>Produkční IP</th><td>' + A + "</td><td>" + B + "</td></tr>"
            "<tr><th>Testovací IP</th><td>"
            + C
            + "</td><td></td></tr></table>"
            + _SIG_CS
            + "</body></html>",
            "quoted-printable",
        ),
        [A, B],
        [C],
    ),
    _Case(
        "f5-cs-doctype-test-first-empty-last",
        "Dobrý den, žádost klienta viz příloha (původní e-mail).",
        "Jana =?utf-8?q?Vesel=C3=A1?= <vesela@hanackytydenik.example>",
        "Zadost o pristup k XML",
        _single(
            "<!DOCTYPE html><html><body><div>Dobrý den,</div><div>žádáme o přístup k XML "
            "serveru s výsledky voleb z těchto adres:</div>"
            + _table([["Testovací prostředí", "Produkční prostředí"], [A, B], ["", C], [D, ""]])
            + _SIG_CS
            + "</body></html>",
            "quoted-printable",
        ),
        [B, C],
        [A, D],
    ),
    _Case(
        "f6-cs-thead-tbody-empty-last",
        "Dobrý den, v příloze zasílám žádost, kterou nám klient poslal.",
        "Jana =?utf-8?q?Vesel=C3=A1?= <vesela@hanackytydenik.example>",
        "Zadost",
        _single(
            "<html><body><p>Žádáme o přístup k výsledkům voleb (XML).</p><table border=1>"
            "<thead><tr><th>IP – ostrý provoz</th><th>IP – testování</th></tr></thead><tbody>"
            f"<tr><td>{A}</td><td>{B}</td></tr><tr><td>{C}</td><td>&nbsp;</td></tr>"
            "</tbody></table>" + _SIG_CS + "</body></html>",
            "quoted-printable",
        ),
        [A, C],
        [B],
    ),
    _Case(
        "f7-cs-inner-docx-empty-last",
        "Dobrý den, přeposílám e-mail klienta i s přílohou.",
        "Jana =?utf-8?q?Vesel=C3=A1?= <vesela@hanackytydenik.example>",
        "Zadost",
        _with_docx(
            "Dobrý den, žádáme o přístup k XML s výsledky voleb, adresy v tabulce.\n"
            "Jana Veselá, Hanácký týdeník s.r.o., IČO 27074358",
            [["Produkční IP", "Testovací IP"], [A, B], [C, ""]],
        ),
        [A, C],
        [B],
    ),
    _Case(
        "f8-en-three-rows-both-gaps",
        "FYI - original request attached.",
        "Mark Hill <hill@valleynews.example>",
        "Request",
        _single(
            "<html><body><p>We request access to the XML results server.</p>"
            + _table([["Production", "Testing"], [A, ""], ["", B], [C, D]])
            + "<p>Mark Hill, Valley News Ltd.</p></body></html>",
            "quoted-printable",
        ),
        [A, C],
        [B, D],
    ),
    # near misses: one use's column empty throughout; an address column with a use column
    _Case(
        "n1-cs-only-test-column-filled",
        "Přeposílám žádost klienta.",
        "Jana =?utf-8?q?Vesel=C3=A1?= <vesela@hanackytydenik.example>",
        "Zadost",
        _single(
            "<html><body><p>Žádáme o přístup k XML s výsledky voleb, zatím jen pro testování.</p>"
            + _table([["Produkční", "Testovací"], ["", A], ["", B]])
            + _SIG_CS
            + "</body></html>",
            "quoted-printable",
        ),
        [],
        [A, B],
    ),
    _Case(
        "n2-cs-use-column",
        "Přeposílám žádost klienta.",
        "Jana =?utf-8?q?Vesel=C3=A1?= <vesela@hanackytydenik.example>",
        "Zadost",
        _single(
            "<html><body><p>Žádáme o přístup k XML s výsledky voleb.</p>"
            + _table([["IP adresa", "Účel"], [A, "produkce"], [B, "test"], [C, "produkce"]])
            + _SIG_CS
            + "</body></html>",
            "quoted-printable",
        ),
        [A, C],
        [B],
    ),
]


def _raw(case: _Case) -> bytes:
    inner = _INNER_HEAD.format(sender=case.sender, subject=case.subject, cid=case.cid) + case.body
    return _OUTER.format(subject=case.subject, cid=case.cid, note=case.note, inner=inner).encode()


@pytest.mark.parametrize("case", _CASES, ids=[c.cid for c in _CASES])
def test_table_of_attached_email(case: _Case) -> None:
    parsed = parse(_raw(case), Channel.EMAIL)
    x = extract_application(parsed, check_content(parsed, policy=ContentPolicy(), scanner=None))
    got = ([str(a) for a in x.production_ips], [str(a) for a in x.test_ips])
    if got != (case.production, case.test):
        assert not (x.fields["production_ips"].certain and x.fields["test_ips"].certain), got
        pytest.fail(f"{got} (flagged)")


def test_email_with_short_html_body_is_an_email() -> None:
    inner = _INNER_HEAD.format(sender="a@b.example", subject="X", cid="d") + _single(
        "<html><body><p>x</p></body></html>", "quoted-printable"
    )
    assert detect(inner.encode(), "puvodni.eml") == EML


@pytest.mark.parametrize(
    "page",
    [
        "<body><table><tr><td>a</td></tr></table></body>",
        "\r\n<p>From: Jan</p><body><p>To: x</p></body>",
        "<!DOCTYPE html><html><body>From: a</body></html>",
    ],
)
def test_html_page_stays_html(page: str) -> None:
    assert detect(page.encode(), "zadost.html") == HTML
