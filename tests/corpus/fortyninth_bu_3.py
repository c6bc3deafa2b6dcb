"""Forty-ninth held-out part ``bu``, cases bu029–bu042: a data message with an RTF table, a
base64 student note asking only to film, a shared redakce@ mailbox signed by three people, a
reply above a colleague's quoted out-of-office, a Hungarian writing English, an HTML-only
Zimbra table with a merged cell, a top-posted correction over the quoted original, a data
message with an IPv6 DOCX, a freelancer without an IČO, an HTML-only mail quoting the office's
contact list, a PDF letterhead with switchboard and fax, a flowed delsp mail with a written
range, an inline forward chain and an Outlook for Android mail with a corrected test address.
Written by hand apart from the extraction rules (see make_fortyninth_bu); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyninth_bu_common import (
    ANDROID_GMAIL,
    FEED,
    FILM,
    GMAIL,
    HORDE,
    K9,
    MAILSPRING,
    OUTLOOK_ANDROID,
    OWA,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I32 = ico("2639107"), ico("2268451"), ico("2817946"), ico("0438057")
I34, I35, I36, I38 = ico("2592740"), ico("0461283"), ico("2705831"), ico("2916485")
I39, I40, I41, I42 = ico("0529374"), ico("2830619"), ico("2754902"), ico("0496138")

CASES: list[dict[str, Any]] = [
    {
        "id": "bu029-databox-rtf-table",
        "description": "data message whose annotation only says 'viz příloha'; the RTF has a "
        "role column table and a contact line below the signatory",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Prostějovský posel, spol. s r.o.",
            I29,
            "pp2r9ks",
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.149"],
            "Michaela Vránová",
            "vranova@prostejovskyposel.example",
            "+420604881327",
        ),
        "databox": box(
            "pp2r9ks", "Prostějovský posel, spol. s r.o.", "Palackého 9, 796 01 Prostějov"
        ),
        "subject": "viz příloha",
        "attachments": [
            (
                "rtf",
                "zadost_volby.rtf",
                [
                    "Prostějovský posel, spol. s r.o., IČO " + I29,
                    "Věc: přístup k výsledkům voleb (dedikovaný server)",
                    [
                        ["role", "IP adresa"],
                        ["produkce", "203.0.113.140"],
                        ["produkce", "203.0.113.141"],
                        ["test", "203.0.113.149"],
                    ],
                    "Bc. Ladislav Koudelka, jednatel",
                    "Kontaktní osoba: Michaela Vránová, vranova@prostejovskyposel.example, "
                    "tel. 604 881 327",
                ],
            )
        ],
    },
    {
        "id": "bu030-base64-student-filming",
        "description": "base64 body from Android Gmail; a student club asks only to film and "
        "says it does not need data; two students named, the second one is the contact",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Studentský spolek Kampus TV, z.s.",
            I30,
            None,
            [],
            [],
            "Adéla Krejčí",
            "adela.krejci@kampustv.example",
            "+420777541209",
        ),
        "from": "Ondra Fiala <ondrej.fiala@kampustv.example>",
        "subject": "natáčení ve volební noci - Kampus TV",
        "headers": ANDROID_GMAIL,
        "cte": "base64",
        "body": "Ahoj / dobrý den,\n\njsme studentská televize (Studentský spolek Kampus TV, "
        "z.s., IČO " + I30 + ") a rádi bychom natočili krátkou reportáž z vašeho pracoviště "
        "v Olomouci, jak se sčítají hlasy. Data ze serveru nepotřebujeme 🙂\n\nVšechno "
        "organizuje Adéla Krejčí (adela.krejci@kampustv.example, 777 541 209), já jen "
        "píšu mail.\n\nDíky moc!\nOndra Fiala\n",
    },
    {
        "id": "bu031-shared-redakce-three-signers",
        "description": "multipart/alternative Zimbra mail from a shared redakce@ mailbox signed "
        "by three people with roles; the technical contact is the third with his own e-mail",
        "style": Style.SHARED,
        "labels": L(
            [FEED],
            "Šumavské zprávy s.r.o.",
            I31,
            None,
            ["198.51.100.51", "198.51.100.52"],
            ["198.51.100.59"],
            "Libor Kratochvíl",
            "libor@sumavskezpravy.example",
            "+420777602318",
        ),
        "from": "Redakce Šumavské zprávy <redakce@sumavskezpravy.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\nŠumavské zprávy s.r.o. (IČO " + I31 + ") žádají o přístup "
        "k výsledkům voleb.\nProdukce: 198.51.100.51, 198.51.100.52\nTest: 198.51.100.59\n\n"
        "Za redakci:\nAlena Vítková, šéfredaktorka, 603 220 118\nPavel Dušek, zástupce\n"
        "Libor Kratochvíl, technika – kontakt pro tuto žádost, libor@sumavskezpravy.example, "
        "777 602 318\n",
        "html": "<p>Dobrý den,</p><p>Šumavské zprávy s.r.o. (IČO " + I31 + ") žádají o "
        "přístup k výsledkům voleb.<br>Produkce: 198.51.100.51, 198.51.100.52<br>Test: "
        "198.51.100.59</p><p>Za redakci:<br>Alena Vítková, šéfredaktorka, 603 220 118<br>"
        "Pavel Dušek, zástupce<br>Libor Kratochvíl, technika – <b>kontakt pro tuto žádost</b>, "
        "libor@sumavskezpravy.example, 777 602 318</p>",
    },
    {
        "id": "bu032-reply-above-colleague-out-of-office",
        "description": "the office's question got the colleague's out-of-office; the deputy "
        "answers above both, takes over as contact and adds the filming request",
        "style": Style.REPLY,
        "labels": L(
            [FEED, FILM],
            "Rokycanský deník, s.r.o.",
            I32,
            None,
            ["192.0.2.170", "192.0.2.171"],
            ["192.0.2.179"],
            "Ivana Nová",
            "nova@rokycanskydenik.example",
            "+420606413872",
        ),
        "from": "Ivana Nová <nova@rokycanskydenik.example>",
        "subject": "Re: Automatická odpověď: Doplnění žádosti – Rokycanský deník",
        "headers": OWA,
        "body": "Dobrý den,\n\nkolega Milan Beneš je do 14. 9. pryč, proto odpovídám já a "
        "kontaktní osobou pro Rokycanský deník, s.r.o. (IČO " + I32 + ") budu od teď já, "
        "Ivana Nová, 606 413 872. Adresy platí, jak je máte: produkce 192.0.2.170 a "
        "192.0.2.171, test 192.0.2.179. A ještě prosíme i o povolení natáčet na "
        "pracovišti v Plzni.\n\nIvana Nová\nzástupkyně šéfredaktora\n\n"
        "________________________________\nOd: Milan Beneš\nOdesláno: pondělí 8. září "
        "2025 9:02\nPředmět: Automatická odpověď: Doplnění žádosti\n\nJsem mimo kancelář "
        "do 14. 9. V naléhavých případech kontaktujte Ivanu Novou, "
        "nova@rokycanskydenik.example.\n\n________________________________\nOd: "
        "podatelna@czso.cz\nPředmět: Doplnění žádosti\n\nDobrý den, potvrďte prosím adresy "
        "192.0.2.170, 192.0.2.171 (produkce) a 192.0.2.179 (test).\n",
    },
    {
        "id": "bu033-hungarian-writing-english",
        "description": "a Hungarian outlet writing English, no IČO; the writer gives her name "
        "surname first throughout; production only, no test system",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Pannon Hírek Kft.",
            None,
            None,
            ["198.18.140.7", "198.18.140.8"],
            [],
            "Tóth Boglárka",
            "toth.boglarka@pannonhirek.example",
            "+36304418275",
        ),
        "from": "Tóth Boglárka <toth.boglarka@pannonhirek.example>",
        "subject": "Request for access - Czech election results",
        "headers": TBIRD,
        "body": "Dear colleagues,\n\nPannon Hírek Kft. from Győr kindly requests access to "
        "your election results server. We would download the results from 198.18.140.7 "
        "and 198.18.140.8. We do not have a separate test system.\n\nContact: Tóth "
        "Boglárka, +36 30 441 8275\n\nBest regards,\nTóth Boglárka\nonline editor\n",
    },
    {
        "id": "bu034-html-only-zimbra-merged-cell",
        "description": "HTML-only Zimbra mail: one merged 'Adresy' cell spans four rows, the "
        "role in a second column, one row marked as old and crossed out",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Liberecký magazín s.r.o.",
            I34,
            None,
            ["203.0.113.71", "203.0.113.72"],
            ["203.0.113.79"],
            "Hynek Bartoš",
            "bartos@libmagazin.example",
            "+420722318054",
        ),
        "from": "Hynek Bartoš <bartos@libmagazin.example>",
        "subject": "Žádost o přístup – Liberecký magazín",
        "headers": ZIMBRA,
        "html": '<html><body><div style="font-family:arial"><p>Dobrý den,</p><p>posílám '
        "žádost o přístup k XML výsledkům za Liberecký magazín s.r.o., IČO " + I34 + ".</p>"
        '<table border="1"><tr><th>Položka</th><th>Role</th><th>Hodnota</th></tr>'
        '<tr><td rowspan="4">Adresy</td><td>produkce</td><td>203.0.113.71</td></tr>'
        "<tr><td>produkce</td><td>203.0.113.72</td></tr>"
        "<tr><td>produkce (stará, ruší se)</td><td><s>203.0.113.70</s></td></tr>"
        "<tr><td>test</td><td>203.0.113.79</td></tr>"
        '<tr><td>Kontakt</td><td colspan="2">Hynek Bartoš, 722 318 054</td></tr></table>'
        "<p>Díky,<br>Hynek Bartoš</p></div></body></html>",
    },
    {
        "id": "bu035-top-posted-correction-over-original",
        "description": "a top-posted OWA reply to their own earlier mail: one production "
        "address in the quoted original is replaced, the rest stands",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED, FILM],
            "Plzeňský obzor a.s.",
            I35,
            None,
            ["198.51.100.160", "198.51.100.168"],
            ["198.51.100.162"],
            "Tereza Holubová",
            "holubova@plzenskyobzor.example",
            "+420731906284",
        ),
        "from": "Tereza Holubová <holubova@plzenskyobzor.example>",
        "subject": "RE: Žádost – výsledky voleb a natáčení",
        "headers": OWA,
        "body": "Dobrý den, ještě oprava k mailu níže: druhá produkční adresa není "
        "198.51.100.161, ale 198.51.100.168. Ostatní platí.\n\nT. Holubová\n\n"
        "-----Original Message-----\nFrom: Tereza Holubová\nSent: Tuesday, September 9, "
        "2025 8:40 AM\nTo: podatelna@czso.cz\nSubject: Žádost – výsledky voleb a natáčení\n\n"
        "Dobrý den,\nPlzeňský obzor a.s. (IČO " + I35 + ") žádá o přístup k výsledkům a o "
        "povolení natáčet v Plzni.\nProdukce: 198.51.100.160, 198.51.100.161\nTest: "
        "198.51.100.162\nKontakt: Tereza Holubová, 731 906 284\n",
    },
    {
        "id": "bu036-databox-docx-ipv6",
        "description": "data message with the request in the annotation and the addresses in a "
        "DOCX: IPv6 production written uncompressed, an IPv4 test",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Moravskoslezský rozhlas, s.r.o.",
            I36,
            "mr5t8cz",
            ["2001:db8:3c::50", "2001:db8:3c::51"],
            ["198.18.61.9"],
            "Stanislav Pavlík",
            "pavlik@msrozhlas.example",
            "+420732610485",
        ),
        "databox": box(
            "mr5t8cz", "Moravskoslezský rozhlas, s.r.o.", "Nádražní 118, 702 00 Ostrava"
        ),
        "subject": "Žádost o přístup k XML s výsledky voleb – údaje v příloze",
        "attachments": [
            (
                "docx",
                "adresy.docx",
                {
                    "blocks": [
                        "Moravskoslezský rozhlas, s.r.o., IČO " + I36 + ", ID DS mr5t8cz",
                        {
                            "rows": [
                                [
                                    "Produkční",
                                    "2001:0db8:003c:0000:0000:0000:0000:0050\n"
                                    "2001:0db8:003c:0000:0000:0000:0000:0051",
                                ],
                                ["Testovací", "198.18.61.9"],
                            ]
                        },
                        "Kontakt: Stanislav Pavlík, pavlik@msrozhlas.example, 732 610 485",
                    ]
                },
            )
        ],
    },
    {
        "id": "bu037-freelancer-no-ico-uk-phone",
        "description": "a Czech blogger living in London, no company and no IČO, chatty; "
        "production only, a UK mobile",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Klára Dvořáková",
            None,
            None,
            ["192.0.2.222"],
            [],
            "Klára Dvořáková",
            "klara@dvorakova-blog.example",
            "+447700900418",
        ),
        "from": "Klára Dvořáková <klara@dvorakova-blog.example>",
        "subject": "přístup k výsledkům – blog",
        "headers": MAILSPRING,
        "body": "Dobrý den,\n\npíšu blog o české politice pro krajany v Británii a chtěla "
        "bych výsledky brát rovnou z vašeho serveru. Firmu nemám, jsem prostě já, Klára "
        "Dvořáková :) Můj server (VPS) má adresu 192.0.2.222, nic testovacího nemám.\n\n"
        "Telefon britský: +44 7700 900418\n\nDíky moc a hezký den\nKlára\n",
    },
    {
        "id": "bu038-html-only-quoting-office-contacts",
        "description": "HTML-only Horde mail that pastes the office's media contacts (phone, "
        "e-mail, IČO, data box) in a blockquote before the applicant's own data",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Kladenský expres s.r.o.",
            I38,
            None,
            ["198.51.100.240"],
            ["198.51.100.241"],
            "Jan Procházka",
            "prochazka@kladenskyexpres.example",
            "+420725119084",
        ),
        "from": "Jan Procházka <prochazka@kladenskyexpres.example>",
        "subject": "dotaz + žádost: výsledky voleb",
        "headers": HORDE,
        "html": "<html><body><p>Dobrý den,</p><p>na vašem webu jsem našel tyto kontakty:</p>"
        "<blockquote>Český statistický úřad, Na padesátém 81, Praha 10<br>IČO: 00025593, "
        "ID datové schránky: 2gfaasy<br>Informační služby: +420 274 052 733, "
        "infoservis@czso.cz</blockquote><p>tak doufám, že píšu správně. Za Kladenský expres "
        "s.r.o. (IČO " + I38 + ") žádám o přístup k XML výsledkům:</p><p>produkční IP "
        "198.51.100.240<br>testovací IP 198.51.100.241</p><p>kontakt: Jan Procházka, "
        "+420 725 119 084</p><p>S pozdravem<br>Jan Procházka</p></body></html>",
    },
    {
        "id": "bu039-pdf-letterhead-switchboard-fax",
        "description": "short Thunderbird cover; the PDF letterhead has a switchboard and a fax, "
        "the body of the letter gives the contact's direct line",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "Hanácký večerník a.s.",
            I39,
            None,
            ["203.0.113.91", "203.0.113.92"],
            ["203.0.113.93"],
            "Jiřina Vlčková",
            "vlckova@hanackyvecernik.example",
            "+420585207314",
        ),
        "from": "Jiřina Vlčková <vlckova@hanackyvecernik.example>",
        "subject": "Žádost médií – volby 2025",
        "headers": TBIRD,
        "body": "Dobrý den,\nv příloze zasílám naši žádost.\nS pozdravem\nJiřina Vlčková\n",
        "attachments": [
            (
                "pdf",
                "zadost_HV.pdf",
                [
                    "Hanácký večerník a.s. | Horní náměstí 12, 779 00 Olomouc | IČO "
                    + I39
                    + "\nústředna 585 207 000 | fax 585 207 099",
                    "Žádáme o přístup k průběžným výsledkům voleb (XML) a o povolení natáčet "
                    "na pracovišti ČSÚ v Olomouci.",
                    {
                        "rows": [
                            ["produkční IP", "203.0.113.91, 203.0.113.92"],
                            ["testovací IP", "203.0.113.93"],
                        ],
                        "widths": [120, 200],
                    },
                    "Kontaktní osoba: Jiřina Vlčková, vlckova@hanackyvecernik.example, "
                    "přímá linka 585 207 314",
                    "Mgr. Pavel Zedník\npředseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "bu040-flowed-delsp-written-range",
        "description": "format=flowed with delsp from K-9: the production range '.200 až .202' "
        "is split over a soft line break; three addresses, test on its own line",
        "style": Style.FLOWED,
        "labels": L(
            [FEED],
            "Teplický zpravodaj s.r.o.",
            I40,
            None,
            ["198.51.100.200", "198.51.100.201", "198.51.100.202"],
            ["198.51.100.209"],
            "Vojtěch Hájek",
            "hajek@teplickyzpravodaj.example",
            "+420608337126",
        ),
        "from": "Vojtěch Hájek <hajek@teplickyzpravodaj.example>",
        "subject": "volby – přístup",
        "headers": K9,
        "flowed": True,
        "delsp": True,
        "body": "Dobrý den,\n\nTeplický zpravodaj s.r.o. (IČO " + I40 + ") žádá o přístup "
        "k výsledkům. Produkční servery mají adresy 198.51.100.200 až  \n198.51.100.202 "
        "(tři stroje za sebou), testovací je  \n198.51.100.209.\n\nKontakt: Vojtěch Hájek, "
        "608 337 126\n\n-- \nOdesláno z K-9 Mail\n",
    },
    {
        "id": "bu041-inline-forward-chain-it-editor",
        "description": "two inline forwards: IT sent the addresses to the editor, the editor "
        "forwards to the office naming a third colleague as the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Příbramský týdeník s.r.o.",
            I41,
            None,
            ["192.0.2.240", "192.0.2.241"],
            ["192.0.2.250"],
            "Šárka Mrázková",
            "mrazkova@pribramskytydenik.example",
            "+420739006512",
        ),
        "from": "Pavla Černá <cerna@pribramskytydenik.example>",
        "subject": "Fwd: Fwd: IP adresy volby",
        "headers": GMAIL,
        "body": "Dobrý den,\n\nposílám níže adresy od našeho IT. Žádáme o přístup k "
        "výsledkům za Příbramský týdeník s.r.o., IČO " + I41 + ". Kontaktní osoba za nás: "
        "Šárka Mrázková, mrazkova@pribramskytydenik.example, 739 006 512.\n\nPavla Černá\n"
        "šéfredaktorka\n\n---------- Forwarded message ---------\nOd: Michal Toman "
        "<toman@pribramskytydenik.example>\nDate: čt 4. 9. 2025 v 16:20\nSubject: Fwd: IP "
        "adresy volby\nTo: Pavla Černá <cerna@pribramskytydenik.example>\n\nPavlo, tady to "
        "je, potvrzené od poskytovatele.\n\n---------- Forwarded message ---------\n"
        "Od: NOC Poskytovatel <noc@hostingpraha.example>\nSubject: IP adresy volby\n\n"
        "Přiděleno: 192.0.2.240, 192.0.2.241 (produkce), 192.0.2.250 (test).\n"
        "NOC, tel. 222 000 111\n",
    },
    {
        "id": "bu042-outlook-android-corrected-test-ipv6",
        "description": "Outlook for Android, text and HTML; the IPv6 test address is corrected "
        "in the next sentence ('vlastně ::12'); both requests; a personal and a desk number",
        "style": Style.PHONE,
        "labels": L(
            [FEED, FILM],
            "Jesenický kurýr s.r.o.",
            I42,
            None,
            ["198.18.200.4"],
            ["2001:db8:c0::12"],
            "Miroslav Kubát",
            "kubat@jesenickykuryr.example",
            "+420736550912",
        ),
        "from": "Miroslav Kubát <kubat@jesenickykuryr.example>",
        "subject": "Žádost volby – JK",
        "headers": OUTLOOK_ANDROID,
        "body": "Dobrý den, za Jesenický kurýr s.r.o. (IČO " + I42 + ") prosím o přístup "
        "k XML a o povolení fotit na pracovišti v Olomouci. Produkce 198.18.200.4, test "
        "2001:db8:c0::2 – vlastně ::12, pardon, 2001:db8:c0::12. Kontakt já, mobil "
        "736 550 912 (redakce 584 411 200 je jen dopoledne).\nM. Kubát\n\n"
        "Get Outlook for Android\n",
        "html": "<div>Dobrý den, za Jesenický kurýr s.r.o. (IČO " + I42 + ") prosím o "
        "přístup k XML a o povolení fotit na pracovišti v Olomouci. Produkce 198.18.200.4, "
        "test 2001:db8:c0::2 – vlastně ::12, pardon, 2001:db8:c0::12. Kontakt já, mobil "
        "736 550 912 (redakce 584 411 200 je jen dopoledne).</div><div>M. Kubát</div>"
        '<div><br></div><div>Get <a href="https://aka.ms/AAb9ysg">Outlook for Android</a>'
        "</div>",
    },
]
