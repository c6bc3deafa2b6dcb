"""A drill, forty-seventh round (issue 18): a foreign applicant writes its number nationally,
with its trunk zero and its country's own grouping ("070-312 44 81", "06-41 88 23 17",
"0113 243 8765"), and names its country by no word a rule reads (no country, no country
domain): only its language, its legal form or its city tells. The number is read in that
country's plan, never certain. Near misses: a Czech correspondent's Czech mobile in a Swedish
medium's mail, a switchboard or a fax beside the direct line. Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, extract, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _case(key: str, text: str, sender: str, name: str, org: str, phone: str | None) -> None:
    CASES[key] = (
        mail(body(text), subject="Election results access", sender=sender, sender_name=name),
        label(FEED, (org, None, None), ["198.51.100.40"], [], (name, sender, phone)),
    )


_case(
    "sv_swedish_mobile_ab",
    "Hej,\n\nÖstgöta Nyheter AB ansöker om tillgång till servern med valresultaten (XML).\n\n"
    "IP-adress: 198.51.100.40\n\nKontaktperson: Lena Berg, mobil 073-512 88 14\n\n"
    "Vänliga hälsningar\nLena Berg\n",
    "lena.berg@ostgotanyheter.example", "Lena Berg", "Östgöta Nyheter AB", "+46735128814",
)
_case(
    "sv_landline_signature_only",
    "Hej!\n\nVi är en lokaltidning och vill gärna ha tillgång till resultaten i XML.\n"
    "Vår server har adressen 198.51.100.40.\n\nTack och vänliga hälsningar\nPer Holm\n"
    "Västkustposten AB\n031-712 45 60\n",
    "per.holm@vastkustposten.example", "Per Holm", "Västkustposten AB", "+46317124560",
)
_case(
    "sv_switchboard_then_direct",
    "Hej,\n\nSmålandsbladet AB ansöker om tillgång till valresultaten.\nIP: 198.51.100.40\n\n"
    "Vänliga hälsningar\nAnna Ek\nSmålandsbladet AB\nVäxel: 08-123 456 78\nDirekt: 070-211 45 93\n",
    "anna.ek@smalandsbladet.example", "Anna Ek", "Smålandsbladet AB", "+46702114593",
)
_case(
    "sv_near_czech_correspondent",
    "Hej,\n\nGöteborgs Tidning AB ansöker om tillgång till valresultaten i XML-format för vår "
    "korrespondent i Prag.\n\nIP-adress: 198.51.100.40\n\nKontaktperson: Petr Dvořák, mobil "
    "603 214 887\n\nVänliga hälsningar\nPetr Dvořák\n",
    "petr.dvorak@gbgtidning.example", "Petr Dvořák", "Göteborgs Tidning AB", "+420603214887",
)
_case(
    "nl_dutch_bv_mobiel",
    "Goedendag,\n\nZeeuwse Omroep B.V. vraagt toegang tot de uitslagen van de verkiezingen "
    "(XML).\n\nIP-adres: 198.51.100.40\n\nContactpersoon: Joost Bakker, mobiel 06 2345 6789\n\n"
    "Met vriendelijke groet,\nJoost Bakker\n",
    "j.bakker@zeeuwseomroep.example", "Joost Bakker", "Zeeuwse Omroep B.V.", "+31623456789",
)
_case(
    "nl_freelancer_signature_dash",
    "Beste,\n\nIk ben zelfstandig journalist en wil graag toegang tot de uitslagen van de "
    "verkiezingen. Mijn IP-adres is 198.51.100.40.\n\nMet vriendelijke groeten,\nEva Smit\n"
    "06-18 47 29 53\n",
    "eva@evasmit.example", "Eva Smit", "Eva Smit", "+31618472953",
)
_case(
    "nl_utrecht_landline_tel",
    "Geachte heer, mevrouw,\n\nNamens Stichting Stadsnieuws vragen wij toegang tot de "
    "verkiezingsuitslagen. Ons IP-adres is 198.51.100.40.\n\nMet vriendelijke groet,\n"
    "Pieter de Graaf\nStichting Stadsnieuws, Utrecht\ntel. 030 234 5678\n",
    "pieter@stadsnieuws.example", "Pieter de Graaf", "Stichting Stadsnieuws", "+31302345678",
)
_case(
    "nl_fax_only_near",
    "Goedendag,\n\nWij vragen toegang tot de uitslagen voor Omroep Drenthe Media B.V.\n"
    "IP-adres: 198.51.100.40\n\nMet vriendelijke groet,\nKees Mulder\nOmroep Drenthe Media B.V.\n"
    "fax 0592 345 678\n",
    "k.mulder@drenthemedia.example", "Kees Mulder", "Omroep Drenthe Media B.V.", None,
)
_case(
    "da_danish_aps",
    "Kære modtager,\n\nFynske Nyheder ApS vil gerne have adgang til resultater fra valget "
    "(XML).\n\nIP-adresse: 198.51.100.40\n\nVenlig hilsen\nMette Hansen\nFynske Nyheder ApS\n"
    "mobil 20 12 34 56\n",
    "mette@fynskenyheder.example", "Mette Hansen", "Fynske Nyheder ApS", "+4520123456",
)
_case(
    "nb_norwegian_as",
    "Hei,\n\nBergens Lokalavis AS ønsker tilgang til resultater fra valget i XML-format.\n\n"
    "IP-adresse: 198.51.100.40\n\nVennlig hilsen\nOla Nordmann\nBergens Lokalavis AS\n"
    "mobil 412 34 567\n",
    "ola@bergenslokalavis.example", "Ola Nordmann", "Bergens Lokalavis AS", "+4741234567",
)
_case(
    "fi_finnish_oy",
    "Hyvä vastaanottaja,\n\nSavon Viikko Oy pyytää pääsyä vaalitulosten XML-palveluun.\n\n"
    "IP-osoite: 198.51.100.40\n\nYstävällisin terveisin\nMikko Virtanen\nSavon Viikko Oy\n"
    "puh. 040 123 4567\n",
    "mikko.virtanen@savonviikko.example", "Mikko Virtanen", "Savon Viikko Oy", "+358401234567",
)
_case(
    "gb_leeds_landline",
    "Hello,\n\nYorkshire Ledger Ltd would like access to the election results feed.\n"
    "Server: 198.51.100.40\n\nKind regards,\nJames Holt\nYorkshire Ledger Ltd, Leeds\n"
    "tel. 0113 243 8765\n",
    "james.holt@yorkshireledger.example", "James Holt", "Yorkshire Ledger Ltd", "+441132438765",
)
_case(
    "gb_fiction_mobile_labelled",
    "Hi,\n\nwe are a small news agency in Bristol and would like the live XML results.\n"
    "Our server is 198.51.100.40.\n\nBest,\nAmy Clarke\nWestcountry Wire Ltd\nmob: 07700 900 123\n",
    "amy@westcountrywire.example", "Amy Clarke", "Westcountry Wire Ltd", "+447700900123",
)
_case(
    "ie_dublin_mobile",
    "Dear Sir or Madam,\n\nLiffey Media Limited, a news service in Dublin, asks for access to "
    "the election results feed. Our IP address is 198.51.100.40.\n\nKind regards,\n"
    "Siobhán Byrne\nmobile 087 123 4567\n",
    "siobhan@liffeymedia.example", "Siobhán Byrne", "Liffey Media Limited", "+353871234567",
)
_case(
    "es_spanish_sl_movil",
    "Estimados señores:\n\nDiario de Alcalá S.L. solicita acceso a los resultados electorales "
    "en XML.\n\nDirección IP: 198.51.100.40\n\nAtentamente,\nLucía Gómez\nDiario de Alcalá S.L.\n"
    "móvil 612 345 678\n",
    "lucia.gomez@diarioalcala.example", "Lucía Gómez", "Diario de Alcalá S.L.", "+34612345678",
)
_case(
    "pt_portuguese_lda",
    "Bom dia,\n\no Jornal do Minho, Lda. gostaria de aceder aos resultados eleitorais em XML.\n\n"
    "Endereço IP: 198.51.100.40\n\nCumprimentos,\nRui Costa\nJornal do Minho, Lda.\n"
    "telemóvel 912 345 678\n",
    "rui.costa@jornaldominho.example", "Rui Costa", "Jornal do Minho, Lda.", "+351912345678",
)

XFAIL: dict[str, str] = {
    "gb_fiction_mobile_labelled": "phone (r47-phone2): the label 'mob:' (no dot) is no phone label, so a British fiction-range mobile the plan keeps unassigned is not read; missing, never wrong",
    "ie_dublin_mobile": "phone (r47-phone2): an Irish mobile in an English letter is first guessed Slovak, and a Slovak guess in English is read again only by the legal form 'Limited' (New Zealand among its plans); wrong but flagged",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("contact.phone")] == []


@pytest.mark.parametrize("key", sorted(CASES))
def test_never_certain_wrong(key: str) -> None:
    p, want = CASES[key]
    got = extract(p).to_dict()
    field = got.get("fields", {}).get("contact.phone", {})
    if got["contact"]["phone"] != want["contact"]["phone"]:
        assert not field.get("certain")
