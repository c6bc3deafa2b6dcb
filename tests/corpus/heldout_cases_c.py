"""Held-out cases: HTML-only mail (Outlook, webmail) with addresses in HTML tables; roles by
column header, row header, merged (rowspan/colspan) cells."""

from __future__ import annotations

from typing import Any

from tests.corpus.heldout_common import FEED, L, Style

S = Style.HTML_ONLY

_MSO_HEAD = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
</head><body lang="CS" link="#0563C1"><div class="WordSection1">"""

CASES: list[dict[str, Any]] = [
    {
        "id": "h021-outlook-rowspan-roles",
        "style": S,
        "description": "Outlook HTML, role in a merged (rowspan) first column",
        "from": "Lukáš Hromádka <hromadka@metropol-zpravy.example>",
        "subject": "Žádost o vyhrazené připojení – Metropol zprávy",
        "headers": {"X-Mailer": "Microsoft Outlook 16.0"},
        "html": _MSO_HEAD
        + """<p class="MsoNormal">Dobrý den,<o:p></o:p></p>
<p class="MsoNormal">za společnost Metropol zprávy s.r.o. (IČO 58282343) žádám o přístup k XML serveru.<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Prostředí</b></p></td><td><p class="MsoNormal"><b>IP adresa</b></p></td></tr>
<tr><td rowspan="2"><p class="MsoNormal">Produkce</p></td><td><p class="MsoNormal">192.0.2.11</p></td></tr>
<tr><td><p class="MsoNormal">192.0.2.12</p></td></tr>
<tr><td rowspan="2"><p class="MsoNormal">Test</p></td><td><p class="MsoNormal">192.0.2.13</p></td></tr>
<tr><td><p class="MsoNormal">192.0.2.14</p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">S pozdravem<o:p></o:p></p>
<p class="MsoNormal"><b>Lukáš Hromádka</b><br>IT správce | Metropol zprávy s.r.o.<br>
M: +420 739 511 082 | E: <a href="mailto:hromadka@metropol-zpravy.example">hromadka@metropol-zpravy.example</a><o:p></o:p></p>
</div></body></html>""",
        "labels": L(
            FEED,
            "Metropol zprávy s.r.o.",
            "58282343",
            None,
            ["192.0.2.11", "192.0.2.12"],
            ["192.0.2.13", "192.0.2.14"],
            "Lukáš Hromádka",
            "hromadka@metropol-zpravy.example",
            "+420739511082",
        ),
    },
    {
        "id": "h022-webmail-row-headers",
        "style": S,
        "description": "webmail HTML, key/value table with row headers, IPs in one cell with <br>",
        "from": "Dana Šindelářová <sindelarova@radio-podlesi.example>",
        "subject": "registrace XML – Rádio Podlesí",
        "html": """<div dir="ltr"><div>Dobrý den,</div><div><br></div>
<div>posílám údaje k registraci:</div><br>
<table style="border-collapse:collapse" border="1">
<tbody>
<tr><th align="left">Název žadatele</th><td>Rádio Podlesí, s.r.o.</td></tr>
<tr><th align="left">IČO</th><td>129 32 418</td></tr>
<tr><th align="left">IP – ostrý provoz</th><td>203.0.113.180<br>203.0.113.181<br>203.0.113.182</td></tr>
<tr><th align="left">IP – testování</th><td>203.0.113.190</td></tr>
<tr><th align="left">Kontaktní osoba</th><td>Dana Šindelářová</td></tr>
<tr><th align="left">Telefon</th><td>+420 566 610 455</td></tr>
<tr><th align="left">E-mail</th><td><a href="mailto:sindelarova@radio-podlesi.example">sindelarova@radio-podlesi.example</a></td></tr>
</tbody></table>
<div><br></div><div>Díky, Dana</div></div>""",
        "labels": L(
            FEED,
            "Rádio Podlesí, s.r.o.",
            "12932418",
            None,
            ["203.0.113.180", "203.0.113.181", "203.0.113.182"],
            ["203.0.113.190"],
            "Dana Šindelářová",
            "sindelarova@radio-podlesi.example",
            "+420566610455",
        ),
    },
    {
        "id": "h023-html-colspan-header",
        "style": S,
        "description": "table with a colspan group header 'Adresy' over 'ostré' and 'záložní' columns plus a test column",
        "from": "Provoz <provoz@denik-bohemia.example>",
        "subject": "Deník Bohemia – přístup k výsledkům",
        "html": """<html><body>
<p>Vážení,<br>Deník Bohemia a.s., IČO 95155198, žádá o vyhrazené připojení.</p>
<table border="1">
<tr><th colspan="2">Adresy pro ostrý provoz</th><th rowspan="2">Testovací</th></tr>
<tr><th>primární</th><th>záložní</th></tr>
<tr><td>198.51.100.121</td><td>198.51.100.122</td><td>198.51.100.129</td></tr>
</table>
<p>Kontakt: Ing. Břetislav Macek, tel. 272 660 318, macek@denik-bohemia.example</p>
</body></html>""",
        "labels": L(
            FEED,
            "Deník Bohemia a.s.",
            "95155198",
            None,
            ["198.51.100.121", "198.51.100.122"],
            ["198.51.100.129"],
            "Břetislav Macek",
            "macek@denik-bohemia.example",
            "+420272660318",
        ),
    },
    {
        "id": "h024-html-ano-ne-columns",
        "style": S,
        "description": "table with 'ostrý' and 'test' yes/no columns per address (ano/ne)",
        "from": "Jitka Brabcová <brabcova@kuryr-vysocina.example>",
        "subject": "Žádost – XML",
        "html": """<html><body><p>Dobrý den, v tabulce jsou naše adresy. Organizace: Kurýr Vysočina z.s., IČO 45266867.</p>
<table border="1">
<tr><th>IP</th><th>ostrý provoz</th><th>test</th></tr>
<tr><td>192.0.2.171</td><td>ano</td><td>ne</td></tr>
<tr><td>192.0.2.172</td><td>ne</td><td>ano</td></tr>
<tr><td>192.0.2.173</td><td>ano</td><td>ne</td></tr>
</table>
<p>Jitka Brabcová<br>tel.: 567 112 903<br>brabcova@kuryr-vysocina.example</p></body></html>""",
        "labels": L(
            FEED,
            "Kurýr Vysočina z.s.",
            "45266867",
            None,
            ["192.0.2.171", "192.0.2.173"],
            ["192.0.2.172"],
            "Jitka Brabcová",
            "brabcova@kuryr-vysocina.example",
            "+420567112903",
        ),
    },
    {
        "id": "h025-html-signature-table",
        "style": S,
        "description": "HTML signature laid out as a table with DS ID and office-like phone list",
        "from": "Miloš Trnka <trnka@beskydsky-expres.example>",
        "subject": "Přístup k serveru výsledků",
        "html": """<html><body>
<p>Dobrý den,</p>
<p>žádáme o zpřístupnění serveru s výsledky pro adresy <b>203.0.113.150</b> a <b>203.0.113.151</b>
(ostrý provoz). Testovat budeme z <b>203.0.113.160</b>.</p>
<p>Děkuji</p>
<table cellpadding="0" cellspacing="0"><tr>
<td style="padding-right:12px"><img src="cid:logo" alt="Beskydský expres"></td>
<td><b>Miloš Trnka</b><br>technický ředitel<br>Beskydský expres a.s.<br>
IČO: 80460941 &middot; DS: jru2bqv<br>T: 558 730 412 &middot; <a href="mailto:trnka@beskydsky-expres.example">trnka@beskydsky-expres.example</a></td>
</tr></table></body></html>""",
        "labels": L(
            FEED,
            "Beskydský expres a.s.",
            "80460941",
            "jru2bqv",
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.160"],
            "Miloš Trnka",
            "trnka@beskydsky-expres.example",
            "+420558730412",
        ),
    },
    {
        "id": "h026-html-list-items",
        "style": S,
        "description": "HTML lists (ul) under headings, entity-encoded diacritics",
        "from": "Klára Jiroušková <klara.jirouskova@online-pribram.example>",
        "subject": "XML přístup",
        "html": """<html><body>
<p>Dobr&yacute; den,</p>
<p>Online P&rcaron;&iacute;bram s.r.o. (I&Ccaron;O 64134253) &zcaron;&aacute;d&aacute; o vyhrazen&eacute; p&rcaron;ipojen&iacute;.</p>
<h4>Produk&ccaron;n&iacute; adresy</h4><ul><li>198.51.100.9</li><li>198.51.100.10</li></ul>
<h4>Testovac&iacute; adresy</h4><ul><li>198.51.100.11</li></ul>
<p>Kontakt: Kl&aacute;ra Jirou&scaron;kov&aacute;, 318 620 511, klara.jirouskova@online-pribram.example</p>
</body></html>""",
        "labels": L(
            FEED,
            "Online Příbram s.r.o.",
            "64134253",
            None,
            ["198.51.100.9", "198.51.100.10"],
            ["198.51.100.11"],
            "Klára Jiroušková",
            "klara.jirouskova@online-pribram.example",
            "+420318620511",
        ),
    },
    {
        "id": "h027-html-transposed-table",
        "style": S,
        "description": "transposed table: roles in the first row, addresses below in columns",
        "from": "Servis <servis@slovacke-noviny.example>",
        "subject": "Slovácké noviny – registrace",
        "html": """<html><body><p>Slovácké noviny spol. s r.o., IČO 27115488, žádáme o přístup:</p>
<table border="1">
<tr><td><b>produkční</b></td><td><b>testovací</b></td></tr>
<tr><td>192.0.2.81</td><td>192.0.2.85</td></tr>
<tr><td>192.0.2.82</td><td>192.0.2.86</td></tr>
<tr><td>192.0.2.83</td><td></td></tr>
</table>
<p>Vyřizuje Ludmila Hanáková, servis@slovacke-noviny.example, 572 540 816</p>
</body></html>""",
        "labels": L(
            FEED,
            "Slovácké noviny spol. s r.o.",
            "27115488",
            None,
            ["192.0.2.81", "192.0.2.82", "192.0.2.83"],
            ["192.0.2.85", "192.0.2.86"],
            "Ludmila Hanáková",
            "servis@slovacke-noviny.example",
            "+420572540816",
        ),
    },
    {
        "id": "h028-html-combined-role",
        "style": S,
        "description": "one address used for both production and test ('produkce + test')",
        "from": "Zbyněk Lacina <lacina@kolinsky-hlas.example>",
        "subject": "vyhrazené připojení",
        "html": """<html><body><p>Dobrý den,</p>
<p>Kolínský hlas s.r.o., IČO 78913179.</p>
<table border="1"><tr><th>Adresa</th><th>Použití</th></tr>
<tr><td>203.0.113.211</td><td>produkce</td></tr>
<tr><td>203.0.113.212</td><td>produkce + test</td></tr>
</table>
<p>Zbyněk Lacina, tel. 321 740 263, lacina@kolinsky-hlas.example</p></body></html>""",
        "labels": L(
            FEED,
            "Kolínský hlas s.r.o.",
            "78913179",
            None,
            ["203.0.113.211", "203.0.113.212"],
            ["203.0.113.212"],
            "Zbyněk Lacina",
            "lacina@kolinsky-hlas.example",
            "+420321740263",
        ),
    },
    {
        "id": "h029-html-nested-layout-table",
        "style": S,
        "description": "newsletter-like layout table with the address table nested in a cell",
        "from": "Redakce <redakce@portal-sumava.example>",
        "subject": "Žádost o XML data",
        "html": """<html><body><table width="600"><tr><td>
<h3>Portál Šumava, z.s.</h3><p>IČO 52135870 | Kašperské Hory</p>
<p>Žádáme o registraci k vyhrazenému připojení.</p>
<table border="1"><tr><th>Ostrý provoz</th><td>2001:db8:77::5</td></tr>
<tr><th>Test</th><td>2001:db8:77::6</td></tr></table>
</td><td valign="top"><p><small>Kontakt<br>Vojtěch Šimánek<br>376 582 119<br>simanek@portal-sumava.example</small></p></td></tr></table>
</body></html>""",
        "labels": L(
            FEED,
            "Portál Šumava, z.s.",
            "52135870",
            None,
            ["2001:db8:77::5"],
            ["2001:db8:77::6"],
            "Vojtěch Šimánek",
            "simanek@portal-sumava.example",
            "+420376582119",
        ),
    },
    {
        "id": "h030-html-inline-prose",
        "style": S,
        "description": "HTML prose only, roles in bold spans, phone as link tel:",
        "from": "Helena Burešová <buresova@teplicky-obzor.example>",
        "subject": "XML – Teplický obzor",
        "html": """<html><body><p>Dobrý den,<br>
naše redakce <b>Teplický obzor s.r.o.</b> (IČO 88664708) má zájem o průběžné výsledky.
<span style="color:#c00"><b>Ostré:</b></span> 198.51.100.171, 198.51.100.172;
<span style="color:#060"><b>testovací:</b></span> 198.51.100.173.</p>
<p>Helena Burešová<br><a href="tel:+420417530288">+420 417 530 288</a><br>
<a href="mailto:buresova@teplicky-obzor.example">buresova@teplicky-obzor.example</a></p></body></html>""",
        "labels": L(
            FEED,
            "Teplický obzor s.r.o.",
            "88664708",
            None,
            ["198.51.100.171", "198.51.100.172"],
            ["198.51.100.173"],
            "Helena Burešová",
            "buresova@teplicky-obzor.example",
            "+420417530288",
        ),
    },
]
