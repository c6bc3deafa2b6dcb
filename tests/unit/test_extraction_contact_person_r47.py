"""A drill, forty-seventh round (issue 18): the contact person and e-mail when (a) a cover
note or supplement among a data message's files names a new contact in place of the form's,
(b) a supplement gives the contact a new e-mail, (c) a bilingual workbook carries the contact
on its own sheet, (d) a signature gives a diminutive of the header's full given name. Each
class has near-miss negatives: a supplement that keeps the contact, one that names a deputy
for an absence only, a nickname with another surname. Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from intake.model import ParsedMessage
from tests.corpus.loader import parse
from tests.unit.docs import xlsx_sheets
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import attachment, body, data_message, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _box(form: str, cover: str, name: str = "Zpravodaj Polabí s.r.o.") -> ParsedMessage:
    return data_message(
        "Žádost o přístup k výsledkům voleb",
        text_file("zadost.txt", form),
        text_file("doplneni.txt", cover),
        sender="k4pol2x",
        dm_sender=name,
    )


_FORM_CZ = (
    "Zpravodaj Polabí s.r.o., IČO 27451236\n"
    "Žádáme o přístup k výsledkům voleb ve formátu XML.\n"
    "Produkční IP: 192.0.2.41\n"
    "Kontaktní osoba: Radek Vondra, vondra@polabi.example, tel. 603 214 877\n\n"
    "Ing. Marie Šťastná, jednatelka\n"
)
_ORG = ("Zpravodaj Polabí s.r.o.", "27451236", "k4pol2x")

# (a) a supplement names a new contact
CASES["cz_nova_kontaktni_osoba"] = (
    _box(_FORM_CZ, "Doplnění k žádosti\n\nNová kontaktní osoba: Lenka Šimková, simkova@polabi.example, tel. 604 118 302.\n\nM. Šťastná\n"),
    label(FEED, _ORG, ["192.0.2.41"], [], ("Lenka Šimková", "simkova@polabi.example", "+420604118302")),
)
CASES["cz_misto_pana_kontaktujte"] = (
    _box(_FORM_CZ, "Místo pana Vondry prosím kontaktujte paní Lenku Šimkovou, simkova@polabi.example, 604 118 302.\n"),
    label(FEED, _ORG, ["192.0.2.41"], [], ("Lenka Šimková", "simkova@polabi.example", "+420604118302")),
)
CASES["en_contact_is_now"] = (
    _box(_FORM_CZ, "Addendum\n\nThe contact person is now Lenka Šimková (simkova@polabi.example, +420 604 118 302); Mr Vondra has left the company.\n"),
    label(FEED, _ORG, ["192.0.2.41"], [], ("Lenka Šimková", "simkova@polabi.example", "+420604118302")),
)
CASES["de_neue_ansprechpartnerin"] = (
    _box(_FORM_CZ, "Nachtrag\n\nNeue Ansprechpartnerin ist Frau Lenka Šimková, simkova@polabi.example, Tel. +420 604 118 302.\nAlle anderen Angaben bleiben gleich.\n"),
    label(FEED, _ORG, ["192.0.2.41"], [], ("Lenka Šimková", "simkova@polabi.example", "+420604118302")),
)
CASES["pl_zmiana_osoby_kontaktowej"] = (
    _box(_FORM_CZ, "Uzupełnienie\n\nZmiana osoby kontaktowej: Lenka Šimková, simkova@polabi.example, tel. +420 604 118 302.\n"),
    label(FEED, _ORG, ["192.0.2.41"], [], ("Lenka Šimková", "simkova@polabi.example", "+420604118302")),
)
CASES["sk_novou_kontaktnou_osobou"] = (
    _box(_FORM_CZ, "Doplnenie žiadosti: novou kontaktnou osobou je Lenka Šimková, simkova@polabi.example, 604 118 302.\n"),
    label(FEED, _ORG, ["192.0.2.41"], [], ("Lenka Šimková", "simkova@polabi.example", "+420604118302")),
)
# near misses: the supplement keeps the contact; a deputy for a holiday only
CASES["neg_cz_kontakt_beze_zmeny"] = (
    _box(_FORM_CZ, "Doplnění: podpis jednatelky přikládáme zvlášť. Kontaktní osoba beze změny (Radek Vondra).\n"),
    label(FEED, _ORG, ["192.0.2.41"], [], ("Radek Vondra", "vondra@polabi.example", "+420603214877")),
)
CASES["neg_cz_kontakt_zustava"] = (
    _box(_FORM_CZ, "Doplnění\nMísto Ondřeje Malého, který odešel, řeší server nově Petr Sýkora; kontaktní osobou zůstává Radek Vondra.\n"),
    label(FEED, _ORG, ["192.0.2.41"], [], ("Radek Vondra", "vondra@polabi.example", "+420603214877")),
)
CASES["neg_en_deputy_for_absence"] = (
    _box(_FORM_CZ, "Note: between 3 and 10 August, in Mr Vondra's absence, urgent questions may go to Lenka Šimková (simkova@polabi.example).\n"),
    label(FEED, _ORG, ["192.0.2.41"], [], ("Radek Vondra", "vondra@polabi.example", "+420603214877")),
)

# (b) a supplement changes the contact's e-mail
CASES["cz_novy_email"] = (
    _box(_FORM_CZ, "Doplnění k žádosti: pan Vondra má nový e-mail radek.vondra@polabi-media.example, telefon zůstává.\n"),
    label(FEED, _ORG, ["192.0.2.41"], [], ("Radek Vondra", "radek.vondra@polabi-media.example", "+420603214877")),
)
CASES["cz_email_se_meni_na"] = (
    _box(_FORM_CZ, "Upozornění: e-mail kontaktní osoby se mění na redakce@polabi-media.example.\n"),
    label(FEED, _ORG, ["192.0.2.41"], [], ("Radek Vondra", "redakce@polabi-media.example", "+420603214877")),
)
CASES["cz_pouziva_adresu_stara_se_rusi"] = (
    _box(_FORM_CZ, "Pan Vondra od ledna používá adresu radek.vondra@polabi-media.example, stará adresa se ruší.\n"),
    label(FEED, _ORG, ["192.0.2.41"], [], ("Radek Vondra", "radek.vondra@polabi-media.example", "+420603214877")),
)
CASES["en_new_email_address"] = (
    _box(_FORM_CZ, "Please note Mr Vondra's new e-mail address: r.vondra@polabi-media.example (the old one will be closed).\n"),
    label(FEED, _ORG, ["192.0.2.41"], [], ("Radek Vondra", "r.vondra@polabi-media.example", "+420603214877")),
)
CASES["de_neue_email"] = (
    _box(_FORM_CZ, "Nachtrag: Herr Vondra ist ab sofort unter der neuen E-Mail r.vondra@polabi-media.example erreichbar.\n"),
    label(FEED, _ORG, ["192.0.2.41"], [], ("Radek Vondra", "r.vondra@polabi-media.example", "+420603214877")),
)
# near miss: another mailbox for invoices, not the contact's
CASES["neg_cz_fakturacni_adresa"] = (
    _box(_FORM_CZ, "Doplnění: faktury prosím zasílejte na účtárnu, ucetni@polabi.example.\n"),
    label(FEED, _ORG, ["192.0.2.41"], [], ("Radek Vondra", "vondra@polabi.example", "+420603214877")),
)


# (c) a bilingual workbook with a contact sheet
def _workbook(contact_rows: list[list[str]]) -> ParsedMessage:
    data = xlsx_sheets(
        [
            ("Žádost - Request", [["Žadatel / Applicant", "Zpravodaj Polabí s.r.o."], ["IČO / Company ID", "27451236"], ["Produkční IP / Production IP", "192.0.2.41"]]),
            ("Kontakt - Contact", contact_rows),
        ]
    )
    return data_message(
        "Žádost o přístup k výsledkům voleb (XML)",
        attachment("zadost.xlsx", data),
        sender="k4pol2x",
        dm_sender="Zpravodaj Polabí s.r.o.",
    )


CASES["xlsx_jmeno_name_rows"] = (
    _workbook([["Jméno / Name", "Lenka Šimková"], ["E-mail", "simkova@polabi.example"], ["Telefon / Phone", "604 118 302"]]),
    label(FEED, _ORG, ["192.0.2.41"], [], ("Lenka Šimková", "simkova@polabi.example", "+420604118302")),
)
CASES["xlsx_header_columns"] = (
    _workbook([["Jméno / Name", "E-mail", "Telefon / Phone"], ["Lenka Šimková", "simkova@polabi.example", "604 118 302"]]),
    label(FEED, _ORG, ["192.0.2.41"], [], ("Lenka Šimková", "simkova@polabi.example", "+420604118302")),
)
CASES["xlsx_sk_meno"] = (
    _workbook([["Meno a priezvisko / Full name", "Lenka Šimková"], ["E-mail", "simkova@polabi.example"], ["Tel.", "604 118 302"]]),
    label(FEED, _ORG, ["192.0.2.41"], [], ("Lenka Šimková", "simkova@polabi.example", "+420604118302")),
)

CASES["xlsx_name_first_english"] = (
    _workbook([["Contact person / Kontaktní osoba", ""], ["Name / Jméno", "Lenka Šimková"], ["E-mail", "simkova@polabi.example"], ["Phone / Telefon", "+420 604 118 302"]]),
    label(FEED, _ORG, ["192.0.2.41"], [], ("Lenka Šimková", "simkova@polabi.example", "+420604118302")),
)
CASES["xlsx_pl_imie_i_nazwisko"] = (
    _workbook([["Imię i nazwisko / Jméno", "Lenka Šimková"], ["E-mail", "simkova@polabi.example"], ["Telefon", "604 118 302"]]),
    label(FEED, _ORG, ["192.0.2.41"], [], ("Lenka Šimková", "simkova@polabi.example", "+420604118302")),
)


# (d) a diminutive in the signature, the full given name in the header
def _signed(signature: str, sender: str, name: str) -> ParsedMessage:
    return mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k výsledkům voleb pro Zpravodaj Polabí s.r.o., IČO 27451236.\n"
            "IP serveru: 192.0.2.41\n\nDíky\n" + signature + "\n"
        ),
        subject="Přístup k výsledkům voleb",
        sender=sender,
        sender_name=name,
    )


_ORG_MAIL = ("Zpravodaj Polabí s.r.o.", "27451236", None)
for key, sig, full, addr in [
    ("honza_jan", "Honza Kubíček\nZpravodaj Polabí\ntel. 603 214 877", "Jan Kubíček", "kubicek@polabi.example"),
    ("pepa_josef", "Pepa Hrubý, Zpravodaj Polabí, 603 214 877", "Josef Hrubý", "hruby@polabi.example"),
    ("misa_michaela", "Míša Dvořáková\n603 214 877", "Michaela Dvořáková", "dvorakova@polabi.example"),
    ("kuba_jakub", "Kuba Pospíšil | Zpravodaj Polabí | 603 214 877", "Jakub Pospíšil", "pospisil@polabi.example"),
    ("bob_robert", "Bob Hughes\nZpravodaj Polabí\n+420 603 214 877", "Robert Hughes", "hughes@polabi.example"),
    ("kasia_katarzyna", "Kasia Nowak\n+420 603 214 877", "Katarzyna Nowak", "nowak@polabi.example"),
]:
    CASES[f"diminutive_{key}"] = (
        _signed(sig, addr, full),
        label(FEED, _ORG_MAIL, ["192.0.2.41"], [], (full, addr, "+420603214877")),
    )
# near miss: the header's name is another surname (a colleague sends for her)
CASES["neg_diminutive_other_surname"] = (
    _signed("Káťa Veselá\n603 214 877", "kubicek@polabi.example", "Kateřina Kubíčková"),
    label(FEED, _ORG_MAIL, ["192.0.2.41"], [], ("Káťa Veselá", "kubicek@polabi.example", "+420603214877")),
)



def _forwarded_eml(inner_from: str, inner_body: str, outer_body: str) -> ParsedMessage:
    """A boss's mail forwarding a colleague's message as an attached .eml."""
    inner = EmailMessage()
    inner["From"] = inner_from
    inner["To"] = "Petr Král <kral@polabi.example>"
    inner["Subject"] = "volby - IP adresy"
    inner.set_content(inner_body)
    outer = EmailMessage()
    outer["From"] = "Petr Král <kral@polabi.example>"
    outer["To"] = "podatelna@csu.example"
    outer["Subject"] = "Fwd: volby - IP adresy"
    outer.set_content(outer_body)
    outer.add_attachment(inner, filename="volby.eml")
    return parse(outer.as_bytes())


_INNER = (
    "Petře,\n\npošli to prosím na ČSÚ za Zpravodaj Polabí s.r.o. (IČO 27451236), "
    "chceme přístup k XML výsledkům voleb.\nProdukční IP: 192.0.2.41\n"
    "Kontaktní osobou budu já, 603 214 877.\n\n{sig}\n"
)
for key, sig, inner_from, full, addr in [
    ("eml_kata", "Káťa Veselá", "Kateřina Veselá <vesela@polabi.example>", "Kateřina Veselá", "vesela@polabi.example"),
    ("eml_honza", "Honza", "Jan Kubíček <kubicek@polabi.example>", "Jan Kubíček", "kubicek@polabi.example"),
    ("eml_honza_full", "Honza Kubíček", "Jan Kubíček <kubicek@polabi.example>", "Jan Kubíček", "kubicek@polabi.example"),
    ("eml_kasia", "Kasia Nowak", "Katarzyna Nowak <nowak@polabi.example>", "Katarzyna Nowak", "nowak@polabi.example"),
    # near miss: the signer is not the inner sender (another surname); the signature stands
    ("neg_eml_other_surname", "Míša Dvořáková\ndvorakova@polabi.example", "Michaela Hrubá <hruba@polabi.example>", "Míša Dvořáková", "dvorakova@polabi.example"),
]:
    CASES[key] = (
        _forwarded_eml(inner_from, _INNER.format(sig=sig), "Přeposílám žádost kolegyně, potvrzuji.\nP. Král, jednatel\n"),
        label(FEED, _ORG_MAIL, ["192.0.2.41"], [], (full, addr, "+420603214877")),
    )

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("contact")] == []
