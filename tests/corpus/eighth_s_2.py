"""Eighth held-out part ``s``, cases s015–s028: forwards, reply threads quoting the office's
answers and the applicant's own earlier mail, corrections and follow-ups. Written by hand;
labels by LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.eighth_s_common import FEED, REC, L, Style, ico

ICO_15 = ico("2815563")
ICO_16 = ico("0377140")
ICO_18 = ico("4790211")
ICO_20 = ico("2603394")
ICO_22 = ico("0819057")
ICO_24 = ico("2744018")
ICO_26 = ico("6180402")
ICO_27 = ico("0163529")

OFFICE_REPLY = (
    "Dobrý den,\n\nděkujeme za Vaši žádost. K jejímu vyřízení potřebujeme doplnit IP adresy "
    "(nejvýše 5 adres pro ostrý provoz a nejvýše 5 testovacích). Dotazy směřujte na "
    "tel. +420 274 052 733.\n\nS pozdravem\nOddělení komunikace\nČeský statistický úřad, "
    "IČO 00025593, datová schránka 2gfaasy\nNa padesátém 81, 100 82 Praha 10\n"
)


def quote(text: str) -> str:
    return "".join(f"> {line}\n" if line else ">\n" for line in text.splitlines())


CASES: list[dict[str, Any]] = [
    {
        "id": "s015-reply-to-office-adds-ips",
        "description": "reply to the office's request for addresses; office contacts quoted",
        "style": Style.REPLY,
        "from": "Hana Procházková <prochazkova@jihoceskytyden.example>",
        "subject": "RE: Vaše žádost o přístup k XML – doplnění",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0"), ("In-Reply-To", "<odp-1@czso.cz>")],
        "body": (
            "Dobrý den,\n\nposílám chybějící adresy:\nostrý provoz – 203.0.113.90, "
            "203.0.113.91\ntestovací – 203.0.113.95\n\nS pozdravem\nHana Procházková\n"
            "Jihočeský týden s.r.o., IČO " + ICO_15 + "\nmobil 721 403 882\n\n"
            "-----Original Message-----\nFrom: podatelna@czso.cz\nSent: Tuesday, "
            "November 29, 2022 10:14 AM\nSubject: Vaše žádost o přístup k XML\n\n" + OFFICE_REPLY
        ),
        "labels": L(
            [FEED],
            "Jihočeský týden s.r.o.",
            ICO_15,
            None,
            ["203.0.113.90", "203.0.113.91"],
            ["203.0.113.95"],
            "Hana Procházková",
            "prochazkova@jihoceskytyden.example",
            "+420721403882",
        ),
    },
    {
        "id": "s016-followup-refers-to-quoted",
        "description": "short follow-up 'same as below but test added'; own quoted original",
        "style": Style.FOLLOWUP,
        "from": "Ivo Bartoš <bartos@regiontv.example>",
        "subject": "Re: Žádost XML – Region TV",
        "headers": [("User-Agent", "Mozilla Thunderbird 102.4")],
        "body": (
            "Dobrý den, ještě doplňuji: k adresám níže prosím přidejte jako testovací "
            "198.51.100.240. Jinak vše platí.\nIvo Bartoš\n\n"
            "Dne 28. 11. 2022 v 9:02 Ivo Bartoš napsal(a):\n"
            + quote(
                "Dobrý den,\nžádáme o přístup k XML serveru pro Region TV, a.s. (IČO "
                + ICO_16
                + ").\nProdukční adresy: 198.51.100.120, 198.51.100.121\n"
                "Kontakt: Ivo Bartoš, 604 228 915\n"
            )
        ),
        "labels": L(
            [FEED],
            "Region TV, a.s.",
            ICO_16,
            None,
            ["198.51.100.120", "198.51.100.121"],
            ["198.51.100.240"],
            "Ivo Bartoš",
            "bartos@regiontv.example",
            "+420604228915",
        ),
    },
    {
        "id": "s017-forward-from-editor",
        "description": "secretary forwards the editor's request; the editor is the contact",
        "style": Style.FORWARD,
        "from": "Sekretariát Plzeňský kurýr <sekretariat@plzenskykuryr.example>",
        "subject": "Fwd: přístup k výsledkům voleb",
        "body": (
            "Dobrý den, přeposílám žádost našeho šéfredaktora, prosím o vyřízení.\n"
            "Lenka Vítová, sekretariát\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Tomáš Zelenka <zelenka@plzenskykuryr.example>\n"
            "Date: po 28. 11. 2022 v 16:40\nSubject: přístup k výsledkům voleb\n"
            "To: sekretariat@plzenskykuryr.example\n\n"
            "Leni, pošli to prosím na statistický úřad:\n\n"
            "Plzeňský kurýr, s.r.o. žádá o přístup k XML výsledkům. Server 192.0.2.33 "
            "(ostrý), testy ze 192.0.2.34. Kontaktní osoba Tomáš Zelenka, 777 610 224.\n\n"
            "Díky, T.\n"
        ),
        "labels": L(
            [FEED],
            "Plzeňský kurýr, s.r.o.",
            None,
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Tomáš Zelenka",
            "zelenka@plzenskykuryr.example",
            "+420777610224",
        ),
    },
    {
        "id": "s018-correction-replaces-address",
        "description": "second mail corrects one production address of the quoted first",
        "style": Style.CORRECTION,
        "from": "Roman Tichý <tichy@severnilisty.example>",
        "subject": "OPRAVA: žádost o XML",
        "body": (
            "Dobrý den,\n\nomlouvám se, v původní žádosti (níže) je překlep: místo "
            "203.0.113.17 má být 203.0.113.71. Ostatní údaje platí.\n\nRoman Tichý\n\n"
            "-------- Původní zpráva --------\nOd: Roman Tichý\nPředmět: žádost o XML\n\n"
            "Žádáme o přístup k XML serveru.\nSeverní listy, spol. s r.o., IČO " + ICO_18 + "\n"
            "Produkční IP: 203.0.113.17, 203.0.113.18\nTestovací IP: 203.0.113.19\n"
            "Kontakt: Roman Tichý, tel. 475 220 914\n"
        ),
        "labels": L(
            [FEED],
            "Severní listy, spol. s r.o.",
            ICO_18,
            None,
            ["203.0.113.71", "203.0.113.18"],
            ["203.0.113.19"],
            "Roman Tichý",
            "tichy@severnilisty.example",
            "+420475220914",
        ),
    },
    {
        "id": "s019-reply-office-press-release-quoted",
        "description": "applicant replies to the office's press release mail, quoting it",
        "style": Style.REPLY,
        "from": "Dagmar Svobodová <svobodova@ostravskadnes.example>",
        "subject": "Re: Vyhrazené připojení pro média – volba prezidenta 2023",
        "body": (
            "Dobrý den, na základě tiskové zprávy níže se hlásíme.\n\n"
            "Ostravská dnes, a.s. (IČO " + ICO_20 + ")\n"
            "IP adresy ostrý provoz: 198.18.100.2, 198.18.100.3, 198.18.100.4\n"
            "test: žádné\nkontakt: Dagmar Svobodová, 596 118 470, svobodova@ostravskadnes.example\n\n"
            "Dne 21. 11. 2022 Český statistický úřad napsal:\n"
            + quote(
                "Český statistický úřad nabízí médiím vyhrazené připojení k serveru s "
                "výsledky ve formátu XML. Přístup bude umožněn z nejvýše 5 IP adres a "
                "nejvýše 5 testovacích IP adres, které budou při reálném zpracování "
                "odpojeny. Žádosti zasílejte na podatelna@czso.cz nebo do datové "
                "schránky 2gfaasy. Informace: +420 274 052 733."
            )
        ),
        "labels": L(
            [FEED],
            "Ostravská dnes, a.s.",
            ICO_20,
            None,
            ["198.18.100.2", "198.18.100.3", "198.18.100.4"],
            [],
            "Dagmar Svobodová",
            "svobodova@ostravskadnes.example",
            "+420596118470",
        ),
    },
    {
        "id": "s020-forward-english-inline",
        "description": "English forward from a foreign bureau chief; forwarder is not the contact",
        "style": Style.FORWARD,
        "from": "Anna Novotná <anna.novotna@nordicbroadcast.example>",
        "subject": "Fw: Czech election - filming at the collection point",
        "body": (
            "Dobrý den, posílám dál žádost našeho vedoucího, já jsem jen místní producentka.\n"
            "Anna\n\n________________________________\nFrom: Lars Eriksson "
            "<lars.eriksson@nordicbroadcast.example>\nSent: 30 November 2022 08:12\n"
            "Subject: Czech election - filming at the collection point\n\n"
            "Hello,\nNordic Broadcast AB would like permission to film at one of your "
            "collection points in Prague on Saturday 14 January. We do not need the XML "
            "data feed. Crew: two people, myself included. Please contact me directly "
            "on +46 70 123 45 67.\n\nBest,\nLars Eriksson\nBureau Chief, Central Europe\n"
        ),
        "labels": L(
            [REC],
            "Nordic Broadcast AB",
            None,
            None,
            [],
            [],
            "Lars Eriksson",
            "lars.eriksson@nordicbroadcast.example",
            "+46701234567",
        ),
    },
    {
        "id": "s021-thread-three-levels",
        "description": "thread: office asks, applicant answered, now adds phone; addresses deep",
        "style": Style.REPLY,
        "from": "Pavel Horák <horak@zlinskenoviny.example>",
        "subject": "Re: RE: Re: XML přístup Zlínské noviny",
        "body": (
            "Telefon jsem zapomněl: 608 330 741. Pavel Horák\n\n"
            "On 1. 12. 2022 10:20, podatelna@czso.cz wrote:\n"
            "> Dobrý den, prosíme ještě o telefonní kontakt.\n"
            "> ČSÚ, tel. +420 274 052 733\n"
            ">\n"
            "> On 30. 11. 2022 15:03, Pavel Horák wrote:\n"
            ">> Dobrý den, Zlínské noviny s.r.o., IČO " + ICO_22 + ", žádáme o přístup.\n"
            ">> Produkce 192.0.2.150, test 192.0.2.151.\n"
            ">> Pavel Horák, technik\n"
        ),
        "labels": L(
            [FEED],
            "Zlínské noviny s.r.o.",
            ICO_22,
            None,
            ["192.0.2.150"],
            ["192.0.2.151"],
            "Pavel Horák",
            "horak@zlinskenoviny.example",
            "+420608330741",
        ),
    },
    {
        "id": "s022-withdrawal-of-request",
        "description": "reply withdrawing the feed part of an earlier request; filming stays",
        "style": Style.FOLLOWUP,
        "from": "Klára Němcová <nemcova@kladenskytv.example>",
        "subject": "Re: Žádost – XML a natáčení",
        "body": (
            "Dobrý den,\n\npo poradě s vedením stahujeme žádost o přístup k XML serveru – "
            "výsledky budeme přebírat z webu. Žádost o natáčení na přebíracím místě "
            "v Kladně trvá.\n\nKlára Němcová\n\n"
            "> Kladenská televize, z.ú., IČO " + ICO_24 + "\n"
            "> žádáme o přístup k XML (IP 198.51.100.170) a o povolení natáčet na "
            "přebíracím místě Kladno.\n"
            "> Kontakt Klára Němcová, 312 245 890\n"
        ),
        "labels": L(
            [REC],
            "Kladenská televize, z.ú.",
            ICO_24,
            None,
            [],
            [],
            "Klára Němcová",
            "nemcova@kladenskytv.example",
            "+420312245890",
        ),
    },
    {
        "id": "s023-html-reply-office-quoted-blockquote",
        "description": "HTML-only reply; the office's text quoted in a blockquote with its phone",
        "style": Style.HTML_TABLE,
        "from": "Stanislav Kubíček <kubicek@hanackyhlas.example>",
        "subject": "Re: doplnění žádosti",
        "html": (
            "<div>Dobrý den,<br>doplňuji dle Vašeho požadavku:</div>"
            "<table><tr><td>Produkční</td><td>203.0.113.160<br>203.0.113.161</td></tr>"
            "<tr><td>Testovací</td><td>203.0.113.169</td></tr></table>"
            "<div>Hanácký hlas, s.r.o. – Stanislav Kubíček, 585 203 117</div>"
            "<blockquote>Dobrý den, chybí Vám v žádosti IP adresy. Kontakt ČSÚ: "
            "+420 274 052 733, IČO 00025593.</blockquote>"
        ),
        "labels": L(
            [FEED],
            "Hanácký hlas, s.r.o.",
            None,
            None,
            ["203.0.113.160", "203.0.113.161"],
            ["203.0.113.169"],
            "Stanislav Kubíček",
            "kubicek@hanackyhlas.example",
            "+420585203117",
        ),
    },
    {
        "id": "s024-slovak-correction-contact",
        "description": "Slovak mail; contact person changed in a later paragraph",
        "style": Style.CORRECTION,
        "from": "Martin Kováč <kovac@tvbratislava.example>",
        "subject": "Žiadosť o prístup k XML výsledkom",
        "body": (
            "Dobrý deň,\n\nTV Bratislava, a. s. žiada o prístup k XML serveru.\n"
            "Produkčná IP: 198.51.100.12\nKontaktná osoba: Martin Kováč, +421 902 118 330\n\n"
            "Oprava: od decembra budem na dovolenke, kontaktnou osobou bude namiesto mňa "
            "kolegyňa Petra Baláž, +421 911 540 276, petra.balaz@tvbratislava.example.\n\n"
            "Ďakujem\nMartin Kováč\n"
        ),
        "labels": L(
            [FEED],
            "TV Bratislava, a. s.",
            None,
            None,
            ["198.51.100.12"],
            [],
            "Petra Baláž",
            "petra.balaz@tvbratislava.example",
            "+421911540276",
        ),
    },
    {
        "id": "s025-forward-of-own-older-mail",
        "description": "applicant forwards his own earlier mail again after no answer",
        "style": Style.FORWARD,
        "from": "Vojtěch Malý <maly@pisecky.example>",
        "subject": "Fwd: Registrace – průběžné výsledky XML",
        "body": (
            "Dobrý den, neobdržel jsem potvrzení, posílám tedy znovu.\nV. Malý\n\n"
            "---------- Přeposlaná zpráva ----------\nOd: Vojtěch Malý <maly@pisecky.example>\n"
            "Datum: 24. 11. 2022\nPředmět: Registrace – průběžné výsledky XML\n\n"
            "Dobrý den,\nPísecký zpravodaj (vydavatel: město Písek, IČO " + ICO_26 + ") "
            "žádá o registraci. IP 192.0.2.90, záložní 192.0.2.91. Testovací 192.0.2.92.\n"
            "Vojtěch Malý, redaktor, 382 330 145\n"
        ),
        "labels": L(
            [FEED],
            "město Písek",
            ICO_26,
            None,
            ["192.0.2.90", "192.0.2.91"],
            ["192.0.2.92"],
            "Vojtěch Malý",
            "maly@pisecky.example",
            "+420382330145",
        ),
    },
    {
        "id": "s026-reply-english-office-asked",
        "description": "English reply to office question; quoted original by the applicant",
        "style": Style.REPLY,
        "from": "Sophie Laurent <s.laurent@eurodata-news.example>",
        "subject": "Re: Your application – missing test addresses",
        "body": (
            "Hi,\n\nyes, the two addresses in my first message are both production. For "
            "testing please use 2001:db8:7:1::20.\n\nSophie\n\n"
            "On Mon, Nov 28, 2022, ČSÚ <podatelna@czso.cz> wrote:\n"
            "> Please confirm whether both addresses are production.\n"
            ">\n> On Fri, Nov 25, 2022, Sophie Laurent wrote:\n"
            ">> EuroData News SAS (Paris) requests access to the XML results server from "
            "203.0.113.14 and 203.0.113.15.\n"
            ">> Contact: Sophie Laurent, +33 6 12 34 56 78\n"
        ),
        "labels": L(
            [FEED],
            "EuroData News SAS",
            None,
            None,
            ["203.0.113.14", "203.0.113.15"],
            ["2001:db8:7:1::20"],
            "Sophie Laurent",
            "s.laurent@eurodata-news.example",
            "+33612345678",
        ),
    },
    {
        "id": "s027-outlook-both-signature-switchboard",
        "description": "signature has switchboard and direct line; direct line is the phone",
        "style": Style.SIGNATURE,
        "from": "Jitka Pokorná <pokorna@vychodoceske.example>",
        "subject": "Žádost o XML a o natáčení",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Dobrý den,\n\nVýchodočeská mediální, a.s. žádá o přístup k XML s výsledky "
            "(ostrá IP 198.51.100.99, testovací 198.51.100.98) a zároveň o povolení "
            "natáčet na přebíracím místě v Hradci Králové.\n\nS pozdravem\n\n"
            "Jitka Pokorná\nprodukce\nVýchodočeská mediální, a.s. | IČO: " + ICO_27 + "\n"
            "ústředna: 495 800 111 | přímá linka: 495 800 236\n"
        ),
        "labels": L(
            [FEED, REC],
            "Východočeská mediální, a.s.",
            ICO_27,
            None,
            ["198.51.100.99"],
            ["198.51.100.98"],
            "Jitka Pokorná",
            "pokorna@vychodoceske.example",
            "+420495800236",
        ),
    },
    {
        "id": "s028-followup-more-addresses",
        "description": "follow-up adds two production addresses to the one in the quoted mail",
        "style": Style.FOLLOWUP,
        "from": "David Hruška <hruska@infoliberec.example>",
        "subject": "Re: přístup XML",
        "body": (
            "Ještě jsme přidali dva servery, takže produkčně celkem tři: ten původní a "
            "nově 203.0.113.222 a 203.0.113.223. D.H.\n\n"
            "Dne 29.11.2022 David Hruška napsal:\n"
            "> Dobrý den, InfoLiberec z.s. žádá o přístup k XML, IP 203.0.113.220.\n"
            "> David Hruška, 731 600 418\n"
        ),
        "labels": L(
            [FEED],
            "InfoLiberec z.s.",
            None,
            None,
            ["203.0.113.220", "203.0.113.222", "203.0.113.223"],
            [],
            "David Hruška",
            "hruska@infoliberec.example",
            "+420731600418",
        ),
    },
]
