"""The embedded demo's applications: e-mails (signed S/MIME, PAdES, unsigned, late, English,
recording permit, over the limit, a table in the HTML rendering only, an application in Italian
that the language safety net flags) and data-box messages. All names, addresses and IPs are
fictional (IPs from the RFC 5737 / RFC 3849 documentation ranges)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime

from intake.demo.pki import DemoPKI

PEOPLE = {
    "vzorova": ("Ing. Jana Vzorová", "jana.vzorova@priklad-media.example"),
    "novak": ("Petr Novák", "petr.novak@radio-vlna.example"),
    "smith": ("John Smith", "john.smith@daily-news.example"),
    "kral": ("Mgr. Karel Král", "karel.kral@zpravy-kraj.example"),
    "mala": ("Lucie Malá", "lucie.mala@tv-sever.example"),
    "horova": ("Tereza Horová", "tereza.horova@noviny-vychod.example"),
    "dvorak": ("Aleš Dvořák", "ales.dvorak@vychodni-listy.example"),
    "ferraro": ("Giulia Ferraro", "giulia.ferraro@radio-lago.example"),
}
OFFICE = "podatelna@czso.demo"


@dataclass(frozen=True)
class DemoMail:
    file: str
    sender: str
    subject: str
    text: str
    hours_before_start: float
    """When it was received, relative to the first demo start (negative: after it)."""
    signer: str | None = None
    pdf_signer: str | None = None
    """Attach the text as a PAdES-signed PDF instead of signing the mail."""
    html: str | None = None
    """An HTML alternative of the text (the text then only points to it, as some mail
    clients write it): the extraction reads the rendering that carries the application."""


MAILS = (
    DemoMail(
        "01-priklad-media.eml",
        "vzorova",
        "Žádost o registraci k vyhrazenému připojení – volba prezidenta",
        """Věc: Žádost o registraci k vyhrazenému připojení

Český statistický úřad

Žadatel: Mediální dům Příklad, a.s., IČO 12345679
sídlo: Ukázková 12, 110 00 Praha 1, ID datové schránky: abc2def

Žádáme o přidělení přístupu k vyhrazenému serveru s průběžnými výsledky
ve formátu XML pro 1. i případné 2. kolo volby.

IP adresy pro ostrý provoz:
  1) 192.0.2.10
  2) 192.0.2.11
  3) 198.51.100.25
Testovací IP adresy:
  – 203.0.113.40
  – 203.0.113.41

Kontaktní osoba: Ing. Jana Vzorová, vedoucí vývoje
E-mail: jana.vzorova@priklad-media.example | Telefon: +420 601 234 567
Zdroj dat (ČSÚ) budeme u výstupů uvádět.

S pozdravem
Mgr. Petr Ukázka, předseda představenstva
""",
        30,
        signer="vzorova",
    ),
    DemoMail(
        "02-radio-vlna-nataceni.eml",
        "novak",
        "Žádost o vydání povolení k přítomnosti na přebíracím místě",
        """Dobrý den,

žádáme o povolení k pořízení audiovizuálního záznamu na přebíracím místě ČSÚ.

Osoba, pro kterou se povolení vydává: Jan Vzorek, kameraman
Žadatel: Petr Novák, vedoucí zpravodajství
Redakce: Rádio Testovací Vlna s.r.o., Vlnová 5, 602 00 Brno
Telefon žadatele: 777 123 456, e-mail: petr.novak@radio-vlna.example
Telefon kameramana: 603 222 111, e-mail: jan.vzorek@radio-vlna.example
Rozsah záznamu: krátká reportáž (obraz a zvuk) z předávání výsledků, max. 30 minut
Preferované přebírací místo: okres Brno-město, Jihomoravský kraj

Děkuji, Petr Novák
""",
        27,
        signer="novak",
    ),
    DemoMail(
        "03-daily-news-en.eml",
        "smith",
        "Application for access to the election results XML server",
        """Dear Sir or Madam,

Daily News Example Ltd. (IČO 76543218) applies for access to the dedicated XML server
with the live results of the presidential election.

Production IP addresses: 198.51.100.40, 198.51.100.41
Test IP address: 198.51.100.200

Technical contact: John Smith, john.smith@daily-news.example, +420 730 111 222

Kind regards,
John Smith
""",
        20,
        signer="smith",
    ),
    DemoMail(
        "04-denik-ukazkovy-nepodepsano.eml",
        "mala",
        "RE: přístup na volební XML + natáčení v Brně",
        """Dobrý den, paní inženýrko,
jako každý rok bychom se rádi připojili na váš XML server. Ostré adresy máme
stejné jako loni (203.0.113.5 a .6), nově přidáváme 203.0.113.7,
2001:db8:15::10 a 2001:db8:15::11 a ještě interní 10.0.0.12, přes který jede parser.
Na testování stačí 203.0.113.200.
Natáčet v Brně letos nebudeme, stačí nám data.
Číslo v patičce už nefunguje, volejte mi prosím na 603 111 333.
Díky, Lucie
--
Lucie Malá | TV Sever | +420 603 111 222
""",
        12,
    ),
    DemoMail(
        "05-zpravy-kraj-pdf.eml",
        "kral",
        "Žádost o přístup k XML – podepsaná žádost v příloze",
        """Žádost o přidělení přístupu k XML serveru ČSÚ

Žadatel: Zprávy z kraje, s.r.o., IČO 11111119, ID datové schránky: z49per3
Přístup k výsledkům ve formátu XML: ANO
Povolení k natáčení na přebíracím místě: NE
IP adresy (produkční): 198.51.100.60, 198.51.100.61
Testovací IP adresa: 198.51.100.62
Technický kontakt: Mgr. Karel Král, karel.kral@zpravy-kraj.example, tel. 724 555 666
""",
        8,
        pdf_signer="kral",
    ),
    DemoMail(
        "06-priklad-media-prilis-mnoho.eml",
        "vzorova",
        "Doplnění žádosti – další IP adresy",
        """Dobrý den,

k naší žádosti (Mediální dům Příklad, a.s., IČO 12345679) doplňujeme další adresy
pro ostrý provoz: 192.0.2.16/29.

Jana Vzorová, tel. +420 601 234 567, jana.vzorova@priklad-media.example
""",
        4,
        signer="vzorova",
    ),
    DemoMail(
        "09-vychodni-listy-html-tabulka.eml",
        "dvorak",
        "Přístup k výsledkům voleb – Východní listy (tabulka adres)",
        "Dobrý den, žádost je v tabulce v HTML verzi zprávy. Aleš Dvořák\n",
        10,
        signer="dvorak",
        html="""<html><body>
<p>Dobrý den,</p>
<p>Východní listy s.r.o., IČO 33333335, žádá o přístup k vyhrazenému serveru s výsledky voleb.</p>
<table border="1" style="border-collapse:collapse">
<tr><th>Účel</th><th>IP adresa</th><th>Umístění</th></tr>
<tr><td rowspan="2">Ostrý provoz</td><td>203.0.113.80</td><td>redakce Hradec Králové</td></tr>
<tr><td>203.0.113.81</td><td>záloha, Pardubice</td></tr>
<tr><td>Testovací</td><td>203.0.113.89</td><td>vývoj</td></tr>
</table>
<p>Kontaktní osoba: Aleš Dvořák, tel. +420 605 333 444, ales.dvorak@vychodni-listy.example</p>
<p>S pozdravem<br>Aleš Dvořák</p>
</body></html>
""",
    ),
    DemoMail(
        "07-pozde.eml",
        "novak",
        "Žádost o přístup k XML serveru (omlouváme se za zpoždění)",
        """Dobrý den,
omlouváme se za pozdní zaslání. Žádáme o přístup k XML serveru s výsledky.
IP adresy pro ostrý provoz: 198.51.100.90
Kontakt: Petr Novák, 777 123 456, petr.novak@radio-vlna.example
""",
        0.25,
        signer="novak",
    ),
    DemoMail(
        "11-radio-lago-italsky.eml",
        "ferraro",
        "Richiesta di accesso ai risultati XML",
        """Buongiorno,

la nostra emittente Radio Lago Maggiore S.r.l. chiede l'accesso al server dei risultati
dagli indirizzi 192.0.2.171 e 192.0.2.172; per le prove useremo l'indirizzo 192.0.2.179.
Non chiediamo il permesso di effettuare riprese.

Cordiali saluti,
Giulia Ferraro, redazione tecnica, giulia.ferraro@radio-lago.example, +39 347 120 3344
Paolo Bianchi, direttore, p.bianchi@radio-lago.example
""",
        16,
        signer="ferraro",
    ),
    DemoMail(
        "10-noviny-vychod-formular.eml",
        "horova",
        "Vyplněný formulář – přístup k XML výsledkům",
        "Dobrý den, posíláme vyplněný formulář žádosti (ve formátované verzi zprávy).\n",
        18,
        signer="horova",
        html="""<html><body>
<p>Dobrý den,<br>posíláme vyplněný formulář žádosti.</p>
<table border="1" cellpadding="4">
<tr><th colspan="2">Žádost o přístup k výsledkům voleb</th></tr>
<tr><td>Žadatel</td><td>Noviny Východ s.r.o.</td></tr>
<tr><td>IČO</td><td>27182819</td></tr>
<tr><td colspan="2"><input type="checkbox" checked> Přístup k XML serveru s výsledky</td></tr>
<tr><td colspan="2"><input type="checkbox"> Povolení k natáčení na přebíracím místě</td></tr>
<tr><td>IP adresy pro ostrý provoz</td><td><s>192.0.2.140</s> 192.0.2.141, 192.0.2.142</td></tr>
<tr><td>Testovací IP adresy</td><td>192.0.2.150</td></tr>
<tr><td>Kontaktní osoba</td><td>Tereza Horová</td></tr>
<tr><td>E-mail</td><td>tereza.horova@noviny-vychod.example</td></tr>
<tr><td>Telefon</td><td>+420 605 111 333</td></tr>
</table>
<p>S pozdravem<br>Tereza Horová, Noviny Východ</p>
</body></html>
""",
    ),
)


def build_mail(mail: DemoMail, pki: DemoPKI, start: datetime) -> bytes:
    """The raw message as our MX would have stored it (top Received header = receipt)."""
    received = start - timedelta(hours=mail.hours_before_start)
    name, address = PEOPLE[mail.sender]
    from email.header import Header

    headers = (
        f"Received: from mail.{address.split('@')[1]} by mx.czso.demo with ESMTPS; "
        f"{format_datetime(received)}\r\n"
        f"From: {Header(name, 'utf-8').encode()} <{address}>\r\nTo: {OFFICE}\r\n"
        f"Subject: {Header(mail.subject, 'utf-8').encode()}\r\n"
        f"Date: {format_datetime(received - timedelta(minutes=2))}\r\n"
        f"Message-ID: <{mail.file.removesuffix('.eml')}@{address.split('@')[1]}>\r\n"
    ).encode()
    text = mail.text.replace("\n", "\r\n").encode("utf-8")
    text_part = (
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text
    )
    if mail.pdf_signer:
        import base64

        pdf = pki.pades(mail.pdf_signer, letter_pdf(mail.text), received - timedelta(hours=1))
        b = b"----=_demo_mixed"
        body = (
            b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="'
            + b
            + b'"\r\n\r\n--'
            + b
            + b"\r\n"
            + b"Content-Type: text/plain; charset=utf-8\r\n"
            b"Content-Transfer-Encoding: 8bit\r\n\r\n"
            + "Dobrý den, v příloze posíláme podepsanou žádost.\r\n".encode()
            + b"\r\n--"
            + b
            + b'\r\nContent-Type: application/pdf; name="zadost.pdf"\r\n'
            b"Content-Transfer-Encoding: base64\r\n"
            b'Content-Disposition: attachment; filename="zadost.pdf"\r\n\r\n'
            + base64.encodebytes(pdf).replace(b"\n", b"\r\n")
            + b"\r\n--"
            + b
            + b"--\r\n"
        )
        return headers + body
    entity = _alternative(text_part, mail.html) if mail.html else text_part
    if mail.signer:
        return pki.smime(mail.signer, headers, entity, received - timedelta(minutes=3))
    return headers + b"MIME-Version: 1.0\r\n" + entity


def _alternative(text_part: bytes, html: str) -> bytes:
    """A multipart/alternative entity: the plain part, then the HTML one."""
    b = b"----=_demo_alt"
    html_part = (
        b"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + html.replace("\n", "\r\n").encode("utf-8")
    )
    return (
        b'Content-Type: multipart/alternative; boundary="' + b + b'"\r\n\r\n'
        + b"--" + b + b"\r\n" + text_part + b"\r\n--" + b + b"\r\n" + html_part
        + b"\r\n--" + b + b"--\r\n"
    )


def letter_pdf(text: str) -> bytes:
    """A one-page PDF letter with the text (DejaVu for Czech diacritics when available)."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "Helvetica"
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        try:
            pdfmetrics.registerFont(TTFont("DejaVuSans", path))
            font = "DejaVuSans"
        except Exception:  # no DejaVu: diacritics may be lost, the demo still works
            pass
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = A4[1] - 72
    c.setFont(font, 11)
    for line in text.splitlines():
        c.drawString(72, y, line)
        y -= 16
    c.save()
    return buf.getvalue()


RECEIPT_FILE = "08-dorucenka-radio-vlna.zfo"
"""The demo's delivery receipt (doručenka): of the first ``DATABOX`` message, in the drop
folder — registered and filed, never an application."""
DATABOX = (
    # (sender box, sender name, annotation, text, hours before start)
    (
        "k7vz3qa",
        "Rádio Testovací Vlna s.r.o.",
        "Volba prezidenta – XML – registrace",
        """Dobrý den,
posíláme žádost o přístup k XML serveru s výsledky:
produkce: 198.51.100.7; 198.51.100.8; 198.51.100.9
test: 198.51.100.64/30
kontakt: Tomáš Příkladný, tel. 777 12 34 56, tech@radio-vlna.example
Rádio Testovací Vlna s.r.o., IČO 22222227
""",
        16,
    ),
    (
        "m4tq8wb",
        "TV Jih a.s.",
        "Žádost o přístup k výsledkům voleb (XML)",
        """Žádost o přístup k vyhrazenému XML serveru ČSÚ
Žadatel: TV Jih a.s., IČO 31415920
IP adresy pro ostrý provoz: 203.0.113.80, 203.0.113.81
Testovací IP adresy: 203.0.113.90
Kontaktní osoba: Eva Jižní, eva.jizni@tv-jih.example, +420 602 987 654
""",
        6,
    ),
    (
        "x5pzc4d",
        "Zpravodajský portál Morava z.s.",
        "Žádost – XML výsledky (pozdě)",
        """Žádáme o přístup k XML serveru. IP: 198.51.100.150
Kontakt: Ondřej Moravec, ondrej@portal-morava.example, 731 222 333
""",
        0.1,
    ),
)
