"""A blind trap drill (28 messages), fifty-seventh round (issue 18): request types in declines,
conditionals, forms with boxes or yes/no answers and requests withdrawn later in the
message, in Czech, Slovak, English, German, Polish, Italian, French, Spanish and Hungarian.
Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(key: str, subject: str, text: str, want: list[str], form: str | None = None) -> None:
    parts = [body(text)] + ([text_file("formular.txt", form)] if form is not None else [])
    CASES[key] = (
        mail(*parts, subject=subject, sender="it@media.example", sender_name="X"),
        label(want, (None, None, None), [], [], (None, None, None)),
    )


_mail("cz_form_box_feed_only", "Žádost", "Dobrý den,\nv příloze formulář.\nEva Malá\n", FEED,
      "Žádost\n[X] přístup k XML výsledkům voleb\n[ ] povolení k natáčení na sběrném místě\n"
      "Produkční IP: 192.0.2.10\n")
_mail("sk_form_both_ticked", "Žiadosť", "Dobrý deň,\nposielam formulár.\nJana Horná\n", BOTH,
      "☒ prístup k výsledkom volieb (XML)\n☒ povolenie nakrúcať v zbernom mieste\n")
_mail("en_form_yes_no", "Application", "Hello,\nthe form is attached.\nAnna Lee\n", FEED,
      "Access to the results feed: YES\nFilming permit: NO\nProduction IP: 192.0.2.11\n")
_mail("de_form_ja_nein", "Antrag", "Guten Tag,\nanbei das Formular.\nKarl Maier\n", FEED,
      "Zugang zu den Wahlergebnissen (XML): ja\nDrehgenehmigung: nein\n")
_mail("pl_declines_filming", "Wniosek",
      "Dzień dobry,\nprosimy o dostęp do wyników wyborów w XML. Nie będziemy filmować.\n"
      "Piotr Nowak\n", FEED)
_mail("cz_withdrawn_ps", "Žádost",
      "Dobrý den,\nžádáme o přístup k XML výsledkům voleb a o povolení natáčet na sběrném "
      "místě.\nEva Malá\n\nPS: Natáčení ruším, kolega onemocněl.\n", FEED)
_mail("en_withdrawn_update", "Access and filming",
      "Hello,\nwe request access to the results XML feed and permission to film at the "
      "collection point.\n\nUpdate: please disregard the filming request, our crew cancelled."
      "\nAnna Lee\n", FEED)
_mail("it_declines_riprese", "Richiesta",
      "Buongiorno,\nchiediamo l'accesso ai risultati elettorali in XML; non faremo riprese."
      "\nMarco Riva\n", FEED)
_mail("fr_form_oui_non", "Demande", "Bonjour,\nci-joint le formulaire.\nClaire Petit\n", FEED,
      "Accès aux résultats électoraux (XML) : oui\nAutorisation de tournage : non\n")
_mail("es_both_plain", "Solicitud",
      "Buenos días:\nsolicitamos el acceso a los resultados electorales en XML y permiso de "
      "rodaje en el centro de recogida.\nLucía Gómez\n", BOTH)
_mail("hu_declines_forgatas", "Kérelem",
      "Tisztelt Hivatal!\nKérjük a hozzáférést a választási eredményekhez XML formátumban, "
      "forgatási engedélyt nem kérünk.\nKiss Anna\n", FEED)
_mail("cz_conditional_if_possible", "Žádost",
      "Dobrý den,\nžádáme o přístup k XML výsledkům voleb. Pokud by to bylo možné, rádi bychom "
      "také natáčeli na sběrném místě.\nEva Malá\n", BOTH)
_mail("en_partner_applies_itself", "Request",
      "Hello,\nwe request access to the results XML feed. Should our TV partner decide to "
      "come, they will apply for a filming permit themselves.\nAnna Lee\n", FEED)
_mail("sk_only_filming_no_xml", "Žiadosť",
      "Dobrý deň,\nžiadame iba o povolenie nakrúcať v zbernom mieste, prístup k XML "
      "nepotrebujeme.\nJana Horná\n", REC)
_mail("de_feed_withdrawn", "Antrag",
      "Guten Tag,\nwir beantragen eine Drehgenehmigung für die Sammelstelle und den Zugang zu "
      "den XML-Ergebnissen.\nNachtrag: den XML-Zugang brauchen wir doch nicht.\nKarl Maier\n",
      REC)
_mail("en_form_boxes_filming_only", "Application", "Hello,\nform attached.\nAnna Lee\n", REC,
      "[ ] Access to the results feed\n[x] Filming permit at the collection point\n")
_mail("cz_form_ano_ano", "Žádost", "Dobrý den,\nformulář v příloze.\nEva Malá\n", BOTH,
      "Přístup k XML výsledkům: ANO\nNatáčení na sběrném místě: ANO\n")
_mail("pl_form_both_boxes", "Wniosek", "Dzień dobry,\nformularz w załączeniu.\nPiotr Nowak\n",
      BOTH, "[x] dostęp do danych wyborczych XML\n[x] zgoda na filmowanie w punkcie\n")
_mail("en_no_filming_this_time", "Request",
      "Hello,\nwe request access to the results XML feed. No filming this time.\nAnna Lee\n",
      FEED)
_mail("cz_declined_feed_keeps_filming", "Žádost o natáčení",
      "Dobrý den,\nžádáme o povolení natáčet ve sběrném místě. O přístup k XML nežádáme, data "
      "bereme od agentury.\nEva Malá\n", REC)
_mail("cz_no_video_only_photos", "Žádost",
      "Dobrý den,\nžádáme o přístup k XML výsledkům voleb. Natáčet nebudeme, jen bychom rádi "
      "pořídili pár fotografií na sběrném místě, pokud dovolíte.\nEva Malá\n", BOTH)
_mail("en_cancelled_then_wanted", "Access and filming",
      "Hello,\nwe request access to the results XML feed. Filming: cancelled.\n"
      "Correction: we do want the filming permit after all.\nAnna Lee\n", BOTH)
_mail("en_if_filming_refused", "Access and filming",
      "Hello,\nwe request access to the results XML feed and a filming permit. If filming is "
      "not allowed, access to the feed alone will do.\nAnna Lee\n", BOTH)
_mail("cz_letos_nepotrebujeme", "Žádost",
      "Dobrý den,\nžádáme o přístup k XML výsledkům voleb. Povolení k natáčení letos "
      "nepotřebujeme.\nEva Malá\n", FEED)
_mail("sk_vlani_natacanie", "Žiadosť",
      "Dobrý deň,\no nakrúcanie sme žiadali vlani, tento rok žiadame len o prístup k XML."
      "\nJana Horná\n", FEED)
_mail("de_kein_kamerateam", "Antrag",
      "Guten Tag,\nwir beantragen den Zugang zu den Wahlergebnissen (XML). Ein Kamerateam "
      "kommt diesmal nicht.\nKarl Maier\n", FEED)
_mail("fr_renoncons_tournage", "Demande",
      "Bonjour,\nnous demandons l'accès aux résultats électoraux en XML. Nous renonçons au "
      "tournage.\nClaire Petit\n", FEED)
_mail("es_form_no_procede", "Solicitud", "Buenos días:\nadjunto el formulario.\nLucía Gómez\n",
      FEED, "Acceso a los resultados electorales (XML): Sí\nPermiso de rodaje: No procede\n")

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("request_types")] == []
