"""A drill, forty-second round (issue 18), helper r42-contact: which person, e-mail and phone
are the applicant's contact. Classes:

(a) the contact replaced later in the message, the writer going on leave and asking the
    office to enter a colleague as the contact ("od října jsem na dovolené – kontaktní osobou
    prosím uveďte kolegu …"): all three fields move to the new person; a deputy for an
    absence, or a leave note that names no contact, moves nothing;
(b) a phone put right by a digit or two swapped ("pardon, tel je 602 418 835, ne 853",
    "sorry, my number is …", "Korrektur: Telefon …"): the corrected number; another number
    after an apology (a switchboard) is no correction;
(c) the contact only in a data message's attachment;
(d) a surname-only contact ("kontakt p. Tolar") resolved to the full name the same message
    gives (LABELS.md's fullest-form rule);
(e) a Czech or Slovak name written surname first with no label asking for that order
    ("Horáková Lenka"): labelled given name first; a Hungarian name keeps the writer's order,
    two given names ("Kalina Filip") stay as written.

Only the contact fields are asserted. Every message was labelled by ``tests/corpus/LABELS.md``
before extraction ran on it; every text is written for the test, names, firms and numbers
are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, data_message, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str, *extra: Component) -> ParsedMessage:
    return mail(body(text), *extra, subject="Přístup k výsledkům voleb", sender=sender, sender_name=name)


def _want(org: str, contact: tuple[str | None, str | None, str | None]) -> Label:
    return label(FEED, (org, None, None), ["192.0.2.40"], [], contact)


# (a) the contact replaced by a colleague for the writer's leave
CASES["cz_materska_uvedte_kolegyni"] = (
    _mail(
        "Dobrý den,\n\nVýchodočeský deník s.r.o. žádá o přístup k výsledkům voleb v XML.\n"
        "Produkční IP: 192.0.2.40\n"
        "Kontaktní osoba: Petra Dvořáková, 604 111 222\n\n"
        "Od listopadu nastupuji na mateřskou – kontaktní osobou prosím uveďte kolegyni Martinu "
        "Kubovou, kubova@vychodocesky.example, 604 111 333.\n\n"
        "Petra Dvořáková\nredakce\n",
        "dvorakova@vychodocesky.example",
        "Petra Dvořáková",
    ),
    _want("Východočeský deník s.r.o.", ("Martina Kubová", "kubova@vychodocesky.example", "+420604111333")),
)
CASES["cz_dovolena_uvedte_kolegu_acc"] = (
    _mail(
        "Dobrý den,\n\nRadio Haná s.r.o. žádá o přístup k výsledkům voleb.\n"
        "IP adresa serveru: 192.0.2.40\n"
        "Kontakt: Lucie Šimková, 585 200 300\n\n"
        "P.S. V říjnu jsem na dovolené, jako kontaktní osobu uvádějte Tomáše Černého, "
        "cerny@radiohana.example, 585 200 317.\n\n"
        "Lucie Šimková\n",
        "simkova@radiohana.example",
        "Lucie Šimková",
    ),
    _want("Radio Haná s.r.o.", ("Tomáš Černý", "cerny@radiohana.example", "+420585200317")),
)
CASES["en_leave_please_list_colleague"] = (
    _mail(
        "Hello,\n\nNorthern Echo Ltd would like access to the election results feed.\n"
        "Server IP: 192.0.2.40\n"
        "Contact: Emma Stone, +44 161 496 0100\n\n"
        "I'll be on parental leave from October - please list my colleague Jack Reed as the "
        "contact person, jack.reed@northernecho.example, +44 161 496 0177.\n\n"
        "Best,\nEmma Stone\n",
        "emma.stone@northernecho.example",
        "Emma Stone",
    ),
    _want("Northern Echo Ltd", ("Jack Reed", "jack.reed@northernecho.example", "+441614960177")),
)
CASES["de_urlaub_tragen_sie_ein"] = (
    _mail(
        "Guten Tag,\n\ndie Rheinpost GmbH bittet um Zugang zu den Wahlergebnissen (XML).\n"
        "IP-Adresse: 192.0.2.40\n"
        "Ansprechpartnerin: Anna Weber, +49 221 4711 200\n\n"
        "Ab Oktober bin ich im Urlaub – als Ansprechpartner tragen Sie bitte Lukas Braun ein, "
        "braun@rheinpost.example, +49 221 4711 245.\n\n"
        "Anna Weber\n",
        "weber@rheinpost.example",
        "Anna Weber",
    ),
    _want("Rheinpost GmbH", ("Lukas Braun", "braun@rheinpost.example", "+492214711245")),
)
CASES["cz_misto_jany_bude_kontaktni"] = (
    _mail(
        "Dobrý den,\n\nOstravský týdeník a.s. žádá o přístup k výsledkům voleb.\n"
        "Produkční IP: 192.0.2.40\n"
        "Kontaktní osoba: Jana Malá, 596 118 400\n\n"
        "Oprava: místo Jany Malé bude kontaktní osobou Ondřej Veselý, "
        "vesely@ostravskytydenik.example, 596 118 427.\n\n"
        "Jana Malá\n",
        "mala@ostravskytydenik.example",
        "Jana Malá",
    ),
    _want("Ostravský týdeník a.s.", ("Ondřej Veselý", "vesely@ostravskytydenik.example", "+420596118427")),
)
# near misses: a deputy for an absence, a leave note naming no contact
CASES["cz_neg_deputy_absence"] = (
    _mail(
        "Dobrý den,\n\nVýchodočeský deník s.r.o. žádá o přístup k výsledkům voleb v XML.\n"
        "Produkční IP: 192.0.2.40\n"
        "Kontaktní osoba: Petra Dvořáková, 604 111 222\n\n"
        "V mé nepřítomnosti kontaktujte prosím kolegu Jana Nového, 604 111 444.\n\n"
        "Petra Dvořáková\n",
        "dvorakova@vychodocesky.example",
        "Petra Dvořáková",
    ),
    _want("Východočeský deník s.r.o.", ("Petra Dvořáková", "dvorakova@vychodocesky.example", "+420604111222")),
)
CASES["cz_neg_leave_no_role"] = (
    _mail(
        "Dobrý den,\n\nRadio Haná s.r.o. žádá o přístup k výsledkům voleb.\n"
        "IP adresa serveru: 192.0.2.40\n"
        "Kontakt: Lucie Šimková, 585 200 300\n\n"
        "Od 20. 10. jsem týden na dovolené, prosím uveďte v odpovědi naše číslo jednací RH-118.\n\n"
        "Lucie Šimková\n",
        "simkova@radiohana.example",
        "Lucie Šimková",
    ),
    _want("Radio Haná s.r.o.", ("Lucie Šimková", "simkova@radiohana.example", "+420585200300")),
)
CASES["en_neg_holiday_copy_colleague"] = (
    _mail(
        "Hello,\n\nNorthern Echo Ltd would like access to the election results feed.\n"
        "Server IP: 192.0.2.40\n"
        "Contact: Emma Stone, +44 161 496 0100\n\n"
        "I'm on holiday next week; please list Jack Reed (jack.reed@northernecho.example) in copy.\n\n"
        "Best,\nEmma Stone\n",
        "emma.stone@northernecho.example",
        "Emma Stone",
    ),
    _want("Northern Echo Ltd", ("Emma Stone", "emma.stone@northernecho.example", "+441614960100")),
)

# (b) a phone put right by a digit
CASES["cz_pardon_telefon_je_next_line"] = (
    _mail(
        "Dobrý den,\n\nJihlavské listy s.r.o. žádají o přístup k výsledkům voleb.\n"
        "Produkční IP: 192.0.2.40\n\n"
        "Kontakt: Jan Novák, tel. 737 200 145.\n"
        "Pardon, telefon je 737 200 154.\n\n"
        "Jan Novák\n",
        "novak@jihlavskelisty.example",
        "Jan Novák",
    ),
    _want("Jihlavské listy s.r.o.", ("Jan Novák", "novak@jihlavskelisty.example", "+420737200154")),
)
CASES["cz_phone_typed_same_line"] = (
    _mail(
        "dobry den, Jihlavske listy s.r.o., chceme xml vysledky, server 192.0.2.40. "
        "Jan Novak, tel 737 200 145\nsorry tel je 737 200 154 ne 145\n",
        "novak@jihlavskelisty.example",
        "Jan Novák",
    ),
    _want("Jihlavské listy s.r.o.", ("Jan Novák", "novak@jihlavskelisty.example", "+420737200154")),
)
CASES["en_sorry_my_number_is"] = (
    _mail(
        "Hello,\n\nBristol Courier Ltd requests access to the results feed.\n"
        "Server IP: 192.0.2.40\n\n"
        "Contact: Oliver Hunt, phone +44 117 496 0321.\n"
        "Sorry, my number is +44 117 496 0312.\n\n"
        "Oliver Hunt\n",
        "hunt@bristolcourier.example",
        "Oliver Hunt",
    ),
    _want("Bristol Courier Ltd", ("Oliver Hunt", "hunt@bristolcourier.example", "+441174960312")),
)
CASES["de_korrektur_telefon"] = (
    _mail(
        "Guten Tag,\n\ndie Kölner Rundschau GmbH bittet um Zugang zu den Wahlergebnissen.\n"
        "IP-Adresse: 192.0.2.40\n\n"
        "Ansprechpartner: Jonas Keller, Telefon +49 221 4711 230\n"
        "Entschuldigung, die Nummer lautet +49 221 4711 203.\n\n"
        "Jonas Keller\n",
        "keller@rundschau.example",
        "Jonas Keller",
    ),
    _want("Kölner Rundschau GmbH", ("Jonas Keller", "keller@rundschau.example", "+492214711203")),
)
CASES["sk_prepacte_oprava_cisla"] = (
    _mail(
        "Dobrý deň,\n\nŽilinský večerník s.r.o. žiada o prístup k výsledkom volieb.\n"
        "Produkčná IP: 192.0.2.40\n\n"
        "Kontaktná osoba: Peter Horváth, 0905 221 318\n"
        "Ospravedlňujem sa, telefón je 0905 221 381.\n\n"
        "Peter Horváth\n",
        "horvath@zilinskyvecernik.example",
        "Peter Horváth",
    ),
    _want("Žilinský večerník s.r.o.", ("Peter Horváth", "horvath@zilinskyvecernik.example", "+421905221381")),
)
# near misses: an apology before another number
CASES["cz_neg_pardon_switchboard"] = (
    _mail(
        "Dobrý den,\n\nJihlavské listy s.r.o. žádají o přístup k výsledkům voleb.\n"
        "Produkční IP: 192.0.2.40\n\n"
        "Kontakt: Jan Novák, tel. 737 200 145.\n"
        "Pardon za zpoždění, ústředna redakce je 737 200 100.\n\n"
        "Jan Novák\n",
        "novak@jihlavskelisty.example",
        "Jan Novák",
    ),
    _want("Jihlavské listy s.r.o.", ("Jan Novák", "novak@jihlavskelisty.example", "+420737200145")),
)
CASES["en_neg_sorry_fax"] = (
    _mail(
        "Hello,\n\nBristol Courier Ltd requests access to the results feed.\n"
        "Server IP: 192.0.2.40\n\n"
        "Contact: Oliver Hunt, phone +44 117 496 0321.\n"
        "Sorry, we have no mobile; our fax is +44 117 496 0300.\n\n"
        "Oliver Hunt\n",
        "hunt@bristolcourier.example",
        "Oliver Hunt",
    ),
    _want("Bristol Courier Ltd", ("Oliver Hunt", "hunt@bristolcourier.example", "+441174960321")),
)

# (b2) a reply adding the phone the writer's own quoted original lacked
def _reply(new: str, sender: str, name: str, org: str, person: str) -> ParsedMessage:
    quoted = (
        f"> Dne 16. 9. 2025 v 8:41 {name} <{sender}> napsal(a):\n>\n> Dobrý den,\n"
        f"> {org} žádá o přístup k výsledkům voleb v XML.\n> produkční: 192.0.2.40\n"
        f"> Kontaktní osoba: {person}\n>\n> Díky, {person}\n"
    )
    return mail(body(new + "\n\n" + quoted), subject="Re: Žádost o XML", sender=sender, sender_name=name)


CASES["cz_reply_forgot_phone"] = (
    _reply(
        "Dobrý den,\n\nv mailu níže jsem zapomněl uvést telefon, je to 731 552 018. Ostatní platí.\n\nMarek",
        "marek.dolezal@hlasvysociny.example", "Marek Doležal", "Hlas Vysočiny s.r.o.", "Marek Doležal",
    ),
    _want("Hlas Vysočiny s.r.o.", ("Marek Doležal", "marek.dolezal@hlasvysociny.example", "+420731552018")),
)
CASES["en_reply_forgot_phone"] = (
    _reply(
        "Hello again,\n\nI forgot my phone in the mail below: +420 731 552 019. Everything else stands.\n\nMarek",
        "marek.dolezal@hlasvysociny.example", "Marek Doležal", "Hlas Vysočiny s.r.o.", "Marek Doležal",
    ),
    _want("Hlas Vysočiny s.r.o.", ("Marek Doležal", "marek.dolezal@hlasvysociny.example", "+420731552019")),
)
CASES["cz_neg_reply_colleague_phone"] = (
    _reply(
        "Dobrý den,\n\nk mailu níže: technické dotazy prosím na telefon kolegy 731 552 077.\n\nMarek",
        "marek.dolezal@hlasvysociny.example", "Marek Doležal", "Hlas Vysočiny s.r.o.", "Marek Doležal",
    ),
    _want("Hlas Vysočiny s.r.o.", ("Marek Doležal", "marek.dolezal@hlasvysociny.example", None)),
)

# (c) the contact only in a data message's attachment
CASES["dm_contact_in_txt_form"] = (
    data_message(
        "Žádost o přístup k výsledkům voleb",
        text_file(
            "zadost.txt",
            "Žádost o přístup k výsledkům voleb\n\nŽadatel: Rádio Krumlov s.r.o.\n"
            "Produkční IP: 192.0.2.40\n\n"
            "Kontaktní osoba: Ondřej Fiala\nE-mail: fiala@radiokrumlov.example\nTelefon: 380 722 145\n",
        ),
        dm_sender="Rádio Krumlov s.r.o.",
    ),
    _want("Rádio Krumlov s.r.o.", ("Ondřej Fiala", "fiala@radiokrumlov.example", "+420380722145")),
)
CASES["dm_sheet_heading_kontakt_rows"] = (
    data_message(
        "Žádost o XML výsledky voleb",
        text_file(
            "zadost.txt",
            "Adresy\nIP adresa\tProdukce (ANO/NE)\n192.0.2.40\tANO\n\n"
            "Kontakt\nŽadatel\tRádio Šumava s.r.o.\nKontakt\tKarel Vondra\t388 722 146\n"
            "E-mail\tvondra@radiosumava.example\n",
        ),
        dm_sender="Rádio Šumava s.r.o.",
    ),
    _want("Rádio Šumava s.r.o.", ("Karel Vondra", "vondra@radiosumava.example", "+420388722146")),
)
CASES["dm_sheet_heading_contact_rows_en"] = (
    data_message(
        "Application for the election results feed",
        text_file(
            "application.txt",
            "Addresses\nIP address\tProduction\n192.0.2.40\tyes\n\n"
            "Contact\nApplicant\tDanube Radio s.r.o.\nContact person\tMaria Kern\t+43 1 4711 220\n"
            "E-mail\tkern@danuberadio.example\n",
        ),
        dm_sender="Danube Radio s.r.o.",
    ),
    _want("Danube Radio s.r.o.", ("Maria Kern", "kern@danuberadio.example", "+4314711220")),
)
CASES["dm_neg_heading_former_contact_row"] = (
    data_message(
        "Žádost o XML výsledky voleb",
        text_file(
            "zadost.txt",
            "Adresy\nIP adresa\tProdukce (ANO/NE)\n192.0.2.40\tANO\n\n"
            "Kontakt\nKontaktní osoba\tKarel Vondra\t388 722 146\n"
            "Původní kontakt (neplatí)\tJan Malý\t388 722 100\n",
        ),
        dm_sender="Rádio Šumava s.r.o.",
    ),
    _want("Rádio Šumava s.r.o.", ("Karel Vondra", None, "+420388722146")),
)

# (d) a surname-only contact with the full name elsewhere in the message
CASES["dm_p_surname_power_of_attorney"] = (
    data_message(
        "Zadost XML volby - server 192.0.2.40, kontakt p. Kratochvil (zmocnenec) 603 118 902",
        text_file(
            "plna_moc.txt",
            "PLNÁ MOC\n\nSpolečnost Jizerský zpravodaj s.r.o., zastoupená jednatelkou Ivanou "
            "Šustrovou, zmocňuje pana Petra Kratochvíla k jednání s Českým statistickým úřadem.\n\n"
            "Ivana Šustrová, jednatelka\n",
        ),
        dm_sender="Jizerský zpravodaj s.r.o.",
    ),
    _want("Jizerský zpravodaj s.r.o.", ("Petr Kratochvíl", None, "+420603118902")),
)
CASES["cz_kontakt_p_surname_nominative_attachment"] = (
    _mail(
        "Dobrý den, Jizerský zpravodaj s.r.o. žádá o XML, server 192.0.2.40.\n"
        "Kontakt p. Kratochvil (zmocnenec) 603 118 902\n\nIvana Šustrová\n",
        "info@jizerskyzpravodaj.example",
        "",
        text_file(
            "plna_moc.txt",
            "PLNÁ MOC\n\nJizerský zpravodaj s.r.o., zastoupená jednatelkou Ivanou Šustrovou, "
            "zmocňuje: Petr Kratochvíl, nar. 1. 1. 1990.\n\nIvana Šustrová, jednatelka\n",
        ),
    ),
    _want("Jizerský zpravodaj s.r.o.", ("Petr Kratochvíl", "info@jizerskyzpravodaj.example", "+420603118902")),
)
CASES["en_contact_mr_surname_full_in_letter"] = (
    _mail(
        "Hello,\n\nHarbour Weekly Ltd requests access to the results feed, server 192.0.2.40.\n"
        "Contact: Mr Reed, +44 117 496 0555.\n\nKind regards,\nSarah Cole\nEditor\n",
        "office@harbourweekly.example",
        "",
        text_file(
            "letter.txt",
            "Authorisation\n\nHarbour Weekly Ltd authorises Jack Reed, our IT administrator, to deal "
            "with the Czech Statistical Office.\n\nSarah Cole, Editor\n",
        ),
    ),
    _want("Harbour Weekly Ltd", ("Jack Reed", "office@harbourweekly.example", "+441174960555")),
)
CASES["de_ansprechpartner_herr_surname"] = (
    _mail(
        "Guten Tag,\n\ndie Moselbote GmbH bittet um Zugang, Server 192.0.2.40.\n"
        "Ansprechpartner ist Herr Braun, Telefon +49 651 4711 245.\n\n"
        "Mit freundlichen Grüßen\nAnna Weber\nGeschäftsführerin\n",
        "info@moselbote.example",
        "",
        text_file("vollmacht.txt", "Vollmacht\n\nHiermit bevollmächtigen wir Lukas Braun.\n\nAnna Weber\n"),
    ),
    _want("Moselbote GmbH", ("Lukas Braun", "info@moselbote.example", "+496514711245")),
)
CASES["cz_pani_surname_signature"] = (
    _mail(
        "Dobrý den,\n\nBrněnský metropolitní list s.r.o. žádá o přístup k výsledkům voleb.\n"
        "Produkční IP: 192.0.2.40\n"
        "Kontaktní osobou je paní Horká, tel. 541 118 220.\n\n"
        "S pozdravem\nIveta Horká\nBrněnský metropolitní list s.r.o.\n",
        "redakce@bml.example",
        "Redakce BML",
    ),
    _want("Brněnský metropolitní list s.r.o.", ("Iveta Horká", "redakce@bml.example", "+420541118220")),
)

# (e) a Czech or Slovak name written surname first
CASES["cz_horakova_lenka_form"] = (
    _mail(
        "Dobrý den,\n\nZáklad s.r.o. žádá o přístup k výsledkům voleb.\n"
        "Produkční IP: 192.0.2.40\n"
        "Kontaktní osoba: Horáková Lenka\nTelefon: 548 219 006\nE-mail: horakova@zaklad.example\n",
        "horakova@zaklad.example",
        "",
    ),
    _want("Základ s.r.o.", ("Lenka Horáková", "horakova@zaklad.example", "+420548219006")),
)
CASES["sk_kovacova_jana_form"] = (
    _mail(
        "Dobrý deň,\n\nNitriansky hlas s.r.o. žiada o prístup k výsledkom volieb.\n"
        "Produkčná IP: 192.0.2.40\n"
        "Kontaktná osoba: Kováčová Jana\nTelefón: 0905 331 442\nE-mail: kovacova@nitrianskyhlas.example\n",
        "kovacova@nitrianskyhlas.example",
        "",
    ),
    _want("Nitriansky hlas s.r.o.", ("Jana Kováčová", "kovacova@nitrianskyhlas.example", "+421905331442")),
)
CASES["cz_mala_petra_form"] = (
    _mail(
        "Dobrý den,\n\nObec Dolní Lhota žádá o přístup k výsledkům voleb.\n"
        "IP adresa: 192.0.2.40\n"
        "Kontaktní osoba: Malá Petra\nTel.: 553 118 760\nE-mail: mala@dolnilhota.example\n",
        "mala@dolnilhota.example",
        "",
    ),
    _want("Obec Dolní Lhota", ("Petra Malá", "mala@dolnilhota.example", "+420553118760")),
)
# near misses: a Hungarian name, two given names, a name already given name first
CASES["hu_neg_szabo_reka"] = (
    _mail(
        "Tisztelt Hivatal!\n\nA Dunántúli Hírlap Kft. hozzáférést kér a választási eredményekhez.\n"
        "IP-cím: 192.0.2.40\n"
        "Kapcsolattartó: Szabó Réka\nTelefon: +36 1 234 5678\nE-mail: szabo@dunantuli.example\n",
        "szabo@dunantuli.example",
        "",
    ),
    _want("Dunántúli Hírlap Kft.", ("Szabó Réka", "szabo@dunantuli.example", "+3612345678")),
)
CASES["cz_neg_kalina_filip"] = (
    _mail(
        "Dobrý den,\n\nZáklad s.r.o. žádá o přístup k výsledkům voleb.\n"
        "Produkční IP: 192.0.2.40\n"
        "Kontaktní osoba: Kalina Filip\nTelefon: 548 219 007\nE-mail: kalina@zaklad.example\n",
        "kalina@zaklad.example",
        "",
    ),
    _want("Základ s.r.o.", ("Kalina Filip", "kalina@zaklad.example", "+420548219007")),
)
CASES["cz_neg_given_first"] = (
    _mail(
        "Dobrý den,\n\nZáklad s.r.o. žádá o přístup k výsledkům voleb.\n"
        "Produkční IP: 192.0.2.40\n"
        "Kontaktní osoba: Lenka Horáková\nTelefon: 548 219 006\nE-mail: horakova@zaklad.example\n",
        "horakova@zaklad.example",
        "",
    ),
    _want("Základ s.r.o.", ("Lenka Horáková", "horakova@zaklad.example", "+420548219006")),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("contact.")] == []
