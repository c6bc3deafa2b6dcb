"""A drill, forty-ninth round (issue 18): who the contact is and which phone is theirs. (a) A
contact named in another case by a short feminine given name ("kontaktujte Evu Malou (tel.
…)", "s Ivou …", "Emu Hrubú") in a team's shared mailbox; (b) a number written without a
trunk zero with its country code alone beside it ("Móvil: 655 318 402 (+34)"); (c) a
landline called old beside a mobile given as the one in force; (d) a contact named in a
German, French or Czech sentence who is not the signatory or the sender. Near-miss
negatives: "Ivo Novák" beside the contact "Iva Nováková", a Czech number with "(+420)", a
mobile called old beside a landline. Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import BOTH, FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str) -> ParsedMessage:
    return mail(body(text), subject="Přístup k výsledkům voleb", sender=sender, sender_name=name)


# (a) a short feminine given name in another case
CASES["cz_team_accusative_iva"] = (
    _mail(
        "Dobrý den,\n\nKrkonošský deník s.r.o. žádá o přístup k výsledkům voleb.\n"
        "Produkční server: 192.0.2.140\n\n"
        "Ve věci žádosti se prosím obracejte na Ivu Horkou (mobil 604 218 377), odpovídejte "
        "na tuto adresu.\n\nDíky,\ntým redakce\nPetr Sova, Iva Horká, Jan Brož\n"
        "Krkonošský deník | ústředna 499 321 100\n",
        "redakce@krkonosskydenik.example",
        "Redakce Krkonošský deník",
    ),
    label(
        FEED,
        ("Krkonošský deník s.r.o.", None, None),
        ["192.0.2.140"],
        [],
        ("Iva Horká", "redakce@krkonosskydenik.example", "+420604218377"),
    ),
)
CASES["sk_team_accusative_ema"] = (
    _mail(
        "Dobrý deň,\n\nNovohradský hlas s.r.o. žiada o prístup k výsledkom volieb.\n"
        "Produkčná adresa: 192.0.2.150\n\n"
        "V prípade otázok kontaktujte Emu Hrubú (tel. 0905 318 227).\n\n"
        "S pozdravom\nredakcia Novohradský hlas\nMarek Lipa, Ema Hrubá\n",
        "redakcia@novohradskyhlas.example",
        "Redakcia Novohradský hlas",
    ),
    label(
        FEED,
        ("Novohradský hlas s.r.o.", None, None),
        ["192.0.2.150"],
        [],
        ("Ema Hrubá", "redakcia@novohradskyhlas.example", "+421905318227"),
    ),
)
CASES["cz_team_instrumental_eva"] = (
    _mail(
        "Dobrý den,\n\nza Jizerský týdeník s.r.o. žádáme o přístup k XML s výsledky voleb "
        "ze serveru 192.0.2.160.\n\nVšechno prosím domlouvejte s Evou Klímovou (tel. "
        "732 114 508).\n\nRedakce Jizerský týdeník\nMarek Dolejš, Eva Klímová\n"
        "tel. redakce 483 110 200\n",
        "redakce@jizerskytydenik.example",
        "Redakce Jizerský týdeník",
    ),
    label(
        FEED,
        ("Jizerský týdeník s.r.o.", None, None),
        ["192.0.2.160"],
        [],
        ("Eva Klímová", "redakce@jizerskytydenik.example", "+420732114508"),
    ),
)
CASES["neg_ivo_beside_iva"] = (
    _mail(
        "Dobrý den,\n\nPodještědský zpravodaj s.r.o. žádá o přístup k výsledkům voleb.\n"
        "Produkční IP: 192.0.2.170\n\nKontaktní osoba: Iva Nováková, tel. 736 220 914\n\n"
        "S pozdravem\nIvo Novák, jednatel, 602 311 415\n",
        "redakce@podjestedsky.example",
        "Redakce Podještědský zpravodaj",
    ),
    label(
        FEED,
        ("Podještědský zpravodaj s.r.o.", None, None),
        ["192.0.2.170"],
        [],
        ("Iva Nováková", "redakce@podjestedsky.example", "+420736220914"),
    ),
)

# (b) a country code alone after a number written without a trunk zero
CASES["pl_code_after_number"] = (
    _mail(
        "Dzień dobry,\n\nWydawnictwo Beskidzkie sp. z o.o. prosi o dostęp do wyników wyborów "
        "w formacie XML.\nAdres produkcyjny: 198.51.100.180\n\n"
        "Kontakt: Anna Zielińska, tel. 512 345 678 (+48)\n\nPozdrawiam\nAnna Zielińska\n",
        "a.zielinska@beskidzkie.example",
        "Anna Zielińska",
    ),
    label(
        FEED,
        ("Wydawnictwo Beskidzkie sp. z o.o.", None, None),
        ["198.51.100.180"],
        [],
        ("Anna Zielińska", "a.zielinska@beskidzkie.example", "+48512345678"),
    ),
)
CASES["pt_code_after_mobile"] = (
    _mail(
        "Bom dia,\n\nsou jornalista freelancer e gostaria de aceder ao feed XML dos "
        "resultados.\nIP de produção: 203.0.113.181\n\nTelemóvel: 912 448 203 (+351)\n\n"
        "Obrigado,\nTiago Matos\n",
        "tiago@matos.example",
        "Tiago Matos",
    ),
    label(
        FEED,
        ("Tiago Matos", None, None),
        ["203.0.113.181"],
        [],
        ("Tiago Matos", "tiago@matos.example", "+351912448203"),
    ),
)
CASES["it_code_after_cell"] = (
    _mail(
        "Buongiorno,\n\nEdizioni Lago Verde S.r.l. chiede l'accesso ai risultati elettorali "
        "in XML.\nIP di produzione: 203.0.113.182\n\n"
        "Referente: Giulia Conti, cell. 347 128 6604 (+39), giulia.conti@lagoverde.example\n\n"
        "Cordiali saluti\nGiulia Conti\n",
        "giulia.conti@lagoverde.example",
        "Giulia Conti",
    ),
    label(
        FEED,
        ("Edizioni Lago Verde S.r.l.", None, None),
        ["203.0.113.182"],
        [],
        ("Giulia Conti", "giulia.conti@lagoverde.example", "+393471286604"),
    ),
)
CASES["neg_czech_number_with_own_code"] = (
    _mail(
        "Dobrý den,\n\nVysočina dnes s.r.o. žádá o přístup k výsledkům voleb.\n"
        "Produkční IP: 192.0.2.183\n\nKontakt: Jan Pešek, tel. 602 123 456 (+420)\n\n"
        "S pozdravem\nJan Pešek\n",
        "pesek@vysocinadnes.example",
        "Jan Pešek",
    ),
    label(
        FEED,
        ("Vysočina dnes s.r.o.", None, None),
        ["192.0.2.183"],
        [],
        ("Jan Pešek", "pesek@vysocinadnes.example", "+420602123456"),
    ),
)

# (c) a landline called old beside the mobile in force
CASES["cz_mobile_landline_gone"] = (
    _mail(
        "Dobrý den,\n\nData z obcí s.r.o. žádá o přístup k výsledkům voleb.\n"
        "Produkční IP: 192.0.2.190\n\n"
        "Kontakt: mobil 777 205 318 (pevná linka už nefunguje).\n\n"
        "Karel Beran\nData z obcí s.r.o. · Nádražní 4, Liberec · tel. 485 110 220\n",
        "karel@datazobci.example",
        "Karel Beran",
    ),
    label(
        FEED,
        ("Data z obcí s.r.o.", None, None),
        ["192.0.2.190"],
        [],
        ("Karel Beran", "karel@datazobci.example", "+420777205318"),
    ),
)
CASES["de_handy_festnetz_gone"] = (
    _mail(
        "Guten Tag,\n\ndie Ostbayern Medien GmbH bittet um Zugang zu den Wahlergebnissen "
        "(XML).\nProduktivserver: 198.51.100.191\n\n"
        "Erreichbar bin ich unter Handy +49 151 2345 6789 (das Festnetz gibt es nicht mehr).\n\n"
        "Mit freundlichen Grüßen\nLukas Brandl\nOstbayern Medien GmbH\nTel. +49 941 220 4410\n",
        "l.brandl@ostbayern-medien.example",
        "Lukas Brandl",
    ),
    label(
        FEED,
        ("Ostbayern Medien GmbH", None, None),
        ["198.51.100.191"],
        [],
        ("Lukas Brandl", "l.brandl@ostbayern-medien.example", "+4915123456789"),
    ),
)
CASES["neg_mobile_called_old"] = (
    _mail(
        "Dobrý den,\n\nHanácký posel s.r.o. žádá o přístup k výsledkům voleb.\n"
        "Produkční IP: 192.0.2.192\n\n"
        "Mobil 777 205 319 už nepoužívám, volejte prosím na pevnou linku 585 110 221.\n\n"
        "S pozdravem\nRadek Šimek\n",
        "simek@hanackyposel.example",
        "Radek Šimek",
    ),
    label(
        FEED,
        ("Hanácký posel s.r.o.", None, None),
        ["192.0.2.192"],
        [],
        ("Radek Šimek", "simek@hanackyposel.example", "+420585110221"),
    ),
)

# (d) a contact named in a sentence who is neither the signatory nor the sender
CASES["de_ansprechpartner_not_signer"] = (
    _mail(
        "Sehr geehrte Damen und Herren,\n\ndie Isartal Rundfunk GmbH beantragt den Zugang zu den "
        "Wahlergebnissen im XML-Format sowie eine Drehgenehmigung.\n"
        "Produktivserver: 198.51.100.200\n\n"
        "Ansprechpartner für alle Fragen ist unser Redakteur Herr Jonas Keller, "
        "j.keller@isartal-rundfunk.example, Tel. +49 89 2145 3310.\n\n"
        "Mit freundlichen Grüßen\nDr. Ulrike Brandl\nChefredakteurin\nIsartal Rundfunk GmbH\n"
        "Tel. +49 89 2145 3300\n",
        "u.brandl@isartal-rundfunk.example",
        "Ulrike Brandl",
    ),
    label(
        BOTH,
        ("Isartal Rundfunk GmbH", None, None),
        ["198.51.100.200"],
        [],
        ("Jonas Keller", "j.keller@isartal-rundfunk.example", "+498921453310"),
    ),
)
CASES["at_it_leiterin_hyphen_title"] = (
    _mail(
        "Sehr geehrte Damen und Herren,\n\ndie Donauwelle Medien GmbH ersucht um Zugang zu den "
        "Wahlergebnissen im XML-Format.\nProduktivserver: 198.51.100.210\n\n"
        "Ansprechpartnerin ist unsere IT-Leiterin Frau Sabine Huber (s.huber@donauwelle.example, "
        "+43 1 2345 678).\n\nMit freundlichen Grüßen\nMag. Thomas Wagner\nGeschäftsführer\n"
        "Donauwelle Medien GmbH\n",
        "t.wagner@donauwelle.example",
        "Thomas Wagner",
    ),
    label(
        FEED,
        ("Donauwelle Medien GmbH", None, None),
        ["198.51.100.210"],
        [],
        ("Sabine Huber", "s.huber@donauwelle.example", "+4312345678"),
    ),
)
CASES["cz_it_technik_hyphen_title"] = (
    _mail(
        "Dobrý den,\n\nPosázavský kurýr s.r.o. žádá o přístup k výsledkům voleb.\n"
        "Produkční IP: 192.0.2.211\n\nKontaktní osobou je náš IT-technik Pavel Kříž, "
        "kriz@posazavskykuryr.example, 731 220 418.\n\nS pozdravem\nIng. Hana Dvořáková\n"
        "jednatelka\n",
        "dvorakova@posazavskykuryr.example",
        "Hana Dvořáková",
    ),
    label(
        FEED,
        ("Posázavský kurýr s.r.o.", None, None),
        ["192.0.2.211"],
        [],
        ("Pavel Kříž", "kriz@posazavskykuryr.example", "+420731220418"),
    ),
)
CASES["neg_double_surname_contact"] = (
    _mail(
        "Dobrý den,\n\nLabský občasník s.r.o. žádá o přístup k výsledkům voleb.\n"
        "Produkční IP: 192.0.2.212\n\nKontakt: Jana Nováková-Malá, tel. 604 111 222, "
        "novakova@labskyobcasnik.example\n\nS pozdravem\nPetr Malý\n",
        "maly@labskyobcasnik.example",
        "Petr Malý",
    ),
    label(
        FEED,
        ("Labský občasník s.r.o.", None, None),
        ["192.0.2.212"],
        [],
        ("Jana Nováková-Malá", "novakova@labskyobcasnik.example", "+420604111222"),
    ),
)
CASES["fr_correspondant_suit_le_dossier"] = (
    _mail(
        "Madame, Monsieur,\n\nles Éditions du Rhône SARL sollicitent l'accès aux résultats "
        "électoraux au format XML.\nAdresse IP de production : 192.0.2.201\n\n"
        "Notre journaliste Julien Moreau assurera le suivi de ce dossier "
        "(j.moreau@editionsdurhone.example, +33 6 12 34 56 78).\n\n"
        "Veuillez agréer nos salutations distinguées.\nAnne Lefèvre\nRédactrice en chef\n",
        "secretariat@editionsdurhone.example",
        "Secrétariat",
    ),
    label(
        FEED,
        ("Éditions du Rhône SARL", None, None),
        ["192.0.2.201"],
        [],
        ("Julien Moreau", "j.moreau@editionsdurhone.example", "+33612345678"),
    ),
)
CASES["cz_organizer_not_writer"] = (
    _mail(
        "Dobrý den,\n\njsme studentský spolek Filmový klub Brno, z.s., a chtěli bychom natočit "
        "reportáž o sčítání hlasů na vašem pracovišti v Brně. Data ze serveru nepotřebujeme.\n\n"
        "Všechno zařizuje Tereza Malá (tereza.mala@fkbrno.example, 734 556 812), já jen "
        "posílám mail.\n\nDíky!\nPetr Kos\n",
        "petr.kos@fkbrno.example",
        "Petr Kos",
    ),
    label(
        ["recording_permit"],
        ("Filmový klub Brno, z.s.", None, None),
        [],
        [],
        ("Tereza Malá", "tereza.mala@fkbrno.example", "+420734556812"),
    ),
)

CASES["en_organised_by_other"] = (
    _mail(
        "Hello,\n\nthe Riverside Student Film Society would like to film the vote count at "
        "your Prague office on election night. We do not need the data feed.\n\n"
        "Everything is being organised by Hana Vlková (hana.vlkova@rsfs.example, "
        "+420 734 556 813); I am only sending the e-mail.\n\nThanks,\nTom Fisher\n",
        "tom.fisher@rsfs.example",
        "Tom Fisher",
    ),
    label(
        ["recording_permit"],
        ("Riverside Student Film Society", None, None),
        [],
        [],
        ("Hana Vlková", "hana.vlkova@rsfs.example", "+420734556813"),
    ),
)
CASES["es_se_encarga_colleague"] = (
    _mail(
        "Buenos días:\n\nEdiciones Meseta S.L. solicita acceso a los resultados electorales en "
        "XML.\nIP de producción: 203.0.113.220\n\nDe la solicitud se encarga nuestra compañera "
        "Lucía Gómez (lucia.gomez@meseta.example, +34 612 345 678).\n\nUn saludo,\n"
        "Javier Ortega\nDirector\n",
        "j.ortega@meseta.example",
        "Javier Ortega",
    ),
    label(
        FEED,
        ("Ediciones Meseta S.L.", None, None),
        ["203.0.113.220"],
        [],
        ("Lucía Gómez", "lucia.gomez@meseta.example", "+34612345678"),
    ),
)
CASES["neg_organiser_of_event_contact_labelled"] = (
    _mail(
        "Dobrý den,\n\nŽďárský zpravodaj s.r.o. žádá o přístup k výsledkům voleb.\n"
        "Produkční IP: 192.0.2.221\n\nVolební studio v Žďáru organizuje Petr Hudec "
        "(hudec@zdarskyzpravodaj.example).\n\nKontaktní osoba: Jana Malá, "
        "mala@zdarskyzpravodaj.example, tel. 605 332 118\n\nS pozdravem\nJana Malá\n",
        "mala@zdarskyzpravodaj.example",
        "Jana Malá",
    ),
    label(
        FEED,
        ("Žďárský zpravodaj s.r.o.", None, None),
        ["192.0.2.221"],
        [],
        ("Jana Malá", "mala@zdarskyzpravodaj.example", "+420605332118"),
    ),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
