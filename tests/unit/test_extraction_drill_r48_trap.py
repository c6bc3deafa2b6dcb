"""A blind trap drill, forty-eighth round (issue 18): forty whole applications (cs, sk, en, de,
pl, hu, fr, it, es, nl, sv), each with one trap beside the real values that earlier trap drills
did not cover: a hand-over to a colleague in copy and a colleague merely copied; a test address
withdrawn in words; a sheet's header row above the values; a label word without colon before
the name ("Klient …"); autocorrect-mangled labels ("Ivo", "Telegon"); a struck-out request; two
signers; a letterhead or footer naming the board; a form's phone on the line below its label; a
shared mailbox signed by a team; an out-of-office auto-reply quoted in the thread; a ticket
system's acknowledgement quoting its ticket number and the submitter's address; a router's,
cloud console's or ipconfig status pasted (WAN, gateway, DNS, private address, mask); an SPF
record; pasted mail headers; a software version that looks like an address; a fax before the
mobile; a bank account, a variable symbol and a conference dial-in near the phone; a colleague's
vCard attached; a technical contact written before the application's contact; a NOC line before
the contact's phone; a non-native writer's Czech. Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it; each is scored field by field as the
corpus runner scores a case.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, label, misses
from tests.unit.extraction_helpers import attachment, body, data_message, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _m(text: str, sender: str, name: str, subject: str = "Žádost") -> ParsedMessage:
    return mail(body(text), subject=subject, sender=sender, sender_name=name)


# 1. Czech: a colleague's out-of-office reply quoted below the applicant's own message
CASES["cz_ooo_autoreply_quoted"] = (
    _m(
        "Dobrý den,\n\nposílám znovu, kolega je mimo kancelář. Žádáme o přístup k XML výstupu"
        " výsledků voleb ze serveru 198.51.100.31.\n\nS pozdravem\nMartina Kubíčková\n"
        "Zpravodaj Haná s.r.o., IČO 62924338\ntel. 731 204 566\n\n"
        "-----Původní zpráva-----\nOd: Ondřej Vlk <vlk@zpravodajhana.example>\n"
        "Předmět: Automatická odpověď: Žádost o XML\n\nDobrý den, do 18. 10. jsem mimo"
        " kancelář. V naléhavých případech volejte kolegu Jiřího Tichého, 608 330 912.\n"
        "Ondřej Vlk\n",
        "kubickova@zpravodajhana.example",
        "Martina Kubíčková",
    ),
    label(
        FEED,
        ("Zpravodaj Haná s.r.o.", "62924338", None),
        ["198.51.100.31"],
        [],
        ("Martina Kubíčková", "kubickova@zpravodajhana.example", "+420731204566"),
    ),
)

# 2. Czech: the office helpdesk's acknowledgement quoted, with a ticket number and the
# address the web form was sent from
CASES["cz_ticket_ack_quoted"] = (
    _m(
        "Dobrý den,\n\ndoplňuji k požadavku níže: produkční IP našeho serveru je 203.0.113.52,"
        " testovací 203.0.113.53.\n\nDěkuji\nRadek Šťastný\nRádio Podluží s.r.o., IČO 32127715\n"
        "mob. 776 410 228\n\n> Váš požadavek č. HD-2026-48213 byl přijat.\n"
        "> Odesláno z IP adresy: 192.0.2.77\n> Stav: nový\n> Helpdesk ČSÚ\n",
        "stastny@radiopoduzi.example",
        "Radek Šťastný",
        subject="Re: [HD-2026-48213] Žádost o přístup k XML",
    ),
    label(
        FEED,
        ("Rádio Podluží s.r.o.", "32127715", None),
        ["203.0.113.52"],
        ["203.0.113.53"],
        ("Radek Šťastný", "stastny@radiopoduzi.example", "+420776410228"),
    ),
)

# 3. Czech: a router's status page pasted (WAN, gateway, DNS, LAN, mask)
CASES["cz_router_status_pasted"] = (
    _m(
        "Dobrý den,\n\nprosíme o přístup k XML s výsledky voleb. Naše veřejná adresa je ta"
        " WAN níže (výpis z routeru):\n\nStav připojení: Připojeno\nWAN IP adresa:"
        " 198.51.100.44\nVýchozí brána: 198.51.100.1\nDNS server: 8.8.8.8\nLAN IP:"
        " 192.168.1.1\nMaska podsítě: 255.255.255.0\n\nS pozdravem\nTomáš Vacek\n"
        "Krkonošský deník s.r.o., IČO 99722640\ntel. 604 882 113\n",
        "vacek@krkonosskydenik.example",
        "Tomáš Vacek",
    ),
    label(
        FEED,
        ("Krkonošský deník s.r.o.", "99722640", None),
        ["198.51.100.44"],
        [],
        ("Tomáš Vacek", "vacek@krkonosskydenik.example", "+420604882113"),
    ),
)

# 4. English: a cloud console's instance details pasted (public and private address)
CASES["en_cloud_console_pasted"] = (
    _m(
        "Hello,\n\nWe would like access to the election results XML feed for our newsroom.\n"
        "Please allow the public address of this instance:\n\nInstance ID: i-0a4f9c2e71b3\n"
        "Public IPv4 address: 203.0.113.120\nPrivate IPv4 addresses: 172.31.5.10\n"
        "Instance state: Running\n\nKind regards,\nDaniel Ross\nNorthgate Media Ltd\n"
        "+44 7700 900318\n",
        "d.ross@northgate.example",
        "Daniel Ross",
        subject="XML feed access request",
    ),
    label(
        FEED,
        ("Northgate Media Ltd", None, None),
        ["203.0.113.120"],
        [],
        ("Daniel Ross", "d.ross@northgate.example", "+447700900318"),
    ),
)

# 5. Czech written by a non-native speaker
CASES["cz_non_native_writer"] = (
    _m(
        "Dobry den,\n\nja jmenuji se Olena Kovalenko a pracuju pro firma Východní zprávy"
        " s.r.o. (IČO 60709146). Chtěla bych prosim přistup na XML vysledky voleb. IP adresa"
        " naš server je 198.51.100.61. Telefon muj je 773 615 204.\n\nDěkuju moc\nOlena"
        " Kovalenko\n",
        "kovalenko@vychodnizpravy.example",
        "Olena Kovalenko",
    ),
    label(
        FEED,
        ("Východní zprávy s.r.o.", "60709146", None),
        ["198.51.100.61"],
        [],
        ("Olena Kovalenko", "kovalenko@vychodnizpravy.example", "+420773615204"),
    ),
)

# 6. Slovak: a team's shared mailbox signed by the team, no person named
CASES["sk_team_mailbox_signed_by_team"] = (
    _m(
        "Dobrý deň,\n\nžiadame o prístup k XML výstupu výsledkov volieb pre náš portál.\n"
        "IP adresa servera: 203.0.113.64\n\nS pozdravom\nDátový tím\nNoviny Záhorie s.r.o.,"
        " IČO 94777381\ntel. +421 34 651 2200\n",
        "data@novinyzahorie.example",
        "Noviny Záhorie – dátový tím",
    ),
    label(
        FEED,
        ("Noviny Záhorie s.r.o.", "94777381", None),
        ["203.0.113.64"],
        [],
        (None, "data@novinyzahorie.example", "+421346512200"),
    ),
)

# 7. Czech: the case is handed over to a colleague in copy
CASES["cz_handover_to_cc_colleague"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výstupu výsledků voleb.\nIP: 198.51.100.71\n\n"
        "Od příštího týdne jsem na dovolené, vyřízení proto přebírá kolegyně v kopii, Mgr. Jana"
        " Veselá (vesela@tydenikbrod.example, 604 118 275).\n\nS pozdravem\nPavel Horák\n"
        "Týdeník Brodsko s.r.o., IČO 42332770\ntel. 731 992 004\n",
        "horak@tydenikbrod.example",
        "Pavel Horák",
    ),
    label(
        FEED,
        ("Týdeník Brodsko s.r.o.", "42332770", None),
        ["198.51.100.71"],
        [],
        ("Jana Veselá", "vesela@tydenikbrod.example", "+420604118275"),
    ),
)

# 8. Czech: a colleague merely copied for information
CASES["cz_colleague_copied_for_info"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výstupu výsledků voleb.\nIP: 198.51.100.72\n\n"
        "Pro informaci v kopii kolega Tomáš Bartoš (bartos@jihlavskelisty.example), který má"
        " na starosti web.\n\nS pozdravem\nLucie Fialová\nJihlavské listy s.r.o., IČO"
        " 83124772\ntel. 605 447 310\n",
        "fialova@jihlavskelisty.example",
        "Lucie Fialová",
    ),
    label(
        FEED,
        ("Jihlavské listy s.r.o.", "83124772", None),
        ["198.51.100.72"],
        [],
        ("Lucie Fialová", "fialova@jihlavskelisty.example", "+420605447310"),
    ),
)

# 9. Czech: the test address withdrawn in words after it is listed
CASES["cz_test_withdrawn_in_words"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výstupu výsledků voleb.\nProdukce: 203.0.113.81\n"
        "Test: 203.0.113.82\n\nOprava: testovací stroj nakonec rušíme, testovat budeme"
        " z produkce.\n\nS pozdravem\nIvana Černá\nPlzeňský kurýr s.r.o., IČO 37790048\n"
        "tel. 777 301 552\n",
        "cerna@plzenskykuryr.example",
        "Ivana Černá",
    ),
    label(
        FEED,
        ("Plzeňský kurýr s.r.o.", "37790048", None),
        ["203.0.113.81"],
        [],
        ("Ivana Černá", "cerna@plzenskykuryr.example", "+420777301552"),
    ),
)

# 10. English: a sheet's header row above the values
CASES["en_sheet_header_row"] = (
    _m(
        "Hello,\n\nplease find our application for access to the election results XML feed.\n\n"
        "Name\tOrganisation\tE-mail\tPhone\tServer IP\n"
        "Sarah Mitchell\tEastbridge Press Ltd\ts.mitchell@eastbridge.example\t+44 7700 900552"
        "\t198.51.100.91\n\nBest regards,\nSarah\n",
        "s.mitchell@eastbridge.example",
        "Sarah Mitchell",
        subject="Application – XML feed",
    ),
    label(
        FEED,
        ("Eastbridge Press Ltd", None, None),
        ["198.51.100.91"],
        [],
        ("Sarah Mitchell", "s.mitchell@eastbridge.example", "+447700900552"),
    ),
)

# 11. Polish: a table with a "Nazwa" header row
CASES["pl_header_row_nazwa"] = (
    _m(
        "Dzień dobry,\n\nwnosimy o dostęp do danych XML z wynikami wyborów.\n\n"
        "Nazwa | Adres IP | Osoba kontaktowa | Telefon\n"
        "Wydawnictwo Śląskie Sp. z o.o. | 203.0.113.93 | Tomasz Nowak | +48 601 224 819\n\n"
        "Z poważaniem\nTomasz Nowak\n",
        "t.nowak@wydslaskie.example",
        "Tomasz Nowak",
        subject="Wniosek XML",
    ),
    label(
        FEED,
        ("Wydawnictwo Śląskie Sp. z o.o.", None, None),
        ["203.0.113.93"],
        [],
        ("Tomasz Nowak", "t.nowak@wydslaskie.example", "+48601224819"),
    ),
)

# 12. Czech: a label word without colon before the name
CASES["cz_label_word_klient"] = (
    _m(
        "Dobrý den,\n\nv zastoupení našeho klienta žádáme o přístup k XML výsledků voleb.\n"
        "Klient Mediální dům Sever s.r.o., IČO 35944595\nIP serveru: 198.51.100.101\n\n"
        "Kontakt: Karel Souček, soucek@mdsever.example, 608 210 447\n",
        "soucek@mdsever.example",
        "Karel Souček",
    ),
    label(
        FEED,
        ("Mediální dům Sever s.r.o.", "35944595", None),
        ["198.51.100.101"],
        [],
        ("Karel Souček", "soucek@mdsever.example", "+420608210447"),
    ),
)

# 13. Czech: autocorrect-mangled labels ("Ivo" for IČO, "Telegon")
CASES["cz_autocorrect_ivo_telegon"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výstupu výsledků voleb.\nIP: 203.0.113.104\n\n"
        "S pozdravem\nMichaela Dušková\nRegionální TV Zlín s.r.o.\nIvo: 28038789\n"
        "Telegon: 739 604 118\n\nOdesláno z iPadu\n",
        "duskova@rtvzlin.example",
        "Michaela Dušková",
    ),
    label(
        FEED,
        ("Regionální TV Zlín s.r.o.", "28038789", None),
        ["203.0.113.104"],
        [],
        ("Michaela Dušková", "duskova@rtvzlin.example", "+420739604118"),
    ),
)

# 14. Czech: a struck-out request in a form
CASES["cz_struck_out_request"] = (
    _m(
        "Dobrý den,\n\nzasílám vyplněný formulář.\n\nPředmět žádosti:\n"
        "[x] přístup k XML výstupu výsledků voleb\n~~[x] povolení natáčení na sběrných"
        " místech~~ (škrtnuto, natáčet nebudeme)\n\nIP adresa: 198.51.100.105\n"
        "Žadatel: Televize Beskydy s.r.o., IČO 92725147\nKontaktní osoba: Roman Kolář,"
        " kolar@tvbeskydy.example, 603 552 781\n",
        "kolar@tvbeskydy.example",
        "Roman Kolář",
    ),
    label(
        FEED,
        ("Televize Beskydy s.r.o.", "92725147", None),
        ["198.51.100.105"],
        [],
        ("Roman Kolář", "kolar@tvbeskydy.example", "+420603552781"),
    ),
)

# 15. Czech: two signers, the second is the contact
CASES["cz_two_signers_second_contact"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výstupu výsledků voleb.\nIP: 203.0.113.106\n\n"
        "S pozdravem\n\nIng. Josef Mach\njednatel\n\nBc. Petra Malá\nkontaktní osoba pro"
        " XML, mala@novinyvysocina.example\ntel. 736 118 904\n\nNoviny Vysočina s.r.o.,"
        " IČO 46976965\n",
        "mala@novinyvysocina.example",
        "Petra Malá",
    ),
    label(
        FEED,
        ("Noviny Vysočina s.r.o.", "46976965", None),
        ["203.0.113.106"],
        [],
        ("Petra Malá", "mala@novinyvysocina.example", "+420736118904"),
    ),
)

# 16. Czech: a letterhead listing the board with phones
CASES["cz_letterhead_board_phones"] = (
    _m(
        "MORAVSKÝ DENÍK a.s. | IČO 46582606 | Představenstvo: Ing. Karel Dvořák (předseda),"
        " tel. 541 200 100; Mgr. Hana Burešová (místopředsedkyně), tel. 541 200 101\n\n"
        "Dobrý den,\n\nžádáme o přístup k XML výstupu výsledků voleb.\nIP: 198.51.100.107\n\n"
        "Vyřízení: Filip Navrátil, navratil@moravskydenik.example, 725 331 908\n",
        "navratil@moravskydenik.example",
        "Filip Navrátil",
    ),
    label(
        FEED,
        ("MORAVSKÝ DENÍK a.s.", "46582606", None),
        ["198.51.100.107"],
        [],
        ("Filip Navrátil", "navratil@moravskydenik.example", "+420725331908"),
    ),
)

# 17. Czech: a scanned form's phone on the line below its label
CASES["cz_form_phone_below_label"] = (
    data_message(
        "Žádost o přístup k XML",
        text_file(
            "formular.txt",
            "ŽÁDOST O PŘÍSTUP K XML VÝSTUPU VÝSLEDKŮ VOLEB\n\nŽadatel:\nRádio Jeseník s.r.o.\n"
            "IČO:\n95832301\nIP adresa serveru:\n203.0.113.108\nKontaktní osoba:\nMarek Jelínek\n"
            "E-mail:\njelinek@radiojesenik.example\nTelefon:\n+420 737 480 215\n",
        ),
        sender="r4n8k2d",
        dm_sender="Rádio Jeseník s.r.o.",
    ),
    label(
        FEED,
        ("Rádio Jeseník s.r.o.", "95832301", "r4n8k2d"),
        ["203.0.113.108"],
        [],
        ("Marek Jelínek", "jelinek@radiojesenik.example", "+420737480215"),
    ),
)

# 18. Czech: the applicant's SPF record pasted (its mail servers' range)
CASES["cz_spf_record_pasted"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výstupu výsledků voleb ze serveru 198.51.100.111."
        "\nPokud by vám naše pošta padala do spamu, náš SPF záznam je:\n"
        "v=spf1 ip4:192.0.2.16/29 include:_spf.mailhost.example ~all\n\nS pozdravem\n"
        "Zdeněk Pokorný\nKladenský expres s.r.o., IČO 95326481\ntel. 602 715 339\n",
        "pokorny@kladenskyexpres.example",
        "Zdeněk Pokorný",
    ),
    label(
        FEED,
        ("Kladenský expres s.r.o.", "95326481", None),
        ["198.51.100.111"],
        [],
        ("Zdeněk Pokorný", "pokorny@kladenskyexpres.example", "+420602715339"),
    ),
)

# 19. German: the address written with its subnet mask and gateway
CASES["de_ip_with_mask_and_gateway"] = (
    _m(
        "Sehr geehrte Damen und Herren,\n\nwir beantragen den Zugang zum XML-Feed der"
        " Wahlergebnisse.\nUnser Server: IP 198.51.100.70, Subnetzmaske 255.255.255.0,"
        " Gateway 198.51.100.1\n\nMit freundlichen Grüßen\nStefan Lorenz\nOberpfalz Kurier"
        " GmbH\nTel. +49 941 5503 120\n",
        "lorenz@opf-kurier.example",
        "Stefan Lorenz",
        subject="Antrag XML-Feed",
    ),
    label(
        FEED,
        ("Oberpfalz Kurier GmbH", None, None),
        ["198.51.100.70"],
        [],
        ("Stefan Lorenz", "lorenz@opf-kurier.example", "+499415503120"),
    ),
)

# 20. English: a fax number written before the mobile
CASES["en_fax_before_mobile"] = (
    _m(
        "Dear Sir or Madam,\n\nWe hereby apply for access to the election results XML feed.\n"
        "Server IP: 203.0.113.121\n\nYours faithfully,\nPeter Novak\nPrague Business Review"
        " s.r.o., ID No. 35990520\nFax: +420 222 333 444 | Mobile: +420 731 556 102\n",
        "novak@pbr.example",
        "Peter Novak",
        subject="XML feed application",
    ),
    label(
        FEED,
        ("Prague Business Review s.r.o.", "35990520", None),
        ["203.0.113.121"],
        [],
        ("Peter Novak", "novak@pbr.example", "+420731556102"),
    ),
)

# 21. Czech: a bank account in the signature before the phone
CASES["cz_bank_account_in_signature"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výstupu výsledků voleb.\nIP: 198.51.100.122\n\n"
        "S pozdravem\nAlena Svobodová\nTýdeník Polabí s.r.o., IČO 89152948\n"
        "Bankovní spojení: 2701234567/2010\nMobil: 608 994 120\n",
        "svobodova@tydenikpolabi.example",
        "Alena Svobodová",
    ),
    label(
        FEED,
        ("Týdeník Polabí s.r.o.", "89152948", None),
        ["198.51.100.122"],
        [],
        ("Alena Svobodová", "svobodova@tydenikpolabi.example", "+420608994120"),
    ),
)

# 22. Czech: the IT colleague's vCard attached beside the named contact
CASES["cz_colleague_vcard_attached"] = (
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k XML výstupu výsledků voleb.\nIP: 203.0.113.123\n"
            "Kontaktní osoba pro tuto žádost: Eva Šimková, simkova@brnenskytep.example,"
            " 731 440 287\nPro technické dotazy přikládám vizitku našeho správce.\n\n"
            "Brněnský tep s.r.o., IČO 46424091\n"
        ),
        attachment(
            "radek_horak.vcf",
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Radek Hor\xc3\xa1k\r\nORG:Brn\xc4\x9bnsk\xc3\xbd"
            b" tep s.r.o.\r\nTEL;TYPE=CELL:+420 602 118 665\r\nEMAIL:horak@brnenskytep.example"
            b"\r\nEND:VCARD\r\n",
        ),
        subject="Žádost o XML",
        sender="simkova@brnenskytep.example",
        sender_name="Eva Šimková",
    ),
    label(
        FEED,
        ("Brněnský tep s.r.o.", "46424091", None),
        ["203.0.113.123"],
        [],
        ("Eva Šimková", "simkova@brnenskytep.example", "+420731440287"),
    ),
)

# 23. English: a software version that looks like an address
CASES["en_version_looks_like_ip"] = (
    _m(
        "Hi,\n\nwe request access to the election results XML feed. Our importer (version"
        " 4.10.2.18) will poll from 198.51.100.124.\n\nThanks,\nLaura Bennett\nCivic Data"
        " Lab Ltd\n+44 7700 900771\n",
        "laura@civicdatalab.example",
        "Laura Bennett",
        subject="XML feed access",
    ),
    label(
        FEED,
        ("Civic Data Lab Ltd", None, None),
        ["198.51.100.124"],
        [],
        ("Laura Bennett", "laura@civicdatalab.example", "+447700900771"),
    ),
)

# 24. Hungarian: an out-of-office reply quoted with a deputy's phone
CASES["hu_ooo_quoted_deputy"] = (
    _m(
        "Tisztelt Hivatal!\n\nKérjük hozzáférés biztosítását a választási eredmények XML"
        " adataihoz.\nSzerver IP-címe: 203.0.113.125\n\nÜdvözlettel:\nSzabó Anna\nDunántúli"
        " Hírek Kft.\nTel.: +36 30 412 5567\n\n> Automatikus válasz: október 20-ig szabadságon"
        " vagyok. Sürgős ügyben: Nagy Péter, +36 20 331 8840.\n> Kovács Gábor\n",
        "szabo.anna@dunhirek.example",
        "Szabó Anna",
        subject="XML hozzáférés",
    ),
    label(
        FEED,
        ("Dunántúli Hírek Kft.", None, None),
        ["203.0.113.125"],
        [],
        ("Szabó Anna", "szabo.anna@dunhirek.example", "+36304125567"),
    ),
)

# 25. French: a ticket acknowledgement quoted with the source address of the form
CASES["fr_ticket_ack_source_ip"] = (
    _m(
        "Bonjour,\n\nJe complète ma demande d'accès au flux XML des résultats électoraux :"
        " l'adresse IP de notre serveur est 198.51.100.126.\n\nCordialement,\nClaire Dubois\n"
        "Éditions du Rhône SARL\n+33 6 12 48 95 30\n\n> Accusé de réception – ticket"
        " INC0048213\n> Adresse source : 192.0.2.15\n> Statut : ouvert\n",
        "c.dubois@editionsrhone.example",
        "Claire Dubois",
        subject="RE: [INC0048213] Demande flux XML",
    ),
    label(
        FEED,
        ("Éditions du Rhône SARL", None, None),
        ["198.51.100.126"],
        [],
        ("Claire Dubois", "c.dubois@editionsrhone.example", "+33612489530"),
    ),
)

# 26. Italian: a router page pasted (WAN, default gateway, primary DNS)
CASES["it_router_page_pasted"] = (
    _m(
        "Buongiorno,\n\nchiediamo l'accesso al feed XML dei risultati elettorali. L'indirizzo"
        " da abilitare è quello WAN:\n\nIndirizzo IP WAN: 203.0.113.127\nGateway predefinito:"
        " 203.0.113.1\nDNS primario: 1.1.1.1\nDNS secondario: 9.9.9.9\n\nCordiali saluti\n"
        "Giulia Ferri\nGiornale di Trento S.r.l.\ntel. +39 0461 220 145\n",
        "g.ferri@giornaletrento.example",
        "Giulia Ferri",
        subject="Richiesta feed XML",
    ),
    label(
        FEED,
        ("Giornale di Trento S.r.l.", None, None),
        ["203.0.113.127"],
        [],
        ("Giulia Ferri", "g.ferri@giornaletrento.example", "+390461220145"),
    ),
)

# 27. Spanish: a shared mailbox signed by a team
CASES["es_team_mailbox"] = (
    _m(
        "Buenos días:\n\nSolicitamos acceso al feed XML de resultados electorales.\nIP del"
        " servidor: 198.51.100.128\n\nUn saludo,\nEquipo de Datos\nDiario del Ebro S.L.\n"
        "Tel. +34 976 401 220\n",
        "datos@diarioebro.example",
        "Diario del Ebro – Datos",
        subject="Solicitud feed XML",
    ),
    label(
        FEED,
        ("Diario del Ebro S.L.", None, None),
        ["198.51.100.128"],
        [],
        (None, "datos@diarioebro.example", "+34976401220"),
    ),
)

# 28. Dutch: the colleague in cc takes it over
CASES["nl_handover_to_cc"] = (
    _m(
        "Geachte heer/mevrouw,\n\nWij vragen toegang tot de XML-feed met verkiezingsuitslagen.\n"
        "Server-IP: 203.0.113.129\n\nMijn collega in de cc, Sanne de Vries"
        " (s.devries@utrechtsdagblad.example, +31 6 2345 6789), neemt deze aanvraag van mij"
        " over.\n\nMet vriendelijke groet,\nBram Jansen\nUtrechts Dagblad B.V.\n"
        "+31 6 1122 3344\n",
        "b.jansen@utrechtsdagblad.example",
        "Bram Jansen",
        subject="Aanvraag XML-feed",
    ),
    label(
        FEED,
        ("Utrechts Dagblad B.V.", None, None),
        ["203.0.113.129"],
        [],
        ("Sanne de Vries", "s.devries@utrechtsdagblad.example", "+31623456789"),
    ),
)

# 29. Swedish: a table with a header row
CASES["sv_header_row_table"] = (
    _m(
        "Hej,\n\nvi ansöker om åtkomst till XML-flödet med valresultat.\n\n"
        "Namn;Organisation;E-post;Telefon;IP-adress\n"
        "Erik Lindqvist;Norrlands Tidning AB;erik.l@norrlandstidning.example;+46 70 123 45 67"
        ";198.51.100.131\n\nMed vänliga hälsningar\nErik\n",
        "erik.l@norrlandstidning.example",
        "Erik Lindqvist",
        subject="Ansökan XML",
    ),
    label(
        FEED,
        ("Norrlands Tidning AB", None, None),
        ["198.51.100.131"],
        [],
        ("Erik Lindqvist", "erik.l@norrlandstidning.example", "+46701234567"),
    ),
)

# 30. German: an out-of-office reply quoted in the thread
CASES["de_ooo_quoted"] = (
    _m(
        "Guten Tag,\n\nanbei nochmals unser Antrag auf Zugang zum XML-Feed der Wahlergebnisse"
        " und auf Drehgenehmigung in den Sammelstellen.\nIP: 203.0.113.132\n\nViele Grüße\n"
        "Julia Brandt\nSächsischer Bote GmbH\nTel. +49 351 880 4410\n\n"
        "-----Ursprüngliche Nachricht-----\nVon: Klaus Meier\nBetreff: Abwesenheitsnotiz\n\n"
        "Ich bin bis 14.10. nicht im Büro. In dringenden Fällen wenden Sie sich bitte an Frau"
        " Klein, Tel. +49 351 880 4499.\n",
        "j.brandt@saechsbote.example",
        "Julia Brandt",
        subject="AW: Antrag XML-Feed",
    ),
    label(
        BOTH,
        ("Sächsischer Bote GmbH", None, None),
        ["203.0.113.132"],
        [],
        ("Julia Brandt", "j.brandt@saechsbote.example", "+493518804410"),
    ),
)

# 31. Czech: an ipconfig output pasted beside the public address
CASES["cz_ipconfig_pasted"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výstupu výsledků voleb. Veřejná IP serveru je"
        " 198.51.100.133, pro úplnost výpis ipconfig:\n\nAdaptér Ethernet:\n"
        "   IPv4 adresa . . . . . : 10.0.0.15\n   Maska podsítě . . . . : 255.255.255.0\n"
        "   Výchozí brána . . . . : 10.0.0.1\n\nS pozdravem\nJakub Doležal\nTV Morava s.r.o.,"
        " IČO 14689227\ntel. 777 220 861\n",
        "dolezal@tvmorava.example",
        "Jakub Doležal",
    ),
    label(
        FEED,
        ("TV Morava s.r.o.", "14689227", None),
        ["198.51.100.133"],
        [],
        ("Jakub Doležal", "dolezal@tvmorava.example", "+420777220861"),
    ),
)

# 32. Czech: a bounced mail's headers pasted (the mail relay's address)
CASES["cz_mail_headers_pasted"] = (
    _m(
        "Dobrý den,\n\npředchozí e-mail se vrátil, posílám znovu i s hlavičkou. Žádáme"
        " o přístup k XML výstupu výsledků voleb, IP serveru 203.0.113.134.\n\n"
        "Received: from mail.jiznilisty.example (mail.jiznilisty.example [192.0.2.40])\n"
        "  by mx.example; Tue, 6 Oct 2026 09:12:44 +0200\n\nS pozdravem\nHana Marková\n"
        "Jižní listy s.r.o., IČO 22300791\ntel. 602 337 418\n",
        "markova@jiznilisty.example",
        "Hana Marková",
    ),
    label(
        FEED,
        ("Jižní listy s.r.o.", "22300791", None),
        ["203.0.113.134"],
        [],
        ("Hana Marková", "markova@jiznilisty.example", "+420602337418"),
    ),
)

# 33. Slovak: a variable symbol in the signature before the phone
CASES["sk_variable_symbol_before_phone"] = (
    _m(
        "Dobrý deň,\n\nžiadame o prístup k XML výstupu výsledkov volieb.\nIP: 198.51.100.135\n\n"
        "S pozdravom\nMária Hudecová\nKošický večerník s.r.o., IČO 20654391\n"
        "VS: 7312456890\ntel. 0905 412 337\n",
        "hudecova@kosickyvecernik.example",
        "Mária Hudecová",
    ),
    label(
        FEED,
        ("Košický večerník s.r.o.", "20654391", None),
        ["198.51.100.135"],
        [],
        ("Mária Hudecová", "hudecova@kosickyvecernik.example", "+421905412337"),
    ),
)

# 34. English: a conference dial-in in the mail's footer
CASES["en_conference_dialin_footer"] = (
    _m(
        "Hello,\n\nwe apply for access to the election results XML feed.\nServer IP:"
        " 203.0.113.136\nContact: Mark Evans, m.evans@pragueinsider.example, +420 734 119 502"
        "\n\nMark Evans\nPrague Insider s.r.o.\n\n________________\nJoin the weekly call\n"
        "Dial in: +420 228 880 317, Conference ID: 512 448 907#\n",
        "m.evans@pragueinsider.example",
        "Mark Evans",
        subject="XML feed",
    ),
    label(
        FEED,
        ("Prague Insider s.r.o.", None, None),
        ["203.0.113.136"],
        [],
        ("Mark Evans", "m.evans@pragueinsider.example", "+420734119502"),
    ),
)

# 35. German: an imprint footer naming the managing director
CASES["de_footer_managing_director"] = (
    _m(
        "Guten Tag,\n\nwir beantragen eine Drehgenehmigung für die Sammelstellen am Wahlabend.\n"
        "\nMit freundlichen Grüßen\nAnna Vogel\nRedaktion\nTel. +49 30 2201 5570\n\n--\n"
        "Hauptstadt TV GmbH · Amtsgericht Charlottenburg HRB 123456\nGeschäftsführer: Dr."
        " Thomas Berg · Tel. +49 30 2201 5500\n",
        "a.vogel@hauptstadt-tv.example",
        "Anna Vogel",
        subject="Drehgenehmigung",
    ),
    label(
        REC,
        ("Hauptstadt TV GmbH", None, None),
        [],
        [],
        ("Anna Vogel", "a.vogel@hauptstadt-tv.example", "+493022015570"),
    ),
)

# 36. French: the technical contact written before the application's contact
CASES["fr_tech_contact_first"] = (
    _m(
        "Bonjour,\n\nNous sollicitons l'accès au flux XML des résultats électoraux.\nIP :"
        " 198.51.100.137\nContact technique : Luc Martin, l.martin@ouestinfo.example\n"
        "Contact pour la demande : Sophie Bernard, s.bernard@ouestinfo.example, +33 6 45 21"
        " 88 09\n\nCordialement,\nSophie Bernard\nOuest Info SAS\n",
        "s.bernard@ouestinfo.example",
        "Sophie Bernard",
        subject="Demande d'accès XML",
    ),
    label(
        FEED,
        ("Ouest Info SAS", None, None),
        ["198.51.100.137"],
        [],
        ("Sophie Bernard", "s.bernard@ouestinfo.example", "+33645218809"),
    ),
)

# 37. Spanish: a NOC line before the contact's own phone
CASES["es_noc_line_before_phone"] = (
    _m(
        "Buenos días:\n\nSolicitamos acceso al feed XML de resultados electorales.\nIP:"
        " 203.0.113.138\n\nAtentamente,\nJavier Ortega\nRadio Levante S.A.\nNOC 24/7: +34 900"
        " 100 200\nMóvil: +34 612 345 678\n",
        "j.ortega@radiolevante.example",
        "Javier Ortega",
        subject="Solicitud acceso XML",
    ),
    label(
        FEED,
        ("Radio Levante S.A.", None, None),
        ["203.0.113.138"],
        [],
        ("Javier Ortega", "j.ortega@radiolevante.example", "+34612345678"),
    ),
)

# 38. Italian: the technical referent written before the application's referent
CASES["it_tech_referent_first"] = (
    _m(
        "Buongiorno,\n\nchiediamo l'accesso al feed XML dei risultati elettorali e il"
        " permesso di riprese nei punti di raccolta.\nIP: 198.51.100.139\n"
        "Referente tecnico: Marco Galli, tel. +39 02 4455 1201\nReferente per la richiesta:"
        " Elena Rossi, e.rossi@milanonotizie.example, +39 347 220 1188\n\nCordiali saluti\n"
        "Elena Rossi\nMilano Notizie S.r.l.\n",
        "e.rossi@milanonotizie.example",
        "Elena Rossi",
        subject="Richiesta XML e riprese",
    ),
    label(
        BOTH,
        ("Milano Notizie S.r.l.", None, None),
        ["198.51.100.139"],
        [],
        ("Elena Rossi", "e.rossi@milanonotizie.example", "+393472201188"),
    ),
)

# 39. Czech data message: the annotation's request with a pasted NAS admin page
CASES["dm_nas_admin_page"] = (
    data_message(
        "Žádost o přístup k XML výsledků voleb",
        text_file(
            "zadost.txt",
            "Žádáme o přístup k XML výstupu výsledků voleb. Povolte prosím adresu"
            " 203.0.113.141.\n\nZ administrace serveru:\nHostname: xml-sync01\nLAN:"
            " 192.168.10.20\nVýchozí brána: 192.168.10.1\nDNS: 192.168.10.1\n\nKontakt:"
            " Vladimír Sýkora, sykora@ostravskyhlas.example, 739 201 845\n"
            "Ostravský hlas s.r.o., IČO 81098049\n",
        ),
        sender="p9w3x7m",
        dm_sender="Ostravský hlas s.r.o.",
    ),
    label(
        FEED,
        ("Ostravský hlas s.r.o.", "81098049", "p9w3x7m"),
        ["203.0.113.141"],
        [],
        ("Vladimír Sýkora", "sykora@ostravskyhlas.example", "+420739201845"),
    ),
)

# 40. Polish: the contact's phone after a fax and a switchboard-like "centrala"
CASES["pl_fax_then_mobile"] = (
    _m(
        "Dzień dobry,\n\nwnosimy o dostęp do danych XML z wynikami wyborów.\nAdres IP serwera:"
        " 198.51.100.142\n\nZ poważaniem\nAgnieszka Lewandowska\nKurier Lubelski Sp. z o.o.\n"
        "fax +48 81 532 10 00\nkom. +48 503 221 874\n",
        "a.lewandowska@kurierlub.example",
        "Agnieszka Lewandowska",
        subject="Wniosek o dostęp XML",
    ),
    label(
        FEED,
        ("Kurier Lubelski Sp. z o.o.", None, None),
        ["198.51.100.142"],
        [],
        ("Agnieszka Lewandowska", "a.lewandowska@kurierlub.example", "+48503221874"),
    ),
)


XFAIL: dict[str, str] = {
    "cz_colleague_copied_for_info": "a colleague merely copied for information ('Pro informaci"
    " v kopii kolega …') is read as the contact instead of the signer (flagged; hand-over vs"
    " copied colleague, r48 helper)",
    "cz_label_word_klient": "a label word without colon kept in the name ('Klient Mediální dům"
    " Sever s.r.o.') (flagged; label word before the name, r48 helper)",
    "cz_letterhead_board_phones": "a letterhead's board member and phone are read as the"
    " contact before 'Vyřízení: …' (flagged; letterhead's people, r48 helper)",
    "de_ip_with_mask_and_gateway": "a host's interface settings ('IP A, Subnetzmaske"
    " 255.255.255.0, Gateway G') are expanded to the whole /24 (flagged; LABELS' netmask rule"
    " may want a look for a host's own settings)",
    "cz_ipconfig_pasted": "the private interface address in a pasted ipconfig output ('IPv4"
    " adresa . . . : 10.0.0.15') is added to production beside the public one (flagged)",
    "fr_tech_contact_first": "a technical contact written before the contact for the request"
    " ('Contact technique : …' then 'Contact pour la demande : …') is read as the contact"
    " (flagged)",
    "it_tech_referent_first": "a technical referent written before the referent for the"
    " request ('Referente tecnico' then 'Referente per la richiesta') is read as the contact"
    " (flagged)",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill_r48_trap(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
