"""A drill, forty-sixth round (issue 18): which person is the contact.
(a) A signature or closing lists several people, each with an e-mail and a phone, and the text
says which of them is the contact ("obracejte se na pana X", "technical contact: X (see
below)", "Ansprechpartner ist Herr X"): that person, with the e-mail and phone of his own line.
(b) A terse note typed all in lower case names the contact after a label ("kontakt jan
novak 603 …"): the name as written (case does not matter).
(c) A form or sheet gives the contact's surname and given name in rows of their own
("Příjmení | Vávra" / "Jméno | Matěj", "Surname" / "First name", "Nachname" / "Vorname"):
the given name and the surname; a sheet without a surname row names no one by them.
(d) An intermediary writes "please send all correspondence to me" and names the client's
editor in passing ("editor in charge: X"): the writer who asks for the correspondence is the
contact; a near miss that labels the client's person as the contact keeps that person.

Each message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it; the drill
scores the contact (``person``, ``email``, ``phone``; None in ``want`` is not scored) and the
person's certainty (``sure``: True when it must be certain, False when it must be flagged,
None when either is right).

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

from typing import Any

import pytest

from intake.model import Channel, ParsedMessage
from tests.corpus.accuracy import _norm
from tests.unit.drill_helpers import drill_params, html_body
from tests.unit.extraction_helpers import body, extract, mail, text_file

CASES: dict[str, tuple[ParsedMessage, dict[str, Any]]] = {}


def _want(person: str | None, email: str | None = None, phone: str | None = None, sure: bool | None = None) -> dict[str, Any]:
    return {"person": person, "email": email, "phone": phone, "sure": sure}


def _mail(text: str, sender: str, name: str = "", attached: str = "", file: str = "zadost.xlsx") -> ParsedMessage:
    extra = (text_file(file, attached),) if attached else ()
    return mail(body(text), *extra, subject="Volby - přístup k datům", sender=sender, sender_name=name)


def _box(name: str, text: str, file: str = "zadost.xlsx") -> ParsedMessage:
    return ParsedMessage(
        channel=Channel.DATABOX,
        subject="zadost volby",
        sender="r4vb8kq",
        sender_name=name,
        envelope={"dbIDSender": "r4vb8kq", "dmSender": name, "dmSenderType": "10", "dmAnnotation": "zadost volby"},
        components=(text_file(file, text),),
    )


# (a) several people in a signature; the text names the contact among them
CASES["cs_three_lines_dash_pointer_by_surname"] = (
    _mail(
        "Dobrý den,\n\nHanácký deník s.r.o., IČO 27115634, žádá o přístup k výsledkům voleb. "
        "Produkční adresa 192.0.2.81.\nTechniku u nás má na starosti pan Kubeš (viz níže), "
        "obracejte se prosím na něj.\n\nS pozdravem\n\n"
        "Mgr. Jana Horká – ředitelka – horka@hanackydenik.example – 731 220 418\n"
        "Radek Kubeš – IT – kubes@hanackydenik.example – 604 118 397\n"
        "Eva Malá – sekretariát – info@hanackydenik.example – 585 000 111\n",
        "info@hanackydenik.example",
        "Hanácký deník",
    ),
    _want("Radek Kubeš", "kubes@hanackydenik.example", "+420604118397"),
)
CASES["en_three_lines_pipe_technical_contact"] = (
    _mail(
        "Hello,\n\nFenland Courier Ltd applies for access to the election results feed from "
        "203.0.113.41.\nOur technical contact for this is Mr Bell, listed below.\n\nRegards\n\n"
        "Sarah Quinn | Editor | s.quinn@fenland.example | +44 1733 496 010\n"
        "Tom Bell | Systems | t.bell@fenland.example | +44 7700 900 321\n"
        "Ann Ross | Office | office@fenland.example | +44 1733 496 000\n",
        "office@fenland.example",
        "Fenland Courier",
    ),
    _want("Tom Bell", "t.bell@fenland.example", "+447700900321"),
)
CASES["de_ansprechpartner_herr_below"] = (
    _mail(
        "Guten Tag,\n\ndie Allgäu Rundschau GmbH beantragt den Zugang zu den Wahlergebnissen, "
        "Server 198.51.100.72.\nAnsprechpartner für die Technik ist Herr Wagner (siehe unten).\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Petra Vogt – Chefredaktion – vogt@allgaeu-rs.example – +49 831 555 1200\n"
        "Markus Wagner – IT – wagner@allgaeu-rs.example – +49 151 555 98765\n",
        "redaktion@allgaeu-rs.example",
        "Redaktion",
    ),
    _want("Markus Wagner", "wagner@allgaeu-rs.example", "+4915155598765"),
)
CASES["sk_obratte_sa_na_pani"] = (
    _mail(
        "Dobrý deň,\n\nZáhorie dnes s.r.o. žiada o prístup k výsledkom volieb, adresa "
        "servera 192.0.2.140.\nV technických veciach sa prosím obráťte na pani Benkovú "
        "(kontakty nižšie).\n\nS pozdravom\n\n"
        "Ivan Šulc – konateľ – sulc@zahoriednes.example – 0905 112 233\n"
        "Lucia Benková – správa webu – benkova@zahoriednes.example – 0911 445 566\n",
        "redakcia@zahoriednes.example",
        "Redakcia",
    ),
    _want("Lucia Benková", "benkova@zahoriednes.example", "+421911445566"),
)
CASES["cs_near_miss_no_pointer_first_signs"] = (
    # no sentence points at anyone: the first signer is only the default, and others are
    # listed, so it is flagged
    _mail(
        "Dobrý den,\n\nžádáme o přístup k výsledkům voleb, server 192.0.2.90.\n\n"
        "S pozdravem\n\n"
        "Jan Brož – šéfredaktor – broz@vltava-info.example – 731 555 101\n"
        "Petra Šímová – IT – simova@vltava-info.example – 604 555 202\n",
        "redakce@vltava-info.example",
        "Redakce",
    ),
    _want("Jan Brož", sure=False),
)

# (b) a terse note in lower case names the contact after a label
CASES["cs_lowercase_kontakt_name_phone"] = (
    _mail(
        "dobry den\nzadame o xml vysledky voleb, firma sumavske listy s.r.o.\n"
        "prod ip 192.0.2.51\nkontakt jan novotny 603 221 908\ndik\n",
        "jn@sumavskelisty.example",
        "jn",
    ),
    _want("Jan Novotny", None, "+420603221908"),
)
CASES["cs_lowercase_kontakt_jsem_ja"] = (
    _mail(
        "cau\nchceme pristup k vysledkum voleb, server 198.51.100.19\n"
        "kontakt jsem ja, petr hajek, 777 120 334\n",
        "petr.hajek@brdskynet.example",
        "petr",
    ),
    _want("Petr Hajek", "petr.hajek@brdskynet.example", "+420777120334"),
)
CASES["en_lowercase_contact_colon"] = (
    _mail(
        "hi\nwe'd like access to the results feed for dales weekly ltd\nserver 203.0.113.77\n"
        "contact: mark hollis, +44 7700 900 456\nthx\n",
        "mh@dalesweekly.example",
        "mh",
    ),
    _want("Mark Hollis", None, "+447700900456"),
)
CASES["cs_lowercase_near_miss_desk"] = (
    # a label naming a desk, not a person: no person from it
    _mail(
        "dobry den\nzadame o xml vysledky voleb\nip 192.0.2.52\nkontakt redakce 585 000 222\n\n"
        "Jana Vrbová\n",
        "vrbova@olomoucka.example",
        "Jana Vrbová",
    ),
    _want("Jana Vrbová"),
)

# (c) surname and given name in rows of their own
CASES["cs_sheet_prijmeni_jmeno_rows"] = (
    _box(
        "TV Horácko s.r.o.",
        "Žadatel\nŽadatel\tTV Horácko s.r.o.\nIČO\t27118340\nPřístup k XML (ANO/NE)\tANO\n"
        "Příjmení\tKolář\nJméno\tOndřej\nE-mail\tkolar@tvhoracko.example\nMobil\t606 418 273\n\n"
        "IP adresy\nprodukce\t198.51.100.150\n",
    ),
    _want("Ondřej Kolář", "kolar@tvhoracko.example", "+420606418273"),
)
CASES["cs_form_jmeno_then_prijmeni_colons"] = (
    _mail(
        "Dobrý den, v příloze vyplněný formulář.\n",
        "redakce@jihlavskelisty.example",
        "Redakce",
        "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB\nNázev: Jihlavské listy s.r.o.\n"
        "IP adresa: 192.0.2.160\nKontaktní osoba\nJméno: Alena\nPříjmení: Dvořáková\n"
        "Telefon: 731 908 225\nE-mail: dvorakova@jihlavskelisty.example\n",
        "zadost.txt",
    ),
    _want("Alena Dvořáková", "dvorakova@jihlavskelisty.example", "+420731908225"),
)
CASES["en_sheet_surname_first_name"] = (
    _mail(
        "Hi, the request is in the attached sheet.\n",
        "desk@tynepost.example",
        "Tyne Post",
        "Applicant\tTyne Post Ltd\nProduction IP\t203.0.113.140\n"
        "Surname\tAtkinson\nFirst name\tClaire\nEmail\tc.atkinson@tynepost.example\n"
        "Phone\t+44 191 496 0733\n",
    ),
    _want("Claire Atkinson", "c.atkinson@tynepost.example", "+441914960733"),
)
CASES["de_sheet_nachname_vorname"] = (
    _mail(
        "Guten Tag, anbei das ausgefüllte Formular.\n",
        "info@spreewaldbote.example",
        "Spreewaldbote",
        "Antragsteller\tSpreewaldbote GmbH\nIP Produktion\t198.51.100.160\n"
        "Nachname\tLehmann\nVorname\tKatrin\nE-Mail\tlehmann@spreewaldbote.example\n"
        "Telefon\t+49 3546 555 210\n",
    ),
    _want("Katrin Lehmann", "lehmann@spreewaldbote.example", "+493546555210"),
)
CASES["sk_form_priezvisko_meno"] = (
    _mail(
        "Dobrý deň, posielame žiadosť v prílohe.\n",
        "info@kysuce-dnes.example",
        "Kysuce dnes",
        "Žiadateľ: Kysuce dnes s.r.o.\nIP adresa: 192.0.2.170\n"
        "Priezvisko: Ďurčová\nMeno: Zuzana\nTelefón: 0907 318 442\n",
        "ziadost.txt",
    ),
    _want("Zuzana Ďurčová", None, "+421907318442"),
)
CASES["pl_arkusz_nazwisko_imie"] = (
    _mail(
        "Dzień dobry, wniosek w załączniku.\n",
        "biuro@glosbeskidu.example",
        "Biuro",
        "Wnioskodawca\tGłos Beskidu sp. z o.o.\nAdres IP\t203.0.113.150\n"
        "Nazwisko\tKowalczyk\nImię\tMarta\nTelefon\t+48 601 228 913\n",
    ),
    _want("Marta Kowalczyk", None, "+48601228913"),
)
CASES["cs_near_miss_jmeno_only_org"] = (
    # "Jméno" names the outlet, no surname row: no person from the form; the signer is
    _mail(
        "Dobrý den, posílám formulář.\nS pozdravem\nTomáš Řezníček\n",
        "reznicek@brnenskytyden.example",
        "Tomáš Řezníček",
        "Jméno\tBrněnský týden\nIP\t192.0.2.180\n",
    ),
    _want("Tomáš Řezníček"),
)

# (d) "send the correspondence to me" versus a client's editor named in passing
CASES["en_agency_correspondence_to_me_editor_in_charge"] = (
    mail(
        html_body(
            "<p>Dear colleagues,</p><p>Vltava Media Services s.r.o. represents <b>Rheinblick "
            "Verlag GmbH</b> (Köln). On their behalf we apply for access to the election "
            "results XML feed from 198.18.70.10.</p><p>Please send all correspondence about "
            "this application to me; I will forward it to the newsroom in Cologne (editor in "
            "charge: Uwe Brandt).</p><p>Kind regards,<br>Klára Benešová<br>Account Manager<br>"
            "Vltava Media Services s.r.o.<br>+420 603 517 284</p>"
        ),
        subject="Results feed access",
        sender="benesova@vltavamedia.example",
        sender_name="Klára Benešová",
    ),
    _want("Klára Benešová", "benesova@vltavamedia.example", "+420603517284"),
)
CASES["cs_agency_korespondenci_mne_odpovedny_redaktor"] = (
    _mail(
        "Dobrý den,\n\nzastupujeme vydavatelství Donau Kurier GmbH (Passau), které žádá o "
        "přístup k výsledkům voleb, server 203.0.113.180.\nVeškerou korespondenci k žádosti "
        "prosím zasílejte mně, předám ji dál (odpovědný redaktor: Stefan Maier).\n\n"
        "S pozdravem\nIng. Pavla Krejčí\nPR Brno s.r.o.\ntel. 737 215 604\n",
        "krejci@prbrno.example",
        "Pavla Krejčí",
    ),
    _want("Pavla Krejčí", "krejci@prbrno.example", "+420737215604"),
)
CASES["de_agency_korrespondenz_an_mich"] = (
    _mail(
        "Sehr geehrte Damen und Herren,\n\nim Auftrag der Tiroler Blick GmbH beantragen wir "
        "den Zugang zum Wahlergebnis-Feed, Server 198.51.100.190.\nBitte richten Sie die "
        "gesamte Korrespondenz an mich (verantwortlicher Redakteur: Lukas Hofer).\n\n"
        "Mit freundlichen Grüßen\nJana Svobodová\nAgentura Praha s.r.o.\n+420 608 443 120\n",
        "svobodova@agenturapraha.example",
        "Jana Svobodová",
    ),
    _want("Jana Svobodová", "svobodova@agenturapraha.example", "+420608443120"),
)
CASES["en_near_miss_client_named_contact"] = (
    # the client's person is labelled the contact: that person, with her own details
    _mail(
        "Hello,\n\nwe represent Nordsee Welle GmbH, which applies for the results feed from "
        "198.51.100.200.\nContact person for the application: Ina Petersen, "
        "petersen@nordseewelle.example, +49 471 555 3030.\n\nBest regards\nDavid Černý\n"
        "Agency Plzeň s.r.o.\n",
        "cerny@agencyplzen.example",
        "David Černý",
    ),
    _want("Ina Petersen", "petersen@nordseewelle.example", "+494715553030"),
)

CASES["en_near_miss_contact_label_and_copy_me"] = (
    # the client's contact is labelled; the writer only asks for the correspondence as well
    _mail(
        "Hello,\n\non behalf of Alpen Echo GmbH we apply for the results feed, server "
        "203.0.113.210.\nContact: Moritz Egger, egger@alpenecho.example, +43 512 555 4040\n"
        "Please direct a copy of all correspondence to me as well.\n\nRegards\nLenka Horová\n"
        "Media Link s.r.o.\n",
        "horova@medialink.example",
        "Lenka Horová",
    ),
    _want("Moritz Egger", "egger@alpenecho.example", "+435125554040"),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_contact_person_r46(p: ParsedMessage, want: dict[str, Any]) -> None:
    got = extract(p).to_dict()
    fields = got.get("fields", {})
    problems = []
    for key in ("person", "email", "phone"):
        if want[key] is None:
            continue
        have = got["contact"][key]
        certain = fields.get(f"contact.{key}", {}).get("certain")
        if _norm(have, f"contact.{key}") != _norm(want[key], f"contact.{key}"):
            flagged_ok = key == "person" and want["sure"] is False and not certain
            if not flagged_ok:
                problems.append(f"{key}: want {want[key]!r}, got {have!r} (certain={certain})")
    certain = fields.get("contact.person", {}).get("certain")
    if want["sure"] is not None and not problems and bool(certain) != want["sure"]:
        problems.append(f"certainty: want {want['sure']}, got {certain}")
    assert problems == []
