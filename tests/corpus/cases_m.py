"""Tuning cases 126–140: the shapes of particular mail clients. Outlook (HTML with tables,
its English and Czech reply headers), Gmail and Apple Mail (plain and HTML alternatives,
quoted-printable), Thunderbird (format=flowed, 8bit, its forward block), HTML-only webmail;
forms whose request types are ticked in table cells.

Written by a second hand, apart from the extraction rules and the held-out corpus."""

from __future__ import annotations

from typing import Any

from tests.corpus.cases_a import BOTH, FEED, L
from tests.corpus.tuning_common import Style

_OUTLOOK_HEAD = """<html xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt;
font-family:"Calibri",sans-serif;} span.EmailStyle17 {color:windowtext;} --></style>
</head><body lang="CS" link="#0563C1" vlink="#954F72"><div class="WordSection1">
"""
_OUTLOOK_TAIL = "</div></body></html>"


def _soft(text: str) -> str:
    """A format=flowed body: '~' before a line end marks a soft break (a trailing space)."""
    return text.replace("~\n", " \n")


CASES: list[dict[str, Any]] = [
    {
        "id": "126-outlook-alternative-column-table",
        "description": "Outlook plain+HTML alternative; the HTML table has a header row "
        "'Účel | IP adresa | Poznámka', the plain part flattens it into tab-separated lines",
        "style": Style.HTML_TABLE,
        "headers": {"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdkOx1Zq3c2Fh8Qm"},
        "from": "Petra Doležalová <dolezalova@jihoceska-tv.example>",
        "subject": "Žádost o přidělení přístupu k XML serveru ČSÚ",
        "body": """Dobrý den,

v návaznosti na výzvu k registraci médií posíláme adresy Jihočeské televize, s.r.o.
(IČO 88009459):

Účel\tIP adresa\tPoznámka
ostrý provoz\t198.51.100.121\thlavní server grafiky
ostrý provoz\t198.51.100.122\tzáložní server grafiky
testovací provoz\t198.51.100.129\tvývojové prostředí

Kontaktní osoba: Petra Doležalová, technická ředitelka
Mobil: +420 724 180 332

S pozdravem
Petra Doležalová
Jihočeská televize, s.r.o. | Lannova 9, 370 01 České Budějovice
""",
        "html": _OUTLOOK_HEAD
        + """<p class="MsoNormal">Dobrý den,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">v návaznosti na výzvu k registraci médií posíláme adresy
Jihočeské televize, s.r.o. (IČO 88009459):<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0"
style="border-collapse:collapse;border:none">
<tr><td width="160" style="background:#D9E2F3"><p class="MsoNormal"><b>Účel</b></p></td>
<td width="140" style="background:#D9E2F3"><p class="MsoNormal"><b>IP adresa</b></p></td>
<td width="200" style="background:#D9E2F3"><p class="MsoNormal"><b>Poznámka</b></p></td></tr>
<tr><td><p class="MsoNormal">ostrý provoz</p></td><td><p class="MsoNormal">198.51.100.121</p></td>
<td><p class="MsoNormal">hlavní server grafiky</p></td></tr>
<tr><td><p class="MsoNormal">ostrý provoz</p></td><td><p class="MsoNormal">198.51.100.122</p></td>
<td><p class="MsoNormal">záložní server grafiky</p></td></tr>
<tr><td><p class="MsoNormal">testovací provoz</p></td><td><p class="MsoNormal">198.51.100.129</p></td>
<td><p class="MsoNormal">vývojové prostředí</p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kontaktní osoba: Petra Doležalová, technická ředitelka<br>
Mobil: +420&nbsp;724&nbsp;180&nbsp;332<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">S pozdravem<o:p></o:p></p>
<p class="MsoNormal"><b><span style="color:#1F3864">Petra Doležalová</span></b><br>
<span style="font-size:9.0pt;color:gray">Jihočeská televize, s.r.o. | Lannova 9,
370 01 České Budějovice</span><o:p></o:p></p>
"""
        + _OUTLOOK_TAIL,
        "labels": L(
            FEED,
            "Jihočeská televize, s.r.o.",
            "88009459",
            None,
            ["198.51.100.121", "198.51.100.122"],
            ["198.51.100.129"],
            "Petra Doležalová",
            "dolezalova@jihoceska-tv.example",
            "+420724180332",
        ),
    },
    {
        "id": "127-gmail-alternative-no-diacritics",
        "description": "Gmail plain+HTML alternative written without diacritics; roles as "
        "'ostry' and 'testovaci', phone written 00420 with no spaces",
        "style": Style.NO_DIACRITICS,
        "from": "Vojtech Mares <vojta.mares@zlinsky-web.example>",
        "subject": "zadost o pristup k vysledkum voleb XML",
        "body": """Dobry den,

posilam zadost o pristup k vyhrazenemu serveru s vysledky volby prezidenta.

Zadatel: Zlinsky web s.r.o., ICO 25922653
ostry provoz: 203.0.113.71, 203.0.113.72
testovaci: 203.0.113.79

Kontakt: Vojtech Mares, 00420604558120

Diky,
Vojta Mares
""",
        "html": """<div dir="ltr"><div>Dobry den,</div><div><br></div><div>posilam zadost \
o pristup k vyhrazenemu serveru s vysledky volby prezidenta.</div><div><br></div>\
<div>Zadatel: Zlinsky web s.r.o., ICO 25922653</div><div>ostry provoz: 203.0.113.71, \
203.0.113.72</div><div>testovaci: 203.0.113.79</div><div><br></div><div>Kontakt: Vojtech \
Mares, 00420604558120</div><div><br></div><div>Diky,</div><div>Vojta Mares</div></div>
""",
        "labels": L(
            FEED,
            "Zlinsky web s.r.o.",
            "25922653",
            None,
            ["203.0.113.71", "203.0.113.72"],
            ["203.0.113.79"],
            "Vojtech Mares",
            "vojta.mares@zlinsky-web.example",
            "+420604558120",
        ),
    },
    {
        "id": "128-thunderbird-flowed-respectively-8bit",
        "description": "Thunderbird format=flowed 8bit; the sentence giving roles by order "
        "('v tomto pořadí') runs across soft breaks",
        "style": Style.FLOWED,
        "flowed": True,
        "cte": "8bit",
        "headers": {"User-Agent": "Mozilla Thunderbird"},
        "from": "Marek Hruška <hruska@radio-podlipi.example>",
        "subject": "Registrace - průběžné výsledky XML",
        "body": _soft(
            """Dobrý den,

Rádio Podlipí, z. s., IČO 52174565, žádá o přístup k vyhrazenému~
serveru. Adresy 192.0.2.151 a 192.0.2.158 používejte pro ostrý a~
testovací provoz, v tomto pořadí. Žádné další adresy nemáme.

Kontakt: Marek Hruška, 777 203 415, hruska@radio-podlipi.example

--~
Marek Hruška
Rádio Podlipí
"""
        ),
        "labels": L(
            FEED,
            "Rádio Podlipí, z. s.",
            "52174565",
            None,
            ["192.0.2.151"],
            ["192.0.2.158"],
            "Marek Hruška",
            "hruska@radio-podlipi.example",
            "+420777203415",
        ),
    },
    {
        "id": "129-apple-mail-alternative-signature",
        "description": "Apple Mail plain+HTML alternative; the applicant's details only in a "
        "long signature with a switchboard and a mobile, the mobile is the contact's",
        "style": Style.MAIL_CLIENT,
        "headers": {"X-Mailer": "Apple Mail (2.3731.300.101.1.3)"},
        "from": "Tereza Nováková <tereza.novakova@brnensky-tydenik.example>",
        "subject": "Přístup k výsledkům – Brněnský týdeník",
        "body": """Dobrý den,

prosím o zařazení těchto adres na seznam povolených:

produkční: 2001:db8:4410::25
testovací: 2001:db8:4410::99

Kontaktní osobou jsem já, viz podpis.

Děkuji
Tereza

—
Mgr. Tereza Nováková
vedoucí online redakce
Brněnský týdeník, a.s. · IČO 97422819
Masarykova 31, 602 00 Brno
ústředna: 542 210 100 · mobil: 736 415 902
""",
        "html": """<html><head><meta http-equiv="content-type" content="text/html; \
charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; \
line-break: after-white-space;">Dobrý den,<div><br></div><div>prosím o zařazení těchto \
adres na seznam povolených:</div><div><br></div><div>produkční:&nbsp;2001:db8:4410::25</div>\
<div>testovací:&nbsp;2001:db8:4410::99</div><div><br></div><div>Kontaktní osobou jsem já, \
viz podpis.</div><div><br></div><div>Děkuji</div><div>Tereza</div><div><br><div>
<div dir="auto" style="caret-color: rgb(0, 0, 0); color: rgb(0, 0, 0);">—<br>Mgr. Tereza \
Nováková<br>vedoucí online redakce<br>Brněnský týdeník, a.s. · IČO 97422819<br>Masarykova \
31, 602 00 Brno<br>ústředna: 542 210 100 · mobil: 736 415 902</div></div></div></body></html>
""",
        "labels": L(
            FEED,
            "Brněnský týdeník, a.s.",
            "97422819",
            None,
            ["2001:db8:4410::25"],
            ["2001:db8:4410::99"],
            "Tereza Nováková",
            "tereza.novakova@brnensky-tydenik.example",
            "+420736415902",
        ),
    },
    {
        "id": "130-webmail-html-only-bold-headings",
        "description": "HTML-only webmail: bold headings above <br>-separated lines, no "
        "table; the data-box ID in the heading block",
        "style": Style.MAIL_CLIENT,
        "from": "redakce@kutnohorske-listy.example",
        "subject": "Žádost o registraci k vyhrazenému připojení",
        "html": """<div style="font-family:Verdana;font-size:13px">Dobrý den,<br><br>
zasíláme žádost o registraci k vyhrazenému připojení.<br><br>
<b>Žadatel</b><br>Kutnohorské listy, spolek<br>IČO 17402743<br>
datová schránka: kh7lst2<br><br>
<b>Ostrý provoz</b><br>203.0.113.141<br>203.0.113.142<br>203.0.113.143<br><br>
<b>Testování</b><br>203.0.113.149<br><br>
<b>Kontakt</b><br>Jiří Vondráček<br>+420 327 512 640<br>
vondracek@kutnohorske-listy.example<br><br>
S pozdravem<br>redakce Kutnohorských listů<br>
<span style="color:#888">--<br>Odesláno z webové pošty</span></div>""",
        "labels": L(
            FEED,
            "Kutnohorské listy, spolek",
            "17402743",
            "kh7lst2",
            ["203.0.113.141", "203.0.113.142", "203.0.113.143"],
            ["203.0.113.149"],
            "Jiří Vondráček",
            "vondracek@kutnohorske-listy.example",
            "+420327512640",
        ),
    },
    {
        "id": "131-outlook-english-environment-columns",
        "description": "English Outlook HTML-only mail; a table with one column per "
        "environment ('Live', 'Test / staging'), addresses stacked in the cells",
        "style": Style.HTML_TABLE,
        "headers": {"X-Mailer": "Microsoft Outlook 16.0"},
        "from": "Oliver Grant <o.grant@northsea-wire.example>",
        "subject": "Czech presidential election - XML results access",
        "html": _OUTLOOK_HEAD
        + """<p class="MsoNormal"><span lang="EN-GB">Dear colleagues,</span></p>
<p class="MsoNormal"><span lang="EN-GB">North Sea Wire Ltd would like to register for the
dedicated connection to the results server. Our egress addresses:</span></p>
<table class="MsoNormalTable" border="1" cellpadding="0" style="border-collapse:collapse">
<tr><td style="padding:3pt"><p class="MsoNormal"><b>Live</b></p></td>
<td style="padding:3pt"><p class="MsoNormal"><b>Test / staging</b></p></td></tr>
<tr><td style="padding:3pt"><p class="MsoNormal">198.18.44.10<br>198.18.44.11<br>198.18.44.12</p></td>
<td style="padding:3pt"><p class="MsoNormal">198.18.45.200</p></td></tr>
</table>
<p class="MsoNormal"><span lang="EN-GB">&nbsp;</span></p>
<p class="MsoNormal"><span lang="EN-GB">Technical contact: Oliver Grant, +44 20 7946 0321,
o.grant@northsea-wire.example</span></p>
<p class="MsoNormal"><span lang="EN-GB">Kind regards,<br>Oliver Grant<br>Head of Data
Services, North Sea Wire Ltd</span></p>
"""
        + _OUTLOOK_TAIL,
        "labels": L(
            FEED,
            "North Sea Wire Ltd",
            None,
            None,
            ["198.18.44.10", "198.18.44.11", "198.18.44.12"],
            ["198.18.45.200"],
            "Oliver Grant",
            "o.grant@northsea-wire.example",
            "+442079460321",
        ),
    },
    {
        "id": "132-webmail-table-two-contacts",
        "description": "HTML-only mail with two tables: addresses (roles as row headers) and "
        "people (statutory representative and contact person with their own phones)",
        "style": Style.HTML_TABLE,
        "from": "Lenka Pazderová <pazderova@vychodni-echo.example>",
        "subject": "Žádost – vyhrazené připojení – Východní echo",
        "html": """<div>Dobrý den,<br>níže posíláme údaje pro registraci.</div><br>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th colspan="2">Žadatel</th></tr>
<tr><td>Název</td><td>Východní echo, o. p. s.</td></tr>
<tr><td>IČO</td><td>19862512</td></tr>
<tr><td>IP – ostrý provoz</td><td>192.0.2.161, 192.0.2.162</td></tr>
<tr><td>IP – testovací provoz</td><td>192.0.2.170</td></tr>
</table><br>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Role</th><th>Jméno</th><th>Telefon</th><th>E-mail</th></tr>
<tr><td>statutární zástupce</td><td>Ing. Bohumil Král</td><td>495 221 300</td>
<td>kral@vychodni-echo.example</td></tr>
<tr><td>kontaktní osoba</td><td>Lenka Pazderová</td><td>731 662 084</td>
<td>pazderova@vychodni-echo.example</td></tr>
</table><br><div>Děkujeme,<br>Lenka Pazderová</div>""",
        "labels": L(
            FEED,
            "Východní echo, o. p. s.",
            "19862512",
            None,
            ["192.0.2.161", "192.0.2.162"],
            ["192.0.2.170"],
            "Lenka Pazderová",
            "pazderova@vychodni-echo.example",
            "+420731662084",
        ),
    },
    {
        "id": "133-outlook-reply-quoting-press-release-html",
        "description": "Outlook HTML reply above the office's press release (Czech 'Od:/"
        "Odesláno:' block); the release carries the office's IČO, box, phone and e-mail",
        "style": Style.REPLY,
        "headers": {"X-Mailer": "Microsoft Outlook 16.0", "In-Reply-To": "<tz-2022-11@czso.cz>"},
        "from": "Radek Fiala <fiala@ostravsky-expres.example>",
        "subject": "RE: Registrace médií – vyhrazené připojení k výsledkům voleb",
        "html": _OUTLOOK_HEAD
        + """<p class="MsoNormal">Dobrý den,<o:p></o:p></p>
<p class="MsoNormal">Ostravský expres s.r.o. (IČO 97523593) se tímto registruje.
Ostrý provoz: 203.0.113.181; testovací: 203.0.113.189.
Kontakt: Radek Fiala, 596 113 870.<o:p></o:p></p>
<p class="MsoNormal">Radek Fiala<o:p></o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Od:</b> Tiskové oddělení ČSÚ &lt;media@czso.cz&gt;<br>
<b>Odesláno:</b> čtvrtek 1. prosince 2022 10:02<br>
<b>Komu:</b> redakce@ostravsky-expres.example<br>
<b>Předmět:</b> Registrace médií – vyhrazené připojení k výsledkům voleb<o:p></o:p></p></div>
<p class="MsoNormal">Český statistický úřad nabízí médiím vyhrazené připojení k serveru
s průběžnými výsledky. Žádost musí obsahovat nejvýše 5 IP adres pro ostrý provoz
a nejvýše 5 testovacích IP adres, kontaktní e-mail a telefon.<o:p></o:p></p>
<p class="MsoNormal">Žádosti zasílejte na podatelna@czso.cz nebo do datové schránky 2gfaasy.
Informace: +420 274 052 733, media@czso.cz. Český statistický úřad, IČO 00025593.<o:p></o:p></p>
"""
        + _OUTLOOK_TAIL,
        "labels": L(
            FEED,
            "Ostravský expres s.r.o.",
            "97523593",
            None,
            ["203.0.113.181"],
            ["203.0.113.189"],
            "Radek Fiala",
            "fiala@ostravsky-expres.example",
            "+420596113870",
        ),
    },
    {
        "id": "134-gmail-english-reply-press-release",
        "description": "English Gmail reply with the office's press release quoted in '>' "
        "lines; the sender gives addresses and a phone but no IČO",
        "style": Style.REPLY,
        "from": "Daniela Costa <dcosta@iberia-data-news.example>",
        "subject": "Re: Dedicated connection for the media - results of the presidential election",
        "body": """Hello,

Iberia Data News S.L. would like to apply. Production: 192.0.2.191 and
192.0.2.192. Testing: 192.0.2.199. You can reach me at +34 911 234 567.

Best,
Daniela Costa
Data desk, Iberia Data News

On Thu, 1 Dec 2022 at 10:05, CZSO Press Office <media@czso.cz> wrote:
> PRESS RELEASE
> The Czech Statistical Office offers the media a dedicated connection to the
> server with the running results. Applications (at most 5 production and 5
> test addresses) to podatelna@czso.cz or data box 2gfaasy by 23 December 2022.
> Press office: +420 274 052 733, media@czso.cz
> Czech Statistical Office, Na padesatem 81, 100 82 Prague 10, ID 00025593
""",
        "html": """<div dir="ltr">Hello,<div><br></div><div>Iberia Data News S.L. would \
like to apply. Production: 192.0.2.191 and 192.0.2.192. Testing: 192.0.2.199. You can \
reach me at +34 911 234 567.</div><div><br></div><div>Best,</div><div>Daniela Costa</div>\
<div>Data desk, Iberia Data News</div></div><br><div class="gmail_quote"><div dir="ltr" \
class="gmail_attr">On Thu, 1 Dec 2022 at 10:05, CZSO Press Office &lt;media@czso.cz&gt; \
wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;\
border-left:1px solid rgb(204,204,204);padding-left:1ex">PRESS RELEASE<br>The Czech \
Statistical Office offers the media a dedicated connection to the server with the running \
results. Applications (at most 5 production and 5 test addresses) to podatelna@czso.cz or \
data box 2gfaasy by 23 December 2022.<br>Press office: +420 274 052 733, media@czso.cz<br>\
Czech Statistical Office, Na padesatem 81, 100 82 Prague 10, ID 00025593</blockquote></div>
""",
        "labels": L(
            FEED,
            "Iberia Data News S.L.",
            None,
            None,
            ["192.0.2.191", "192.0.2.192"],
            ["192.0.2.199"],
            "Daniela Costa",
            "dcosta@iberia-data-news.example",
            "+34911234567",
        ),
    },
    {
        "id": "135-gmail-forward-own-earlier-message",
        "description": "Gmail forward of the applicant's own earlier message (sent to a "
        "colleague at first); the new text on top only says it is resent to the right address",
        "style": Style.FORWARD,
        "from": "Jakub Šindelář <sindelar@plzenska-vlna.example>",
        "subject": "Fwd: Žádost o vyhrazené připojení – Plzeňská vlna",
        "body": """Dobrý den,

přeposílám naši žádost, kterou jsem omylem poslal jen kolegovi. Údaje platí beze změny.

Jakub Šindelář

---------- Forwarded message ---------
Od: Jakub Šindelář <sindelar@plzenska-vlna.example>
Date: po 12. 12. 2022 v 14:31
Subject: Žádost o vyhrazené připojení – Plzeňská vlna
To: Martin Beneš <benes@plzenska-vlna.example>


Dobrý den,

Plzeňská vlna s.r.o., IČO 74470230, žádá o přístup k serveru s výsledky.

IP adresy pro ostrý provoz:
198.51.100.141
198.51.100.142

Testovací IP adresa:
198.51.100.149

Kontaktní osoba: Jakub Šindelář, tel. 377 901 256, sindelar@plzenska-vlna.example

S pozdravem
Jakub Šindelář
""",
        "labels": L(
            FEED,
            "Plzeňská vlna s.r.o.",
            "74470230",
            None,
            ["198.51.100.141", "198.51.100.142"],
            ["198.51.100.149"],
            "Jakub Šindelář",
            "sindelar@plzenska-vlna.example",
            "+420377901256",
        ),
    },
    {
        "id": "136-thunderbird-forward-own-with-change",
        "description": "Thunderbird inline forward ('-------- Přeposlaná zpráva --------') of "
        "the applicant's own application; the note on top replaces the test address",
        "style": Style.CORRECTION,
        "headers": {"User-Agent": "Mozilla Thunderbird"},
        "cte": "8bit",
        "from": "Alena Vrbová <vrbova@liberecky-zpravodaj.example>",
        "subject": "Fwd: Registrace k vyhrazenému připojení",
        "body": """Dobrý den,

posílám znovu naši žádost z minulého týdne s jednou změnou: testovací adresa
203.0.113.209 už neplatí, místo ní prosím povolte 203.0.113.219. Ostatní beze změny.

A. Vrbová

-------- Přeposlaná zpráva --------
Předmět: Registrace k vyhrazenému připojení
Datum: Tue, 13 Dec 2022 08:40:11 +0100
Od: Alena Vrbová <vrbova@liberecky-zpravodaj.example>
Komu: podatelna@czso.cz

Dobrý den,

Liberecký zpravodaj, z. ú. (IČO 15095355) žádá o registraci.

ostrý provoz: 203.0.113.201, 203.0.113.202
test: 203.0.113.209

Kontakt: Alena Vrbová, 485 110 247, vrbova@liberecky-zpravodaj.example
""",
        "labels": L(
            FEED,
            "Liberecký zpravodaj, z. ú.",
            "15095355",
            None,
            ["203.0.113.201", "203.0.113.202"],
            ["203.0.113.219"],
            "Alena Vrbová",
            "vrbova@liberecky-zpravodaj.example",
            "+420485110247",
        ),
    },
    {
        "id": "137-apple-mail-reply-own-original-new-phone",
        "description": "Apple Mail reply to the applicant's own quoted application: only "
        "the contact phone changes, everything else is in the quote",
        "style": Style.REPLY,
        "headers": {"X-Mailer": "iPhone Mail (20B110)"},
        "from": "Hana Štěpánková <stepankova@krkonossky-denik.example>",
        "subject": "Re: Žádost o registraci – Krkonošský deník",
        "body": """Dobrý den, doplňuji: telefon uvedený níže už nefunguje, volejte prosím
na 603 998 214. Jinak platí vše z původní žádosti.

Hana Štěpánková

Odesláno z iPhonu

> Dne 14. 12. 2022 v 9:12, Hana Štěpánková <stepankova@krkonossky-denik.example> napsal(a):
>
> Dobrý den,
>
> Krkonošský deník, s.r.o., IČO 10915966, žádá o přístup k serveru s výsledky.
> IP adresy pro ostrý provoz: 192.0.2.211, 192.0.2.212
> Testovací IP adresa: 192.0.2.219
> Kontaktní osoba: Hana Štěpánková, tel. 499 400 118
>
> S pozdravem
> Hana Štěpánková
""",
        "labels": L(
            FEED,
            "Krkonošský deník, s.r.o.",
            "10915966",
            None,
            ["192.0.2.211", "192.0.2.212"],
            ["192.0.2.219"],
            "Hana Štěpánková",
            "stepankova@krkonossky-denik.example",
            "+420603998214",
        ),
    },
    {
        "id": "138-webmail-table-ballot-boxes",
        "description": "HTML-only form in a table: request types ticked with ☒ and ☐ in the "
        "first column; the filming row is not ticked",
        "style": Style.FORM_CHECKBOX,
        "from": "Filip Kocián <kocian@hlas-vysociny.example>",
        "subject": "Vyplněný formulář – Hlas Vysočiny",
        "html": """<p>Dobrý den, posílám vyplněný formulář.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th colspan="2">Předmět žádosti</th></tr>
<tr><td>☒</td><td>registrace k vyhrazenému připojení (výsledky ve formátu XML)</td></tr>
<tr><td>☐</td><td>povolení k přítomnosti na přebíracím místě (natáčení, fotografování)</td></tr>
<tr><th colspan="2">Údaje žadatele</th></tr>
<tr><td>Název</td><td>Hlas Vysočiny s.r.o.</td></tr>
<tr><td>IČO</td><td>52613437</td></tr>
<tr><td>IP adresy – ostrý provoz</td><td>198.51.100.161<br>198.51.100.162</td></tr>
<tr><td>IP adresy – test</td><td>198.51.100.169</td></tr>
<tr><td>Kontaktní osoba</td><td>Filip Kocián</td></tr>
<tr><td>Telefon</td><td>+420 567 301 945</td></tr>
<tr><td>E-mail</td><td>kocian@hlas-vysociny.example</td></tr>
</table><p>Filip Kocián</p>""",
        "labels": L(
            FEED,
            "Hlas Vysočiny s.r.o.",
            "52613437",
            None,
            ["198.51.100.161", "198.51.100.162"],
            ["198.51.100.169"],
            "Filip Kocián",
            "kocian@hlas-vysociny.example",
            "+420567301945",
        ),
    },
    {
        "id": "139-outlook-ano-ne-columns-both",
        "description": "Outlook HTML form with ANO/NE columns, an 'X' in the ANO column for "
        "both request types; the filming person and the collection point below",
        "style": Style.FORM_CHECKBOX,
        "headers": {"X-Mailer": "Microsoft Outlook 16.0"},
        "from": "Michal Urban <urban@tv-polabi.example>",
        "subject": "Žádosti TV Polabí – volba prezidenta",
        "html": _OUTLOOK_HEAD
        + """<p class="MsoNormal">Dobrý den, v tabulce posíláme, o co žádáme.<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><p class="MsoNormal"><b>Žádost</b></p></td><td><p class="MsoNormal"><b>ANO</b></p></td>
<td><p class="MsoNormal"><b>NE</b></p></td></tr>
<tr><td><p class="MsoNormal">Přístup k vyhrazenému serveru (XML)</p></td>
<td><p class="MsoNormal" align="center">X</p></td><td><p class="MsoNormal">&nbsp;</p></td></tr>
<tr><td><p class="MsoNormal">Natáčení na přebíracím místě</p></td>
<td><p class="MsoNormal" align="center">X</p></td><td><p class="MsoNormal">&nbsp;</p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Žadatel: TV Polabí s.r.o., IČO 99905175<br>
IP pro ostrý provoz: 203.0.113.221, 203.0.113.222<br>
IP pro test: 203.0.113.229<br>
Osoba na přebíracím místě: Pavel Jedlička, kameraman, 604 771 302<br>
Rozsah: obrazový záznam cca 15 minut, přebírací místo Nymburk<br>
Kontaktní osoba: Michal Urban, 325 514 600, urban@tv-polabi.example<o:p></o:p></p>
"""
        + _OUTLOOK_TAIL,
        "labels": L(
            BOTH,
            "TV Polabí s.r.o.",
            "99905175",
            None,
            ["203.0.113.221", "203.0.113.222"],
            ["203.0.113.229"],
            "Michal Urban",
            "urban@tv-polabi.example",
            "+420325514600",
        ),
    },
    {
        "id": "140-gmail-qp-plain-only-long-lines",
        "description": "plain-only quoted-printable mail with long unwrapped lines (soft "
        "line breaks of the transfer encoding); roles and addresses in one long sentence",
        "style": Style.MAIL_CLIENT,
        "from": "Kristýna Holubová <k.holubova@mesicnik-horizont.example>",
        "subject": "Žádost o zařazení IP adres – Měsíčník Horizont",
        "body": """Dobrý den, jménem vydavatele Měsíčníku Horizont, společnosti \
Horizont Press s.r.o. se sídlem Veveří 102, 616 00 Brno, IČO 35700840, žádám o přidělení \
přístupu k vyhrazenému serveru s průběžnými výsledky volby prezidenta republiky, a to pro \
adresy 198.51.100.181 a 198.51.100.182 v ostrém provozu a pro adresu 198.51.100.189 pouze \
pro testování; kontaktní osobou je Kristýna Holubová, telefon 541 216 330, e-mail \
k.holubova@mesicnik-horizont.example. Děkuji a přeji hezký den, Kristýna Holubová
""",
        "labels": L(
            FEED,
            "Horizont Press s.r.o.",
            "35700840",
            None,
            ["198.51.100.181", "198.51.100.182"],
            ["198.51.100.189"],
            "Kristýna Holubová",
            "k.holubova@mesicnik-horizont.example",
            "+420541216330",
        ),
    },
]
