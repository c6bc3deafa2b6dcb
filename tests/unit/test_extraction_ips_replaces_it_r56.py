"""A drill, fifty-sixth round (issue 18): an old address, then the new one as the subject of
a verb of replacing with a pronoun for the old ("A je stará adresa, nahrazuje ji B", "A je
stará, nahrádza ju B", "A jest nieaktualny, zastępuje go B", "A est obsolète, la remplace
B"): A is withdrawn, B is asked for. Near misses: a second address that joins the first
("doplňuje ji B", "k ní přidáváme B"), nothing replaced. Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _case(key: str, text: str, sender: str, name: str, org: str, prod: list[str], phone: str | None) -> None:
    CASES[key] = (
        mail(body(text), subject="Re: XML volby / election results", sender=sender, sender_name=name),
        label(FEED, (org, None, None), prod, [], (name, sender, phone)),
    )


_case(
    "cs_nahrazuje_ji",
    "Dobrý den,\n\nomlouvám se, 192.0.2.7 je stará adresa, nahrazuje ji 192.0.2.77. Pro přístup k XML s "
    "výsledky voleb tedy prosíme jen o 192.0.2.77.\n\nS pozdravem\nLenka Veselá\nDeník Haná s.r.o.\n",
    "vesela@denikhana.example", "Lenka Veselá", "Deník Haná s.r.o.", ["192.0.2.77"], None,
)
_case(
    "cs_nahradi_ho_server",
    "Dobrý den,\n\nserver 192.0.2.8 rušíme, nahradí ho 192.0.2.88. Produkční adresy pro XML s výsledky voleb "
    "jsou 192.0.2.88 a 192.0.2.89.\n\nDěkuji\nOta Beneš\nRádio Kraj s.r.o.\n",
    "benes@radiokraj.example", "Ota Beneš", "Rádio Kraj s.r.o.", ["192.0.2.88", "192.0.2.89"], None,
)
_case(
    "sk_nahradza_ju",
    "Dobrý deň,\n\n198.51.100.3 je stará adresa, nahrádza ju 198.51.100.33. Prosíme o prístup k XML s "
    "výsledkami volieb z 198.51.100.33.\n\nS pozdravom\nJán Mráz\nTrnavský hlas s.r.o.\n",
    "mraz@trnavskyhlas.example", "Ján Mráz", "Trnavský hlas s.r.o.", ["198.51.100.33"], None,
)
_case(
    "pl_zastepuje_go",
    "Dzień dobry,\n\nadres 203.0.113.4 jest nieaktualny, zastępuje go 203.0.113.44. Prosimy o dostęp do "
    "wyników wyborów w XML z 203.0.113.44.\n\nPozdrawiam\nEwa Lis\nRadio Odra sp. z o.o.\n",
    "lis@radioodra.example", "Ewa Lis", "Radio Odra sp. z o.o.", ["203.0.113.44"], None,
)
_case(
    "fr_la_remplace",
    "Bonjour,\n\nl'adresse 203.0.113.5 est obsolète, la remplace 203.0.113.55. Merci d'ouvrir l'accès au "
    "flux XML des résultats pour 203.0.113.55.\n\nCordialement,\nPaul Girard\nLe Courrier Alpin SAS\n",
    "girard@courrieralpin.example", "Paul Girard", "Le Courrier Alpin SAS", ["203.0.113.55"], None,
)
_case(
    "en_replaced_it_is",
    "Hello,\n\n198.51.100.6 is our old server; 198.51.100.66 replaces it. Please grant XML results "
    "access to 198.51.100.66 only.\n\nRegards,\nMark Hill\nValley Echo Ltd\n",
    "hill@valleyecho.example", "Mark Hill", "Valley Echo Ltd", ["198.51.100.66"], None,
)
# near misses: the second address joins the first, nothing is replaced
_case(
    "cs_doplnuje_ji",
    "Dobrý den,\n\nprodukční adresa pro XML s výsledky voleb je 192.0.2.21, doplňuje ji záložní "
    "192.0.2.22.\n\nS pozdravem\nIva Horká\nTýdeník Brod s.r.o.\n",
    "horka@tydenikbrod.example", "Iva Horká", "Týdeník Brod s.r.o.", ["192.0.2.21", "192.0.2.22"], None,
)
_case(
    "cs_k_ni_pridavame",
    "Dobrý den,\n\n192.0.2.31 zůstává, k ní přidáváme 192.0.2.32. Obě prosíme povolit pro XML s "
    "výsledky voleb.\n\nS pozdravem\nJiří Kos\nRádio Sever s.r.o.\n",
    "kos@radiosever.example", "Jiří Kos", "Rádio Sever s.r.o.", ["192.0.2.31", "192.0.2.32"], None,
)
_case(
    "sk_dopna_ju",
    "Dobrý deň,\n\nhlavná adresa pre XML s výsledkami volieb je 198.51.100.41, dopĺňa ju 198.51.100.42.\n\n"
    "S pozdravom\nPeter Sivý\nOravské noviny s.r.o.\n",
    "sivy@oravskenoviny.example", "Peter Sivý", "Oravské noviny s.r.o.", ["198.51.100.41", "198.51.100.42"], None,
)

XFAIL: dict[str, str] = {
    "en_replaced_it_is": "the new address stands before the verb (\"A is old; B replaces it\"): the gap "
    "between them holds no replacing word, and the verb after B is not read back (flagged)",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_ips_replaces_it_r56(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
