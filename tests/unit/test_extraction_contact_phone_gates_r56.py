"""A drill, fifty-sixth round (issue 18): a contact's mobile listed after the organisation's
general line, labelled with a word for "general" in the writer's language ("Telefone (geral)",
"Telefono generale", "Téléphone (général)", "Teléfono general"). The general line is the
organisation's, so the mobile after it is the contact's (``tests/corpus/LABELS.md``); near-miss
negatives: a direct line before a mobile (the first one given), a lone unlabelled phone. Every
message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str, subject: str) -> ParsedMessage:
    return mail(body(text), subject=subject, sender=sender, sender_name=name)


_PT = (
    "Exmos. Senhores,\n\nA Gazeta do Minho, Lda. solicita o acesso ao servidor dedicado com os "
    "resultados eleitorais em formato XML.\n\nEndereço de produção: 198.51.100.20\n\n"
)
_IT = (
    "Gentili Signori,\n\nil Corriere del Lago S.r.l. chiede l'accesso al server dedicato con i "
    "risultati elettorali in formato XML.\n\nIndirizzo di produzione: 198.51.100.30\n\n"
)
_FR = (
    "Madame, Monsieur,\n\nLa Gazette du Rhône SARL demande l'accès au serveur dédié des résultats "
    "électoraux au format XML.\n\nAdresse de production : 198.51.100.40\n\n"
)
_ES = (
    "Estimados señores:\n\nDiario del Ebro S.L. solicita el acceso al servidor dedicado con los "
    "resultados electorales en formato XML.\n\nDirección de producción: 198.51.100.50\n\n"
)

# the general line first, the contact's mobile after it
CASES["pt_telefone_geral_parens"] = (
    _mail(
        _PT + "Pessoa de contacto: Rui Almeida Sousa\nTelefone (geral): +351 253 100 200\n"
        "Telemóvel: +351 936 111 222\n\nCom os melhores cumprimentos,\nRui Almeida Sousa\n"
        "Gazeta do Minho, Lda.\n",
        "rui.sousa@gazetaminho.example",
        "Rui Almeida Sousa",
        "Pedido de acesso aos resultados eleitorais (XML)",
    ),
    label(
        FEED,
        ("Gazeta do Minho, Lda.", None, None),
        ["198.51.100.20"],
        [],
        ("Rui Almeida Sousa", "rui.sousa@gazetaminho.example", "+351936111222"),
    ),
)
CASES["pt_telefone_geral_plain"] = (
    _mail(
        _PT + "Contacto: Rui Almeida Sousa, tel. geral +351 253 100 200, telemóvel "
        "+351 936 111 222\n\nCumprimentos,\nRui Almeida Sousa\nGazeta do Minho, Lda.\n",
        "rui.sousa@gazetaminho.example",
        "Rui Almeida Sousa",
        "Pedido de acesso aos resultados eleitorais (XML)",
    ),
    label(
        FEED,
        ("Gazeta do Minho, Lda.", None, None),
        ["198.51.100.20"],
        [],
        ("Rui Almeida Sousa", "rui.sousa@gazetaminho.example", "+351936111222"),
    ),
)
CASES["it_telefono_generale"] = (
    _mail(
        _IT + "Referente: Giulia Ferraro\nTelefono (generale): +39 031 400 100\n"
        "Cellulare: +39 347 555 1212\n\nCordiali saluti,\nGiulia Ferraro\n"
        "Corriere del Lago S.r.l.\n",
        "g.ferraro@corrierelago.example",
        "Giulia Ferraro",
        "Richiesta di accesso ai risultati elettorali (XML)",
    ),
    label(
        FEED,
        ("Corriere del Lago S.r.l.", None, None),
        ["198.51.100.30"],
        [],
        ("Giulia Ferraro", "g.ferraro@corrierelago.example", "+393475551212"),
    ),
)
CASES["fr_telephone_general"] = (
    _mail(
        _FR + "Contact : Claire Dubois\nTéléphone (général) : +33 4 72 00 11 22\n"
        "Portable : +33 6 12 34 56 78\n\nCordialement,\nClaire Dubois\nLa Gazette du Rhône SARL\n",
        "claire.dubois@gazetterhone.example",
        "Claire Dubois",
        "Demande d'accès aux résultats électoraux (XML)",
    ),
    label(
        FEED,
        ("La Gazette du Rhône SARL", None, None),
        ["198.51.100.40"],
        [],
        ("Claire Dubois", "claire.dubois@gazetterhone.example", "+33612345678"),
    ),
)
CASES["es_telefono_general"] = (
    _mail(
        _ES + "Persona de contacto: Javier Ortega Ruiz\nTeléfono general: +34 976 300 400\n"
        "Móvil: +34 612 345 678\n\nAtentamente,\nJavier Ortega Ruiz\nDiario del Ebro S.L.\n",
        "jortega@diarioebro.example",
        "Javier Ortega Ruiz",
        "Solicitud de acceso a los resultados electorales (XML)",
    ),
    label(
        FEED,
        ("Diario del Ebro S.L.", None, None),
        ["198.51.100.50"],
        [],
        ("Javier Ortega Ruiz", "jortega@diarioebro.example", "+34612345678"),
    ),
)

# the shape of the scored case: a job title after the name, the firm and its address signed
_ROLE = ", editor da secção nacional"
_SIGN = "\n\nCom os melhores cumprimentos,\nRui Almeida Sousa\nGazeta do Minho, Lda. | Rua do Souto 4, 4700-329 Braga\n"


def _pt(lines: str) -> ParsedMessage:
    return _mail(
        _PT + "Pessoa de contacto: Rui Almeida Sousa" + _ROLE + "\n" + lines + _SIGN,
        "rui.sousa@gazetaminho.example",
        "Rui Almeida Sousa",
        "Pedido de acesso aos resultados eleitorais (XML)",
    )


def _pt_label(phone: str) -> Label:
    return label(
        FEED,
        ("Gazeta do Minho, Lda.", None, None),
        ["198.51.100.20"],
        [],
        ("Rui Almeida Sousa", "rui.sousa@gazetaminho.example", phone),
    )


CASES["pt_role_geral"] = (
    _pt("Telefone (geral): +351 253 100 200\nTelemóvel: +351 936 111 222"),
    _pt_label("+351936111222"),
)
CASES["pt_role_redacao"] = (
    _pt("Telefone (redação): +351 253 100 200\nTelemóvel: +351 936 111 222"),
    _pt_label("+351936111222"),
)
# the head office's line in words the rules have none for: left, but never certain
CASES["pt_role_sede"] = (
    _pt("Telefone (sede): +351 253 100 200\nTelemóvel: +351 936 111 222"),
    _pt_label("+351936111222"),
)

# near misses: the contact's own line first (the first one given); a lone phone
CASES["pt_telefone_direto_first"] = (
    _mail(
        _PT + "Pessoa de contacto: Rui Almeida Sousa\nTelefone direto: +351 253 100 245\n"
        "Telemóvel: +351 936 111 222\n\nCom os melhores cumprimentos,\nRui Almeida Sousa\n"
        "Gazeta do Minho, Lda.\n",
        "rui.sousa@gazetaminho.example",
        "Rui Almeida Sousa",
        "Pedido de acesso aos resultados eleitorais (XML)",
    ),
    label(
        FEED,
        ("Gazeta do Minho, Lda.", None, None),
        ["198.51.100.20"],
        [],
        ("Rui Almeida Sousa", "rui.sousa@gazetaminho.example", "+351253100245"),
    ),
)
CASES["pt_telefone_lone"] = (
    _mail(
        _PT + "Pessoa de contacto: Rui Almeida Sousa, telefone +351 936 111 222\n\n"
        "Com os melhores cumprimentos,\nRui Almeida Sousa\nGazeta do Minho, Lda.\n",
        "rui.sousa@gazetaminho.example",
        "Rui Almeida Sousa",
        "Pedido de acesso aos resultados eleitorais (XML)",
    ),
    label(
        FEED,
        ("Gazeta do Minho, Lda.", None, None),
        ["198.51.100.20"],
        [],
        ("Rui Almeida Sousa", "rui.sousa@gazetaminho.example", "+351936111222"),
    ),
)

CASES["pt_role_plain_first"] = (
    _pt("Telefone: +351 253 100 245\nTelemóvel: +351 936 111 222"),
    _pt_label("+351253100245"),
)
CASES["pt_role_direto_first"] = (
    _pt("Telefone (direto): +351 253 100 245\nTelemóvel: +351 936 111 222"),
    _pt_label("+351253100245"),
)

XFAIL: dict[str, str] = {
    "pt_role_sede": "contact.phone (r56-phone, left): a bracketed qualifier the rules have no word "
    "for ('Telefone (sede)') before a mobile; the first number is kept but flagged",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("contact.phone")] == []
