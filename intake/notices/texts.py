"""Built-in notice templates (Czech, with an English variant) and the plain-language
explanation of each problem code: what is wrong and what the applicant should do."""

from __future__ import annotations

from collections.abc import Collection

from intake.model import Code

TEMPLATE_NAMES = ("receipt", "accepted", "late", "defect", "approval", "refusal", "announcement")

_HEAD_CS = """Evidenční číslo podání: {{ registry_number }}
Datum a čas doručení: {{ received_at }}
{% if subject %}Předmět zprávy: {{ subject }}
{% endif %}{% if message_id %}Identifikátor zprávy (Message-ID): {{ message_id }}
{% endif %}{% if dm_id %}Identifikátor datové zprávy (dmID): {{ dm_id }}
{% endif %}Otisk zprávy SHA-256: {{ sha256 }}
"""

_HEAD_EN = """Registry number: {{ registry_number }}
Date and time of delivery: {{ received_at }}
{% if subject %}Subject: {{ subject }}
{% endif %}{% if message_id %}Message-ID: {{ message_id }}
{% endif %}{% if dm_id %}Data message ID (dmID): {{ dm_id }}
{% endif %}SHA-256 of the message: {{ sha256 }}
"""

_SIGN_CS = """
S pozdravem
{{ signature_block }}
{{ office }}"""

_SIGN_EN = """
Kind regards
{{ signature_block }}
{{ office }}"""

BUILTIN: dict[tuple[str, str], tuple[str, str]] = {
    ("receipt", "cs"): (
        "Předběžné potvrzení doručení – {{ registry_number }}",
        "Dobrý den,\n\nVaše datová zpráva byla doručena do elektronické podatelny – {{ office }}.\n\n"
        + _HEAD_CS
        + "\nPo ověření správnosti podání Vám bude zasláno Potvrzení doručení a přijetí datové "
        "zprávy, případně sdělení, co je třeba v podání opravit.\n\nTato zpráva byla "
        "vygenerována automaticky, neodpovídejte na ni.\n" + _SIGN_CS,
    ),
    ("receipt", "en"): (
        "Preliminary confirmation of delivery – {{ registry_number }}",
        "Hello,\n\nYour message was delivered to the electronic filing office – {{ office }}.\n\n"
        + _HEAD_EN
        + "\nOnce the filing has been checked you will receive a confirmation of delivery and "
        "acceptance, or a notice of what needs to be corrected.\n\nThis message was generated "
        "automatically; please do not reply to it.\n" + _SIGN_EN,
    ),
    ("accepted", "cs"): (
        "Potvrzení doručení a přijetí datové zprávy – {{ registry_number }}",
        "Dobrý den,\n\npotvrzujeme doručení a přijetí Vaší datové zprávy. Podání splňuje "
        "formální náležitosti a bylo předáno k věcnému posouzení; o výsledku Vás budeme "
        "informovat.\n\n" + _HEAD_CS + _SIGN_CS,
    ),
    ("accepted", "en"): (
        "Confirmation of delivery and acceptance – {{ registry_number }}",
        "Hello,\n\nwe confirm the delivery and acceptance of your message. The filing meets the "
        "formal requirements and has been passed on for review; we will let you know the "
        "outcome.\n\n" + _HEAD_EN + _SIGN_EN,
    ),
    ("late", "cs"): (
        "Podání doručeno po lhůtě – {{ registry_number }}",
        "Dobrý den,\n\nVaše podání bylo doručeno {{ received_at }}, tedy po lhůtě, která "
        "skončila {{ deadline }}. Podání doručená po lhůtě nelze přijmout.\n\n"
        + _HEAD_CS
        + _SIGN_CS,
    ),
    ("late", "en"): (
        "Filing received after the deadline – {{ registry_number }}",
        "Hello,\n\nyour filing was delivered on {{ received_at }}, after the deadline of "
        "{{ deadline }}. Filings delivered after the deadline cannot be accepted.\n\n"
        + _HEAD_EN
        + _SIGN_EN,
    ),
    ("defect", "cs"): (
        "Výzva k odstranění vad podání – {{ registry_number }}",
        "Dobrý den,\n\nVaše podání má vady, pro které je nelze dále zpracovat:\n\n"
        "{% for d in defects %}{{ loop.index }}. {{ d.text }}\n{% if d.fix %}   Co udělat: "
        "{{ d.fix }}\n{% endif %}{% endfor %}{% if reason %}\nSdělení referenta: {{ reason }}\n"
        "{% endif %}\nVady prosím odstraňte nejpozději do {{ fix_by }} – zašlete opravené "
        "podání znovu, podepsané uznávaným elektronickým podpisem, nebo je pošlete z datové "
        "schránky. Pokud vady do té doby neodstraníte, podání nebude dále zpracováno "
        "(vyhláška č. 259/2012 Sb., § 4 odst. 2).\n\n" + _HEAD_CS + _SIGN_CS,
    ),
    ("defect", "en"): (
        "Request to correct defects of your filing – {{ registry_number }}",
        "Hello,\n\nyour filing has defects that prevent us from processing it:\n\n"
        "{% for d in defects %}{{ loop.index }}. {{ d.text }}\n{% if d.fix %}   What to do: "
        "{{ d.fix }}\n{% endif %}{% endfor %}{% if reason %}\nNote from the officer: {{ reason }}"
        "\n{% endif %}\nPlease correct them by {{ fix_by }} by sending the corrected filing "
        "again, signed with a recognised electronic signature, or from a data box. Otherwise "
        "the filing will not be processed further.\n\n" + _HEAD_EN + _SIGN_EN,
    ),
    ("approval", "cs"): (
        "Rozhodnutí o žádosti – schváleno – {{ registry_number }}",
        "Dobrý den,\n\nVaší žádosti o přístup k serveru s výsledky voleb ({{ campaign }}) bylo "
        "vyhověno.\n\nSchválené adresy pro ostrý provoz:\n{% for ip in production_ips %}  {{ ip }}\n"
        "{% else %}  (žádné)\n{% endfor %}\nSchválené testovací adresy:\n"
        "{% for ip in test_ips %}  {{ ip }}\n{% else %}  (žádné)\n{% endfor %}\n"
        "Testovací adresy mají přístup jen v testovacím režimu (profil TEST). V ostrém "
        "režimu (profil LIVE) mají přístup pouze adresy pro ostrý provoz; testovací adresy jsou "
        "odpojeny v těchto obdobích:\n{% for w in live_windows %}  {{ w }}\n{% endfor %}\n"
        "Podmínka: při zveřejnění údajů uvádějte jako zdroj Český statistický úřad (ČSÚ).\n\n"
        "Rozhodnutí je přiloženo jako dokument PDF{% if sealed %} opatřený elektronickou pečetí{% endif %}.\n\n"
        + _HEAD_CS
        + _SIGN_CS,
    ),
    ("approval", "en"): (
        "Decision on your application – approved – {{ registry_number }}",
        "Hello,\n\nyour application for access to the election results server ({{ campaign }}) "
        "has been approved.\n\nApproved production addresses:\n"
        "{% for ip in production_ips %}  {{ ip }}\n{% else %}  (none)\n{% endfor %}\n"
        "Approved test addresses:\n{% for ip in test_ips %}  {{ ip }}\n{% else %}  (none)\n"
        "{% endfor %}\nTest addresses have access in test mode only (profile TEST). In live "
        "mode (profile LIVE) only production addresses have access; test addresses are cut "
        "off during:\n{% for w in live_windows %}  {{ w }}\n{% endfor %}\nCondition: cite the "
        "Czech Statistical Office (ČSÚ) as the source when publishing the data.\n\nThe "
        "decision is attached as a PDF document{% if sealed %} bearing an electronic seal{% endif %}.\n\n"
        + _HEAD_EN
        + _SIGN_EN,
    ),
    ("refusal", "cs"): (
        "Rozhodnutí o žádosti – nevyhověno – {{ registry_number }}",
        "Dobrý den,\n\nVaší žádosti o přístup k serveru s výsledky voleb ({{ campaign }}) "
        "nebylo vyhověno.\n{% if reason %}\nOdůvodnění: {{ reason }}\n{% endif %}\n"
        "Rozhodnutí je přiloženo jako dokument PDF{% if sealed %} opatřený elektronickou pečetí{% endif %}.\n\n"
        + _HEAD_CS
        + _SIGN_CS,
    ),
    ("refusal", "en"): (
        "Decision on your application – refused – {{ registry_number }}",
        "Hello,\n\nyour application for access to the election results server ({{ campaign }}) "
        "has not been granted.\n{% if reason %}\nReason: {{ reason }}\n{% endif %}\nThe "
        "decision is attached as a PDF document{% if sealed %} bearing an electronic seal{% endif %}.\n\n"
        + _HEAD_EN
        + _SIGN_EN,
    ),
    ("announcement", "cs"): (
        "{{ announcement_subject }}",
        "Dobrý den,\n\n{{ announcement_body }}\n\nTuto zprávu dostávají všichni schválení "
        "žadatelé ({{ campaign }}); Vaše žádost: {{ registry_number }}.\n" + _SIGN_CS,
    ),
    ("announcement", "en"): (
        "{{ announcement_subject }}",
        "Hello,\n\n{{ announcement_body }}\n\nThis message goes to every approved applicant "
        "({{ campaign }}); your application: {{ registry_number }}.\n" + _SIGN_EN,
    ),
}

FIXES_CS: dict[Code, str] = {
    Code.SIGNATURE_MISSING: "Podání není podepsáno uznávaným elektronickým podpisem. Pošlete "
    "jej znovu podepsané kvalifikovaným podpisem (nebo zaručeným podpisem založeným na "
    "kvalifikovaném certifikátu), případně je odešlete z datové schránky.",
    Code.SIGNATURE_INVALID: "Elektronický podpis je neplatný (zpráva byla po podpisu změněna "
    "nebo podpis nelze ověřit). Podepište podání znovu a pošlete je beze změn.",
    Code.SIGNATURE_INDETERMINATE: "Platnost podpisu nebylo možné ověřit. Zkontrolujte, že "
    "certifikát je kvalifikovaný a platný, a pošlete podání znovu.",
    Code.CERTIFICATE_NOT_QUALIFIED: "Podpis není založen na kvalifikovaném certifikátu. "
    "Použijte kvalifikovaný certifikát pro elektronický podpis.",
    Code.CERTIFICATE_REVOKED: "Certifikát podpisu byl zneplatněn. Podepište podání platným "
    "kvalifikovaným certifikátem.",
    Code.CERTIFICATE_EXPIRED: "Platnost certifikátu podpisu vypršela. Podepište podání platným "
    "kvalifikovaným certifikátem.",
    Code.CERTIFICATE_UNTRUSTED: "Certifikát podpisu nevydal kvalifikovaný poskytovatel služeb "
    "vytvářejících důvěru. Podepište podání kvalifikovaným certifikátem od takového "
    "poskytovatele.",
    Code.SEAL_INVALID: "Elektronickou pečeť datové zprávy nebylo možné ověřit. Odešlete "
    "podání z datové schránky znovu.",
    Code.UNSUPPORTED_FORMAT: "Příloha je ve formátu, který podatelna nepřijímá. Pošlete ji "
    "v některém z přijímaných formátů: {formats}.",
    Code.UNREADABLE_ATTACHMENT: "Přílohu nelze otevřít (je poškozená nebo zašifrovaná). Pošlete "
    "ji znovu nepoškozenou a nezašifrovanou.",
    Code.MALWARE_DETECTED: "V příloze byl nalezen škodlivý kód; zpráva nebyla zpracována. "
    "Zkontrolujte svůj počítač a pošlete podání znovu.",
    Code.TOO_LARGE: "Zpráva je větší, než kolik lze tímto kanálem přijmout, a nebyla proto "
    "přijata celá. Pošlete podání znovu menší (přílohy zmenšete nebo rozdělte do více zpráv).",
    Code.ENCRYPTED_CONTENT: "Zpráva je zašifrovaná a nelze ji přečíst. Pošlete ji znovu "
    "nezašifrovanou (jen podepsanou).",
    Code.NO_IP_ADDRESSES: "Žádost neuvádí žádnou IP adresu. Uveďte IP adresy pro ostrý "
    "provoz (a případně testovací).",
    Code.TOO_MANY_PRODUCTION_IPS: "Žádost uvádí více IP adres pro ostrý provoz, než je dovoleno. "
    "Uveďte nejvýše povolený počet adres.",
    Code.TOO_MANY_TEST_IPS: "Žádost uvádí více testovacích IP adres, než je dovoleno. Uveďte "
    "nejvýše povolený počet adres.",
    Code.NON_PUBLIC_IP: "Žádost uvádí neveřejnou IP adresu. Uveďte veřejné IP adresy, ze "
    "kterých se budete k serveru připojovat.",
    Code.MISSING_CONTACT_EMAIL: "Žádost neuvádí kontaktní e-mail. Doplňte jej.",
    Code.MISSING_CONTACT_PHONE: "Žádost neuvádí kontaktní telefon. Doplňte jej.",
    Code.EMPTY_MESSAGE: "Zpráva neobsahuje žádný text ani přílohu. Pošlete žádost znovu.",
    Code.UNPARSABLE_MESSAGE: "Zprávu nelze přečíst. Pošlete ji znovu.",
}
"""What the applicant should do, per problem code (Czech). Same keys as ``FIXES_EN``."""

FIXES_EN: dict[Code, str] = {
    Code.SIGNATURE_MISSING: "The filing is not signed with a recognised electronic signature. "
    "Send it again signed with a qualified signature (or an advanced signature based on a "
    "qualified certificate), or send it from a data box.",
    Code.SIGNATURE_INVALID: "The electronic signature is invalid. Sign the filing again and "
    "send it unchanged.",
    Code.SIGNATURE_INDETERMINATE: "The signature could not be validated. Check that the "
    "certificate is qualified and valid and send the filing again.",
    Code.CERTIFICATE_NOT_QUALIFIED: "The signature is not based on a qualified certificate. Use "
    "a qualified certificate for electronic signatures.",
    Code.CERTIFICATE_REVOKED: "The signing certificate has been revoked. Sign the filing with a "
    "valid qualified certificate.",
    Code.CERTIFICATE_EXPIRED: "The signing certificate has expired. Sign the filing with a "
    "valid qualified certificate.",
    Code.CERTIFICATE_UNTRUSTED: "The signing certificate was not issued by a qualified trust "
    "service provider. Sign the filing with a qualified certificate from such a provider.",
    Code.SEAL_INVALID: "The electronic seal of the data message could not be verified. Send "
    "the filing from your data box again.",
    Code.UNSUPPORTED_FORMAT: "An attachment is in a format we do not accept. Send it in one of "
    "the accepted formats: {formats}.",
    Code.UNREADABLE_ATTACHMENT: "An attachment cannot be opened (damaged or encrypted). Send it "
    "again, undamaged and unencrypted.",
    Code.MALWARE_DETECTED: "Malicious code was found in an attachment; the message was not "
    "processed. Check your computer and send the filing again.",
    Code.TOO_LARGE: "The message is larger than this channel accepts and was not taken in "
    "whole. Send the filing again, smaller (reduce the attachments or split them over several "
    "messages).",
    Code.ENCRYPTED_CONTENT: "The message is encrypted and cannot be read. Send it again "
    "unencrypted (signed only).",
    Code.NO_IP_ADDRESSES: "The application lists no IP address. State the production (and, if "
    "needed, test) IP addresses.",
    Code.TOO_MANY_PRODUCTION_IPS: "The application lists more production IP addresses than "
    "allowed. State no more than the permitted number.",
    Code.TOO_MANY_TEST_IPS: "The application lists more test IP addresses than allowed. State "
    "no more than the permitted number.",
    Code.NON_PUBLIC_IP: "The application lists a non-public IP address. State the public IP "
    "addresses you will connect from.",
    Code.MISSING_CONTACT_EMAIL: "The application gives no contact e-mail. Please add one.",
    Code.MISSING_CONTACT_PHONE: "The application gives no contact phone number. Please add one.",
    Code.EMPTY_MESSAGE: "The message contains no text and no attachment. Send the application "
    "again.",
    Code.UNPARSABLE_MESSAGE: "The message cannot be read. Send it again.",
}
"""What the applicant should do, per problem code (English). Same keys as ``FIXES_CS``."""


ATTACHMENT_DEFECTS = frozenset(
    {Code.UNSUPPORTED_FORMAT, Code.UNREADABLE_ATTACHMENT, Code.MALWARE_DETECTED}
)
"""Defects of one attachment: the notice names the file (the applicant's own name for it)."""
ADDRESS_DEFECTS: dict[Code, frozenset[str]] = {
    Code.NO_IP_ADDRESSES: frozenset({"production_ips", "test_ips"}),
    Code.TOO_MANY_PRODUCTION_IPS: frozenset({"production_ips"}),
    Code.TOO_MANY_TEST_IPS: frozenset({"test_ips"}),
    Code.NON_PUBLIC_IP: frozenset({"production_ips", "test_ips"}),
}
"""Defects judged from the extracted address lists: while extraction is not sure of a list
they would present an uncertain value as a defect, so they wait for the officer."""


def defects_for(
    problems: list[dict[str, str]],
    language: str,
    *,
    formats: str,
    uncertain: Collection[str] = (),
) -> list[dict[str, str]]:
    """The stored problems a notice lists as the filing's defects, as ``{"text", "fix"}``
    in the notice's language (the remedy's first sentence says what is wrong, the rest what
    to do): only codes told to the applicant (``Code.told_to_applicant``),
    each in the notice's own words with its remedy — never a stored message (written for the
    officers, it may carry technical detail), an officer's note (``needs_review``), a code
    this version does not know, or a defect judged from a field in ``uncertain`` (extracted
    fields no officer has confirmed yet). An attachment's name is quoted when the problem
    concerns one. ``formats``: the accepted formats in one line, from the content policy in
    force, filled into the remedies that quote them."""
    fixes = {
        code: fix.replace("{formats}", formats)
        for code, fix in (FIXES_EN if language == "en" else FIXES_CS).items()
    }
    label = "Attachment" if language == "en" else "Příloha"
    out: list[dict[str, str]] = []
    seen: set[tuple[Code, str]] = set()
    for p in problems:
        code = Code.parse(p.get("code", ""))
        component = str(p.get("component") or "").strip()
        if code is None or (code, component) in seen or not code.told_to_applicant:
            continue
        if ADDRESS_DEFECTS.get(code, frozenset()) & set(uncertain):
            continue
        seen.add((code, component))
        what, _, fix = fixes[code].partition(". ")  # what is wrong; what to do
        text = what.rstrip(".") + "."
        if component and code in ATTACHMENT_DEFECTS:
            text += f" ({label}: {component[:120]})"
        out.append({"text": text, "fix": fix.strip()})
    return out
