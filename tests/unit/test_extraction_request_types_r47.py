"""A drill, forty-seventh round (issue 18): request types in the forty-seventh part's misses.

(a) A wish in the conditional in the third person ("Týdeník by rád požádal o přístup …",
"redakcia by rada požiadala"), also wrapped by a ``format=flowed`` mail client: the applicant
asks, no other party asked before. (b) A filming verb of the Romance languages in another
person or mood ("para que su corresponsal grabe imágenes", "rodar en la sede", "que
gravemos imagens", "filmemos"). (c) "Without filming" before the filming's word ("Sin
grabación.", "sans tournage", "senza riprese", "zonder filmopnames"). (d) A request put off
to a later time or election with the word of filing it ("faremo domanda più avanti",
"solicitaremos el acceso más adelante", "nous ferons la demande plus tard"). Near misses: a
filing by another party, a press conference ("rueda de prensa"), addresses sent later, "sin"
after the filming's word.

Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it. Every text
here is written for the test; names, firms, numbers and addresses are invented. The drill
scores the request types only."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, subject: str = "Žádost volby") -> ParsedMessage:
    return mail(body(text), subject=subject, sender="redakce@zpravy.example", sender_name="Eva Kramná")


def _want(types: list[str]) -> Label:
    return label(types, (None, None, None), [], [], (None, None, None))


# (a) the applicant's wish in the conditional, third person
CASES["cs_weekly_by_rad_pozadal_both"] = (
    _mail(
        "Dobrý den,\n\nBoleslavský týdeník s.r.o. by rád požádal o přístup k výsledkům voleb v XML "
        "a o povolení natáčet na pracovišti v Mladé Boleslavi.\nProdukční IP: 192.0.2.41\n\n"
        "S pozdravem\nEva Kramná\n"
    ),
    _want(BOTH),
)
CASES["cs_flowed_by_rada_pozadala_wrapped"] = (
    _mail(
        "Dobrý den,\n\nRedakce Zpravodaje Polabí by ráda požádala o  \npřístup k výsledkům v XML a "
        "o povolení fotit na pracovišti v Nymburce.  \nProdukční IP je 192.0.2.42.\n\n"
        "Eva Kramná\n"
    ),
    _want(BOTH),
)
CASES["sk_redakcia_by_rada_poziadala_feed"] = (
    _mail(
        "Dobrý deň,\n\nredakcia Novín Pohronia by rada požiadala o prístup k výsledkom volieb "
        "(XML).\nIP adresa servera: 192.0.2.43\n\nS pozdravom\nEva Kramná\n"
    ),
    _want(FEED),
)
CASES["cs_rad_by_pozadal_filming_only"] = (
    _mail(
        "Dobrý den,\n\nspolek Kulturní Kolín rád by požádal o povolení natáčet na sběrném místě "
        "ve volební noci.\n\nEva Kramná\n"
    ),
    _want(REC),
)
CASES["cs_near_tv_pozadala_sama"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k výsledkům voleb v XML, IP 192.0.2.44. O natáčení "
        "požádala partnerská televize sama.\n\nEva Kramná\n"
    ),
    _want(FEED),
)
CASES["sk_near_kolegovia_poziadali_samostatne"] = (
    _mail(
        "Dobrý deň,\n\nžiadame o prístup k výsledkom volieb v XML (IP 192.0.2.45). O povolenie "
        "natáčať kolegovia z televízie požiadali samostatne.\n\nEva Kramná\n"
    ),
    _want(FEED),
)

# (b) a Romance filming verb in another person or mood
CASES["es_para_que_grabe_imagenes"] = (
    _mail(
        "Buenos días:\n\nEl Diario de Alcoy solicita acceso al servidor de resultados (XML) y, "
        "además, permiso para que nuestro fotógrafo grabe imágenes en la sede de recogida.\n"
        "IP: 192.0.2.46\n\nUn saludo\nEva Kramná\n",
        "Solicitud",
    ),
    _want(BOTH),
)
CASES["es_rodar_en_la_sede"] = (
    _mail(
        "Hola:\n\nsolicitamos permiso para rodar en el centro de recogida de resultados la noche "
        "electoral (equipo de dos personas).\n\nSaludos\nEva Kramná\n",
        "Permiso",
    ),
    _want(REC),
)
CASES["es_que_ruede_el_equipo"] = (
    _mail(
        "Buenas tardes:\n\npedimos autorización para que nuestro equipo ruede unas tomas en la "
        "sede de Praga. No necesitamos los datos XML.\n\nAtentamente\nEva Kramná\n",
        "Autorización",
    ),
    _want(REC),
)
CASES["es_filmemos_y_xml"] = (
    _mail(
        "Hola,\n\nles pedimos acceso a los resultados electorales en XML (IP 192.0.2.47) y que nos "
        "permitan que filmemos en el centro de recogida.\n\nEva Kramná\n",
        "Solicitud",
    ),
    _want(BOTH),
)
CASES["pt_que_gravemos_imagens"] = (
    _mail(
        "Bom dia,\n\npedimos autorização para que gravemos imagens no centro de recolha dos "
        "resultados em Praga.\n\nCumprimentos\nEva Kramná\n",
        "Pedido",
    ),
    _want(REC),
)
CASES["es_near_rueda_de_prensa"] = (
    _mail(
        "Hola:\n\nsolicitamos acceso al XML de resultados electorales desde 192.0.2.48. El lunes "
        "hay rueda de prensa en la redacción.\n\nEva Kramná\n",
        "Solicitud XML",
    ),
    _want(FEED),
)

# (c) "without filming" before the filming's word
CASES["es_sin_grabacion_terse"] = (
    _mail(
        "Hola, soy periodista autónoma. Pido acceso al XML de resultados desde 192.0.2.49. Sin "
        "grabación.\nEva Kramná\n",
        "acceso XML",
    ),
    _want(FEED),
)
CASES["fr_sans_tournage"] = (
    _mail(
        "Bonjour,\n\nnous demandons l'accès aux résultats électoraux en XML depuis 192.0.2.50, "
        "sans tournage sur place.\n\nEva Kramná\n",
        "Demande",
    ),
    _want(FEED),
)
CASES["it_senza_riprese"] = (
    _mail(
        "Buongiorno,\n\nchiediamo l'accesso ai risultati elettorali in XML (IP 192.0.2.51). Senza "
        "riprese.\n\nEva Kramná\n",
        "Richiesta",
    ),
    _want(FEED),
)
CASES["nl_zonder_filmopnames"] = (
    _mail(
        "Goedendag,\n\nwij vragen toegang tot de verkiezingsuitslagen in XML vanaf 192.0.2.52, "
        "zonder filmopnames.\n\nEva Kramná\n",
        "Aanvraag",
    ),
    _want(FEED),
)
CASES["es_near_grabacion_sin_publico"] = (
    _mail(
        "Hola:\n\nsolicitamos acceso al XML de resultados (IP 192.0.2.53) y permiso de grabación "
        "en el centro, sin público.\n\nEva Kramná\n",
        "Solicitud",
    ),
    _want(BOTH),
)

# (d) a request put off to a later time, with the word of filing it
CASES["it_domanda_piu_avanti"] = (
    _mail(
        "Buongiorno,\n\nTelevalle S.r.l. chiede il permesso di effettuare riprese nel centro di "
        "raccolta a Praga.\nPer ora solo riprese: il feed XML ci servirà per le elezioni europee, "
        "faremo domanda più avanti.\n\nEva Kramná\n",
        "Richiesta permesso riprese",
    ),
    _want(REC),
)
CASES["es_solicitaremos_mas_adelante"] = (
    _mail(
        "Hola:\n\npedimos permiso para grabar en el centro de recogida de Praga. El acceso XML lo "
        "solicitaremos más adelante, para las municipales.\n\nEva Kramná\n",
        "Permiso de grabación",
    ),
    _want(REC),
)
CASES["fr_demande_plus_tard"] = (
    _mail(
        "Bonjour,\n\nnous demandons l'autorisation de filmer au centre de collecte. Pour le flux "
        "XML, nous ferons la demande plus tard.\n\nEva Kramná\n",
        "Demande de tournage",
    ),
    _want(REC),
)
CASES["en_will_apply_later"] = (
    _mail(
        "Hello,\n\nwe ask for a permit to film at the collection point in Brno. The XML feed is "
        "for the regional elections; we will apply for it later.\n\nEva Kramná\n",
        "Filming permit",
    ),
    _want(REC),
)
CASES["it_near_ip_piu_avanti"] = (
    _mail(
        "Buongiorno,\n\nchiediamo l'accesso al feed XML e il permesso di riprese nel centro di "
        "raccolta. Gli indirizzi IP li manderemo più avanti.\n\nEva Kramná\n",
        "Richiesta",
    ),
    _want(BOTH),
)
CASES["fr_near_adresses_plus_tard"] = (
    _mail(
        "Bonjour,\n\nnous demandons l'accès aux données XML et l'autorisation de filmer au centre. "
        "L'adresse de test suivra plus tard.\n\nEva Kramná\n",
        "Demande",
    ),
    _want(BOTH),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_request_types_r47(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("request_types")] == []
