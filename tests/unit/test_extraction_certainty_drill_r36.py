"""Thirty-sixth round (issue 18), the drill's wrong-and-certain class: a labelled line of
another document standing beside the application — a hosting provider's order or contract, a
film producer's contract, a leased-line order, a register extract of another company — gave
the applicant's contact or name for certain. Such a paragraph (one naming the other party of a
contract or an invoice, or under a document's title) now makes its values unsure
(``Reason.OTHER_DOCUMENT``); labelled lines of the application itself stay certain.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.extraction.certainty import Document, other_document
from intake.extraction.review import Reason
from intake.extraction.segments import Block, Kind, Line
from tests.unit.extraction_helpers import body, extract, mail, text_file

_APPLICATION = (
    "Dobrý den,\nžádáme o přístup k XML výsledkům voleb pro server 192.0.2.70.\n\n"
    "S pozdravem\nKlára Nováková\nDeník Pootaví s.r.o., IČO 50041088\n"
)

# another party's document: its labelled contact line must not be certain
_OTHER_DOCUMENTS = {
    "cz_order": "POTVRZENÍ OBJEDNÁVKY č. 77/2026\nPoskytovatel: HostJih s.r.o.\n"
    "Kontaktní osoba: Petr Lukeš\nTelefon: 387 100 200\nE-mail: lukes@hostjih.example\n",
    "cz_contract": "Smlouva o dílo\nObjednatel: Deník Pootaví s.r.o.\nZhotovitel: WebStudio"
    " Písek s.r.o.\nKontaktní osoba zhotovitele: Ivan Brož, tel. 603 111 222,"
    " broz@webstudio.example\n",
    "sk_invoice": "FAKTÚRA č. 2026/114\nDodávateľ: TatraCloud s.r.o.\nKontakt: Eva Mrázová,"
    " +421 905 111 222, mrazova@tatracloud.example\n",
    "en_invoice": "INVOICE No. 5512\nSeller: Nordhost AB\nContact: Lars Berg, +46 8 123 456 78,"
    " lars.berg@nordhost.example\n",
    "cz_leased_line": "Objednávka č. 9/2026, dodavatel PíNet s.r.o.\nKontaktní osoba: Aleš Kubát,"
    " tel. 382 200 300, kubat@pinet.example\n",
    "de_vertrag": "Vertrag über Hosting\nAnbieter und Lieferant: Südhost GmbH\nKontakt: Jonas"
    " Weber, +49 89 123 456, weber@suedhost.example\n",
}


@pytest.mark.parametrize("doc", list(_OTHER_DOCUMENTS.values()), ids=list(_OTHER_DOCUMENTS))
def test_other_documents_contact_unsure(doc: str) -> None:
    x = extract(
        mail(body(_APPLICATION), text_file("doklad.txt", doc), sender="novakova@pootavi.example")
    )
    for key in ("contact.person", "contact.email", "contact.phone"):
        fv = x.fields.get(key)
        if fv is not None and fv.component == "doklad.txt":
            assert not fv.certain and fv.reason == Reason.OTHER_DOCUMENT, key


# near misses: the application's own labelled lines, with a contract or a supplier mentioned
# in another paragraph or as the applicant's side ("Objednatel:")
_OWN_FORMS = {
    "supplier_in_other_paragraph": "Žádáme o přístup k XML výsledkům.\n\nServer nám spravuje"
    " dodavatel podle smlouvy z roku 2024.\n\nKontaktní osoba: Klára Nováková\n"
    "Telefon: 601 222 333\nE-mail: novakova@pootavi.example\n",
    "objednatel_only": "Žádost o přístup k XML výsledkům\nObjednatel: Deník Pootaví s.r.o.\n"
    "Kontaktní osoba: Klára Nováková\nTelefon: 601 222 333\n",
    "smlouvu_sentence_after": "Kontaktní osoba: Klára Nováková\nTelefon: 601 222 333\n\n"
    "Smlouvu o zpracování údajů rádi podepíšeme.\n",
}


@pytest.mark.parametrize("text", list(_OWN_FORMS.values()), ids=list(_OWN_FORMS))
def test_own_labelled_contact_stays_certain(text: str) -> None:
    x = extract(mail(body(text), sender="novakova@pootavi.example"))
    assert x.fields["contact.person"].value == "Klára Nováková"
    assert x.fields["contact.person"].certain
    assert x.fields["contact.phone"].certain


def _block(text: str) -> Block:
    lines = tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n")))
    return Block("b", Kind.OWN, lines)


def test_paragraph_bounds() -> None:
    text = "Faktura č. 12\nDodavatel: X s.r.o.\nTel. 601 000 000\n\nKontaktní osoba: Y\n"
    assert other_document(_block(text), 3) is Document.DEAL
    assert other_document(_block(text), 5) is None


def test_supplier_row_of_the_application_alone_is_not_a_deal() -> None:
    # the application's own table names its IT supplier: no counterpart, no deal's title
    text = "Žadatel\tDeník X s.r.o.\nDodavatel IT\tNet Y s.r.o.\nKontaktní osoba\tZ\n"
    assert other_document(_block(text), 3) is None
    assert (
        other_document(_block("Výpis z obchodního rejstříku\nObchodní firma: X a.s.\n"), 2)
        is Document.PAPER
    )
