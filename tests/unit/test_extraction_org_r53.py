"""A drill, fifty-third round (issue 18): the applicant organisation. (a) A name with a
legal form after a comma ("X, S.A.", "X, S.r.l.", "X, Lda."), written with the sentence's
article ("La X, S.A. solicita …"): the comma before the legal form is the name's own, not
another cell, so the sentence's article stays cut off. Near misses: the same names without a
comma, and a name whose article starts no sentence. Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, REC, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str) -> ParsedMessage:
    return mail(body(text), subject="XML election results", sender=sender, sender_name=name)


def _org(name: str) -> Label:
    return label(FEED, (name, None, None), [], [], (None, None, None))


_SENTENCES: dict[str, tuple[str, str]] = {
    "es_sa": ("Estimados señores:\n\nLa Red Informativa del Tajo, S.A. solicita acceso al servidor XML "
              "de resultados electorales.\n\nAtentamente,\nLuis Ortega\n", "Red Informativa del Tajo, S.A."),
    "es_sl": ("Buenos días:\n\nEl Diario Comarcal de Teruel, S.L. pide acceso a los resultados en XML.\n\n"
              "Saludos,\nAna Gil\n", "Diario Comarcal de Teruel, S.L."),
    "es_slu_mid": ("Buenos días:\n\nLes escribo porque la Agencia Levantina de Noticias, S.L.U. necesita acceso "
                   "al XML.\n\nUn saludo,\nPere Soler\n", "Agencia Levantina de Noticias, S.L.U."),
    "ca_sl": ("Benvolguts,\n\nLa Xarxa de Ràdios del Maresme, SL sol·licita accés als resultats en XML.\n\n"
              "Salutacions,\nMarta Vila\n", "Xarxa de Ràdios del Maresme, SL"),
    "it_srl": ("Gentili signori,\n\nLa Gazzetta del Lago, S.r.l. chiede l'accesso al server XML dei risultati.\n\n"
               "Cordiali saluti,\nPaolo Neri\n", "Gazzetta del Lago, S.r.l."),
    "it_spa": ("Buongiorno,\n\nIl Notiziario Adriatico, S.p.A. richiede l'accesso ai dati XML.\n\n"
               "Saluti,\nGiulia Conti\n", "Notiziario Adriatico, S.p.A."),
    "pt_lda": ("Exmos. Senhores,\n\nA Rede Noticiosa do Minho, Lda. solicita acesso ao servidor XML.\n\n"
               "Cumprimentos,\nRui Costa\n", "Rede Noticiosa do Minho, Lda."),
    "fr_sa": ("Madame, Monsieur,\n\nLa Compagnie Radiophonique Alpine, SA demande l'accès aux résultats XML.\n\n"
              "Cordialement,\nLuc Favre\n", "Compagnie Radiophonique Alpine, SA"),
    "en_ltd": ("Dear Sir or Madam,\n\nThe Northern Wire Service, Ltd requests access to the XML results feed.\n\n"
               "Kind regards,\nTom Hale\n", "Northern Wire Service, Ltd"),
    "de_gmbh": ("Sehr geehrte Damen und Herren,\n\nDie Nachrichtenagentur Elbtal, GmbH beantragt den Zugang "
                "zum XML-Server.\n\nMit freundlichen Grüßen\nJan Wolf\n", "Nachrichtenagentur Elbtal, GmbH"),
    "en_no_comma": ("Hello,\n\nThe Severn Valley Broadcasting Company Ltd applies for access to the XML "
                    "results.\n\nBest,\nAmy Cole\n", "Severn Valley Broadcasting Company Ltd"),
    # (b) the Iberian "SL"/"SLU" in capitals without dots
    "ca_som_sl": ("Bon dia,\n\nsom la Ràdio Comarcal de l'Anoia, SL, una emissora local. Demanem l'accés al "
                  "servidor XML.\n\nSalutacions,\nNúria Bosch i Ferrer\n", "Ràdio Comarcal de l'Anoia, SL"),
    "es_slu_bare": ("Hola:\n\nSomos Noticias del Bierzo SLU y pedimos acceso a los resultados en XML.\n\n"
                    "Un saludo,\nIñaki Prieto\n", "Noticias del Bierzo SLU"),
    # near misses: the name written with its article where no sentence is (a label, a signature)
    "en_label_keeps_the": ("Hello,\n\nApplicant: The Harbour Gazette Ltd\nWe ask for the XML results feed.\n\n"
                           "Best,\nAmy Cole\n", "The Harbour Gazette Ltd"),
    "en_signature_keeps_the": ("Hello,\n\nThe Harbour Courier Ltd asks for access to the XML results.\n\n"
                               "Best,\nAmy Cole\nThe Harbour Courier Ltd\n", "The Harbour Courier Ltd"),
    # near misses: no comma before the legal form
    "es_sa_no_comma": ("Estimados señores:\n\nLa Red Informativa del Jarama S.A. solicita acceso al servidor XML.\n\n"
                       "Atentamente,\nLuis Ortega\n", "Red Informativa del Jarama S.A."),
    "it_srl_no_comma": ("Buongiorno,\n\nLa Gazzetta della Valle S.r.l. chiede l'accesso ai dati XML.\n\n"
                        "Saluti,\nGiulia Conti\n", "Gazzetta della Valle S.r.l."),
}

for _key, (_text, _name) in _SENTENCES.items():
    CASES[_key] = (_mail(_text, "info@media.example", "Redakce"), _org(_name))


def _rec(text: str, sender: str, name: str) -> ParsedMessage:
    return mail(body(text), subject="Filming on election night", sender=sender, sender_name=name)


def _own(name: str) -> Label:
    return label(REC, (name, None, None), [], [], (None, None, None))


# (c) a freelancer's signature: the job, then the town (no firm)
_FREELANCERS: dict[str, tuple[str, str, str]] = {
    "pl_town": ("Dzień dobry,\n\njestem niezależnym fotoreporterem. Proszę o zgodę na fotografowanie w noc "
                "wyborczą.\n\nZ poważaniem\nKamil Nowicki\nfotoreporter, Bydgoszcz\n", "Kamil Nowicki", "Kamil Nowicki"),
    "de_town": ("Guten Tag,\n\nich bin freie Fotografin und bitte um eine Drehgenehmigung für den "
                "Wahlabend.\n\nMit freundlichen Grüßen\nSabine Krüger\nFotografin, Regensburg\n", "Sabine Krüger", "Sabine Krüger"),
    "en_town": ("Hello,\n\nI am a freelance photographer and would like to take photos at your results "
                "centre on election night.\n\nBest wishes,\nOwen Price\nphotographer, Cardiff\n", "Owen Price", "Owen Price"),
    "es_town": ("Hola:\n\nsoy fotógrafo autónomo y solicito permiso para hacer fotos en la noche electoral."
                "\n\nSaludos,\nDiego Marín\nfotógrafo, Zaragoza\n", "Diego Marín", "Diego Marín"),
    # near misses: a trade name with its legal form; an employee's outlet after the job
    "pl_trade_form": ("Dzień dobry,\n\njestem niezależnym fotografem. Proszę o zgodę na fotografowanie w noc "
                      "wyborczą.\n\nZ poważaniem\nKamil Nowicki\nfotograf, FotoNord sp. z o.o.\n",
                      "FotoNord sp. z o.o.", "Kamil Nowicki"),
}
for _key, (_text, _name, _writer) in _FREELANCERS.items():
    CASES[_key] = (_rec(_text, "foto@mail.example", _writer), _own(_name))

XFAIL: dict[str, str] = {
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("organization.name")] == []
