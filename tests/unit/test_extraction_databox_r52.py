"""A drill, fifty-second round (issue 18): a data message sent from a box registered to
another entity. A parent company, a holding or a publisher sends the application of its
subsidiary (a station, a web daily) from its own box: LABELS.md wants the applicant's own
data-box ID (from its signature block), or none; the applicant is the organisation the text
names, not the box's owner. Near misses: a parent company applying for itself that only
mentions a subsidiary, and an ordinary application whose text names its own sender.

Each message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it; the drill
scores the organisation's name and data-box ID with their certainty (``sure``: True when both
must be certain, False when the box must be flagged, None when either is right).

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

from typing import Any

import pytest

from intake.model import Channel, ParsedMessage
from tests.corpus.accuracy import _norm
from tests.unit.drill_helpers import drill_params
from tests.unit.extraction_helpers import body, extract, mail, text_file

CASES: dict[str, tuple[ParsedMessage, dict[str, Any]]] = {}


def _want(name: str, box: str | None, sure: bool | None = None) -> dict[str, Any]:
    return {"name": name, "box": box, "sure": sure}


def _box(
    owner: str, box_id: str, annotation: str, text: str, file: str = "zadost.docx"
) -> ParsedMessage:
    return ParsedMessage(
        channel=Channel.DATABOX,
        subject=annotation,
        sender=box_id,
        sender_name=owner,
        envelope={
            "dbIDSender": box_id,
            "dmSender": owner,
            "dmSenderType": "20",
            "dmAnnotation": annotation,
        },
        components=(text_file(file, text),),
    )


# the subsidiary's own box in its signature block: that box
CASES["cs_parent_sends_own_box_in_signature"] = (
    _box(
        "Mediální dům Vysočina a.s.",
        "p7kd2wm",
        "Za dceřinou společnost – žádost o výsledky voleb",
        "Žádost o přístup k výsledkům voleb\n"
        "Žadatel: Rádio Pelhřimov s.r.o., IČO 27418537 (žádost odesílá mateřská společnost "
        "Mediální dům Vysočina a.s. ze své datové schránky).\n"
        "Produkční IP: 198.51.100.21\nTestovací IP: 198.51.100.29\n"
        "Kontakt: Petr Novotný, 777 120 334, novotny@radiopelhrimov.example\n\n"
        "Ing. Alena Dvořáková\njednatelka Rádio Pelhřimov s.r.o.\n"
        "IČO 27418537, ID datové schránky: v4nq8tr\n",
    ),
    _want("Rádio Pelhřimov s.r.o.", "v4nq8tr", False),
)
CASES["en_holding_sends_station_box_in_footer"] = (
    _box(
        "Northfield Media Holding a.s.",
        "x2bw7ke",
        "Application on behalf of our subsidiary",
        "Application for access to the election results feed\n"
        "Applicant: Radio Kolín s.r.o., company ID 06149278. This application is sent from the "
        "data box of our parent company, Northfield Media Holding a.s.\n"
        "Production server: 203.0.113.40\nTest server: 203.0.113.41\n"
        "Contact: Martin Hruška, martin.hruska@radiokolin.example, +420 602 511 908\n\n"
        "Radio Kolín s.r.o. | Company ID 06149278 | Data box ID: m8rt3dq\n",
    ),
    _want("Radio Kolín s.r.o.", "m8rt3dq", False),
)
CASES["cs_holding_for_subsidiary_ds_short"] = (
    _box(
        "Regionální média holding a.s.",
        "r9fk2ab",
        "Žádost dceřiné společnosti Deník Brodsko s.r.o.",
        "Odesíláme za naši dceřinou společnost:\n"
        "Deník Brodsko s.r.o., IČO 28583108, DS: d6tw4pn\n"
        "žádá o přístup k výsledkům voleb.\n"
        "IP adresa produkčního serveru: 192.0.2.61\n"
        "Kontaktní osoba: Jana Bartošová, bartosova@denikbrodsko.example, 731 224 510\n",
    ),
    _want("Deník Brodsko s.r.o.", "d6tw4pn", False),
)

# the subsidiary has no box of its own: none
CASES["cs_no_own_box_parent_sends"] = (
    _box(
        "Vydavatelství Podhůří a.s.",
        "k5ht9wz",
        "Žádost Noviny Podhůří s.r.o. – volby",
        "Noviny Podhůří s.r.o., Nádražní 4, 741 01 Nový Jičín, IČO 46902350\n"
        "Žadatelem je společnost Noviny Podhůří s.r.o. Naše společnost nemá zřízenu vlastní "
        "datovou schránku, proto žádost odesílá mateřská společnost Vydavatelství Podhůří a.s.\n"
        "Produkční adresa: 198.51.100.80\nTestovací adresa: 198.51.100.88\n"
        "Kontaktní osoba: Ondřej Kříž, kriz@novinypodhuri.example, 556 712 300\n",
    ),
    _want("Noviny Podhůří s.r.o.", None, False),
)
CASES["sk_materska_spolocnost_no_box"] = (
    _box(
        "Mediálna skupina Tatry a.s.",
        "t3vb8gh",
        "Žiadosť dcérskej spoločnosti o prístup k výsledkom volieb",
        "Žiadateľ: Rádio Žilina s.r.o., IČO 25104772.\n"
        "Naša spoločnosť nemá vlastnú dátovú schránku, žiadosť preto posiela materská "
        "spoločnosť Mediálna skupina Tatry a.s.\n"
        "Produkčná IP adresa: 203.0.113.120\n"
        "Kontakt: Marek Baláž, balaz@radiozilina.example, +421 905 441 220\n",
    ),
    _want("Rádio Žilina s.r.o.", None, False),
)
CASES["de_muttergesellschaft_no_box"] = (
    _box(
        "Elbe Medien Holding a.s.",
        "e4gx6mn",
        "Antrag unserer Tochtergesellschaft",
        "Antrag auf Zugang zu den Wahlergebnissen\n"
        "Antragsteller: Elbe Radio s.r.o., IČO 08736120. Die Gesellschaft hat kein eigenes "
        "Datenpostfach; der Antrag wird von unserer Muttergesellschaft Elbe Medien Holding a.s. "
        "versandt.\n"
        "Produktivserver: 192.0.2.150\nTestserver: 192.0.2.151\n"
        "Kontakt: Klaus Weber, weber@elberadio.example, +420 412 300 118\n",
    ),
    _want("Elbe Radio s.r.o.", None, False),
)
CASES["en_parent_company_sends_no_box"] = (
    _box(
        "Bohemia Publishing a.s.",
        "b8cn2vr",
        "Election results - request of our subsidiary",
        "Dear Sir or Madam,\n"
        "Prague Daily Online s.r.o. (company ID 29665400) applies for access to the election "
        "results. It has no data box of its own, so the request is sent by its parent company "
        "Bohemia Publishing a.s.\n"
        "Production IP: 198.51.100.200\n"
        "Contact: Emma Vacková, vackova@praguedaily.example, +420 603 778 120\n",
    ),
    _want("Prague Daily Online s.r.o.", None, False),
)
CASES["pl_spolka_matka_no_box"] = (
    _box(
        "Slezská mediální a.s.",
        "s2pl7jt",
        "Wniosek spółki zależnej",
        "Wnioskodawca: Radio Cieszyn s.r.o., IČO 17308585.\n"
        "Spółka nie posiada własnej skrzynki danych, dlatego wniosek wysyła spółka matka "
        "Slezská mediální a.s.\n"
        "Adres IP serwera produkcyjnego: 203.0.113.160\n"
        "Kontakt: Anna Wójcik, wojcik@radiocieszyn.example, +420 558 710 225\n",
    ),
    _want("Radio Cieszyn s.r.o.", None, False),
)

# near misses: the box's owner applies
CASES["cs_parent_applies_mentions_subsidiary"] = (
    _box(
        "Mediální skupina Jih a.s.",
        "j7mr3cx",
        "Žádost o přístup k výsledkům voleb",
        "Mediální skupina Jih a.s., IČO 03519473, žádá o přístup k výsledkům voleb. Data "
        "zobrazí i naše dceřiná společnost Rádio Jih s.r.o. na svém webu.\n"
        "Produkční IP: 192.0.2.91\n"
        "Kontaktní osoba: Lukáš Doležal, dolezal@mediajih.example, 602 330 115\n",
    ),
    _want("Mediální skupina Jih a.s.", "j7mr3cx", True),
)
CASES["cs_own_box_signature_repeats"] = (
    _box(
        "Rádio Haná s.r.o.",
        "h9qp4ze",
        "Žádost o výsledky voleb",
        "Žádost o přístup k výsledkům voleb\n"
        "Produkční adresa: 198.51.100.60\n"
        "Kontaktní osoba: Eva Holubová, holubova@radiohana.example, 585 100 200\n\n"
        "Rádio Haná s.r.o., IČO 22204610, ID DS: h9qp4ze\n",
    ),
    _want("Rádio Haná s.r.o.", "h9qp4ze", True),
)
CASES["cs_group_member_letterhead_own_box"] = (
    _box(
        "Televize Polabí s.r.o.",
        "w3tp6lk",
        "Žádost o přístup k datům voleb",
        "Televize Polabí s.r.o. – člen skupiny Polabská média a.s.\n"
        "Žadatel: Televize Polabí s.r.o., IČO 07752083\n"
        "Produkční server: 203.0.113.33\n"
        "Kontakt: Roman Šulc, sulc@tvpolabi.example, 466 300 211\n",
    ),
    _want("Televize Polabí s.r.o.", "w3tp6lk", True),
)

CASES["en_group_named_first_subsidiary_is_owner"] = (
    _box(
        "Lakeside Radio s.r.o.",
        "l6rd3qa",
        "Election results feed",
        "We belong to the group of our parent company Lakeside Holding a.s. (company ID 46902350); "
        "the applicant is its subsidiary Lakeside Radio s.r.o., company ID 25104772.\n"
        "Production IP: 203.0.113.230\n"
        "Contact: Oliver Kent, kent@lakesideradio.example, +420 602 900 310\n",
    ),
    _want("Lakeside Radio s.r.o.", "l6rd3qa", None),
)
CASES["cs_group_first_dcerina_is_owner"] = (
    _box(
        "Deník Slezsko s.r.o.",
        "s4dk7mp",
        "Žádost o přístup k XML výsledkům voleb",
        "Patříme do skupiny Slezská vydavatelská a.s. (IČO 08736120), žadatelem je však dceřiná "
        "společnost Deník Slezsko s.r.o., IČO 29665400.\n"
        "Produkční adresa: 198.51.100.230\n"
        "Kontakt: Aleš Vrba, vrba@denikslezsko.example, +420 596 110 400\n",
    ),
    _want("Deník Slezsko s.r.o.", "s4dk7mp", None),
)

CASES["en_hosting_partner_box_mentioned"] = (
    _box(
        "Valley Courier s.r.o.",
        "v2cr9et",
        "Election results feed",
        "We apply for access to the election results feed for our server 198.51.100.140.\n"
        "The server is run by our partner NetHost Brno s.r.o. (data box ID: n6hb3ws).\n"
        "Contact: Iva Bednářová, +420 720 115 400\n\nValley Courier s.r.o.\nIČO 07752083\n",
    ),
    _want("Valley Courier s.r.o.", "v2cr9et", True),
)


XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_box_of_another(p: ParsedMessage, want: dict[str, Any]) -> None:
    got = extract(p)
    d = got.to_dict()
    name = _norm(d["organization"]["name"], "organization.name")
    assert name == _norm(want["name"], "organization.name")
    assert d["organization"]["databox_id"] == want["box"]
    box = got.fields.get("organization.databox_id")
    if want["sure"] is not None and want["box"] is not None:
        assert box is not None and box.certain is want["sure"]
    if want["box"] is None and box is not None:
        assert not box.certain


# ---- the contact called so in a bracket after their name in a list of people (a crew)

CONTACTS: dict[str, tuple[ParsedMessage, tuple[str, str | None, str | None]]] = {}


def _own_box(owner: str, text: str, file: str = "zadost.odt") -> ParsedMessage:
    return _box(owner, "q2ws8ed", "Žádost o povolení natáčení", text, file)


CONTACTS["cs_crew_contact_in_bracket_director_signs"] = (
    _own_box(
        "Kabelová televize Jevíčko, příspěvková organizace",
        "Kabelová televize Jevíčko, příspěvková organizace, IČO 24357162\n"
        "Žádáme o povolení natáčet na kontaktním místě ČSÚ v Blansku v sobotu odpoledne.\n"
        "Štáb: Mgr. Hana Zouharová (moderátorka, kontaktní osoba, zouharova@ktvjevicko.example, "
        "tel. 516 400 212), Radek Pokorný (kamera).\n"
        "Ing. Vladimír Šindelář, ředitel\n",
    ),
    ("Hana Zouharová", "zouharova@ktvjevicko.example", "+420516400212"),
)
CONTACTS["en_crew_contact_second"] = (
    _own_box(
        "Riverside Broadcasting s.r.o.",
        "Riverside Broadcasting s.r.o. asks for permission to film at the CZSO collection point "
        "in Brno on election night.\n"
        "Crew: Tom Fletcher (camera), Alice Grant (reporter, contact person, "
        "alice.grant@riverside.example, +420 604 118 220).\n"
        "Kind regards,\nDavid Moss, managing director\n",
    ),
    ("Alice Grant", "alice.grant@riverside.example", "+420604118220"),
)
CONTACTS["de_team_ansprechpartnerin"] = (
    _own_box(
        "Grenzland TV s.r.o.",
        "Grenzland TV s.r.o. beantragt die Drehgenehmigung an der Sammelstelle in Cheb.\n"
        "Team: Jonas Keller (Kamera), Lea Roth (Redakteurin, Ansprechpartnerin, "
        "roth@grenzlandtv.example, +420 354 900 117).\n"
        "Mit freundlichen Grüßen\nMartin Vogel, Geschäftsführer\n",
    ),
    ("Lea Roth", "roth@grenzlandtv.example", "+420354900117"),
)
CONTACTS["pl_ekipa_osoba_kontaktowa"] = (
    _own_box(
        "Telewizja Zaolzie s.r.o.",
        "Telewizja Zaolzie s.r.o. prosi o zezwolenie na filmowanie w punkcie ČSÚ w Karwinie.\n"
        "Ekipa: Anna Nowak (reporterka, osoba kontaktowa, nowak@tvzaolzie.example, "
        "+420 596 311 402), Piotr Kowalski (operator).\n"
        "Z poważaniem\nJan Wiśniewski, dyrektor\n",
    ),
    ("Anna Nowak", "nowak@tvzaolzie.example", "+420596311402"),
)
CONTACTS["sk_stab_kontaktna_osoba"] = (
    _own_box(
        "Televízia Záhorie s.r.o.",
        "Televízia Záhorie s.r.o. žiada o povolenie nakrúcať na kontaktnom mieste ČSÚ v Hodoníně.\n"
        "Štáb: Mgr. Jana Kováčová (redaktorka, kontaktná osoba, kovacova@tvzahorie.example, "
        "+420 518 300 441), Peter Horváth (kameraman).\n"
        "Ing. Milan Baláž, konateľ\n",
    ),
    ("Jana Kováčová", "kovacova@tvzahorie.example", "+420518300441"),
)
# near misses: a contact label names the contact; the office's collection points in a table
CONTACTS["cs_crew_and_contact_label"] = (
    _own_box(
        "Televize Svitavy s.r.o.",
        "Televize Svitavy s.r.o., IČO 22204610, žádá o povolení natáčet.\n"
        "Okres\tMísto\nSvitavy\tkontaktní místo Svitavy\n"
        "Štáb: Petr Malý (kamera), Eva Nová (redaktorka).\n"
        "Kontaktní osoba: Jan Dvořák, dvorak@tvsvitavy.example, 461 500 300\n"
        "Ing. Karel Beneš, jednatel\n",
    ),
    ("Jan Dvořák", "dvorak@tvsvitavy.example", "+420461500300"),
)


@pytest.mark.parametrize(("p", "want"), drill_params(CONTACTS, {}))
def test_bracketed_contact(p: ParsedMessage, want: tuple[str, str | None, str | None]) -> None:
    d = extract(p).to_dict()["contact"]
    assert (_norm(d["person"], "contact.person"), d["email"], d["phone"]) == (
        _norm(want[0], "contact.person"),
        want[1],
        want[2],
    )


# ---- a workbook's or form's contact written surname first

NAMES: dict[str, tuple[ParsedMessage, str]] = {}


def _sheet(owner: str, rows: str) -> ParsedMessage:
    return _box(owner, "n5ro2yx", "Žádost – volby", rows, "udaje.xlsx")


NAMES["cs_sheet_contact_no_marks_surname_first"] = (
    _sheet(
        "Rádio Labe s.r.o.",
        "Adresy\nprodukční\t192.0.2.40\n\nKontakt\nSpolečnost\tRádio Labe s.r.o., IČO 27418537\n"
        "Kontaktní osoba\tKubala Robert\nTel.\t475 210 330\nE-mail\tkubala@radiolabe.example\n",
    ),
    "Robert Kubala",
)
NAMES["cs_sheet_surname_first_label_woman"] = (
    _sheet(
        "Rádio Beskydy s.r.o.",
        "Žadatel\tRádio Beskydy s.r.o.\nIČO\t06149278\n\nAdresy\nprodukce\t198.51.100.90\n\n"
        "Kontakt\nPříjmení a jméno\tKoláčková Petra\nE-mail\tkolackova@radiobeskydy.example\n"
        "Telefon\t558 300 111\n",
    ),
    "Petra Koláčková",
)
NAMES["sk_sheet_priezvisko_a_meno"] = (
    _sheet(
        "Rádio Orava s.r.o.",
        "Žiadateľ\tRádio Orava s.r.o.\nIČO\t28583108\nProdukčná IP\t203.0.113.70\n\n"
        "Kontakt\nPriezvisko a meno\tKováč Martin\nE-mail\tkovac@radioorava.example\n",
    ),
    "Martin Kováč",
)
NAMES["cs_form_colon_surname_first_no_marks"] = (
    _sheet(
        "TV Morava s.r.o.",
        "Žádost o přístup k výsledkům voleb\nŽadatel: TV Morava s.r.o., IČO 46902350\n"
        "Produkční IP: 198.51.100.15\nKontaktní osoba: Kubiska Daniel\nTelefon: 577 100 200\n",
    ),
    "Daniel Kubiska",
)
# near misses: given name first stays; a Hungarian writer's order stays
NAMES["cs_sheet_given_first_stays"] = (
    _sheet(
        "Rádio Jizera s.r.o.",
        "Adresy\nprodukční\t192.0.2.41\n\nKontakt\nKontaktní osoba\tRobert Kubala\n"
        "Tel.\t481 210 330\nE-mail\tkubala@radiojizera.example\n",
    ),
    "Robert Kubala",
)
NAMES["hu_sheet_writer_order_stays"] = (
    _sheet(
        "Dunaj Média Kft.",
        "Kérelem a választási eredmények eléréséhez\nKérelmező\tDunaj Média Kft.\n"
        "IP cím\t203.0.113.200\nKapcsolattartó\tNagy Péter\nTelefon\t+36 1 555 0123\n",
    ),
    "Nagy Péter",
)


@pytest.mark.parametrize(("p", "want"), drill_params(NAMES, {}))
def test_surname_first_sheet(p: ParsedMessage, want: str) -> None:
    x = extract(p)
    got = x.to_dict()["contact"]["person"]
    assert _norm(got, "contact.person") == _norm(want, "contact.person")


# ---- a desk word in the bracket after the contact's name is their department, not a desk line

PHONES: dict[str, tuple[ParsedMessage, str]] = {}


def _letter(text: str, sender: str, name: str) -> ParsedMessage:
    return mail(body(text), subject="Wahlergebnisse / volby", sender=sender, sender_name=name)


PHONES["de_department_in_bracket_desk_then_mobile"] = (
    _letter(
        "Sehr geehrte Damen und Herren,\n\ndie Sachsenbote GmbH beantragt den Zugang zu den "
        "XML-Wahlergebnissen. Produktion: 198.51.100.50\n\nAnsprechpartner ist Herr Thomas Brandt "
        "(Redaktion Politik), Tel. +49 351 4864 2210, Mobil 0160 5512347, brandt@sachsenbote.example.\n\n"
        "Mit freundlichen Grüßen\nUte Kramer\nChefredakteurin\n",
        "kramer@sachsenbote.example",
        "Ute Kramer",
    ),
    "+4935148642210",
)
PHONES["cs_department_in_bracket_line_then_mobile"] = (
    _letter(
        "Dobrý den,\nžádáme o přístup k výsledkům voleb v XML. Produkční IP: 192.0.2.77\n"
        "Kontaktní osoba: Jana Malá (redakce zpravodajství), tel. 485 110 220, mobil 604 111 222, "
        "mala@jizerskelisty.example\n\nS pozdravem\nPetr Kos, šéfredaktor\n",
        "kos@jizerskelisty.example",
        "Petr Kos",
    ),
    "+420485110220",
)
PHONES["en_newsroom_in_bracket_line_then_mobile"] = (
    _letter(
        "Hello,\nwe apply for access to the election results feed. Production IP: 203.0.113.77\n"
        "Contact: Mark Hill (newsroom), phone +44 20 7946 0011, mobile +44 7700 900123, "
        "hill@northernpost.example\n\nBest regards\nSarah Lane, editor\n",
        "lane@northernpost.example",
        "Sarah Lane",
    ),
    "+442079460011",
)
# near misses: a desk's own bracket after no person's name stays the desk's
PHONES["cs_desk_bracket_after_contact_mobile"] = (
    _letter(
        "Dobrý den,\nžádáme o přístup k výsledkům voleb v XML. Produkční IP: 192.0.2.78\n"
        "Kontakt: Jana Malá, mobil 604 111 223, mala@jizerskelisty.example; "
        "redakce (ústředna), tel. 485 100 100\n\nS pozdravem\nPetr Kos\n",
        "kos@jizerskelisty.example",
        "Petr Kos",
    ),
    "+420604111223",
)


@pytest.mark.parametrize(("p", "want"), drill_params(PHONES, {}))
def test_department_bracket_phone(p: ParsedMessage, want: str) -> None:
    assert extract(p).to_dict()["contact"]["phone"] == want
