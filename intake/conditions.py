"""The published intake conditions (vyhláška 259/2012 Sb. §2 odst. 3 a)–i)), built from the
configuration and from the content policy actually in force — never a second copy of either.

``intake_conditions(settings)`` is pure: the public page (``/podminky``), its JSON
(``/podminky.json``) and the defect notices' list of formats all read what it returns.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from intake.config import (
    DataboxSourceConfig,
    DropFolderSourceConfig,
    ImapSourceConfig,
    Settings,
    SourceConfig,
)
from intake.content.check import ContentPolicy, PolicyDescription
from intake.content.formats import AcceptedFormat

MIB = 1024 * 1024


@dataclass(frozen=True)
class ChannelConditions:
    """One electronic channel: where to send and the largest message accepted."""

    channel: str
    """``email`` or ``databox``."""
    name_cs: str
    address: str
    """The e-mail address or the data-box ID."""
    max_size: int | None
    """Largest message in bytes (the smallest limit of the sources receiving this channel);
    None when no source receives it."""


@dataclass(frozen=True)
class Unpacking:
    max_expanded_bytes: int
    max_ratio: int
    max_members: int
    max_depth: int


@dataclass(frozen=True)
class IntakeConditions:
    office: str
    email: str
    databox_id: str
    postal_address: tuple[str, ...]
    office_hours: tuple[str, ...]
    other_means: tuple[str, ...]
    carriers: tuple[str, ...]
    channels: tuple[ChannelConditions, ...]
    formats: tuple[AcceptedFormat, ...]
    unpacking: Unpacking
    signature: tuple[str, ...]
    """What an e-mail filing must carry and why a data-box one need not (Czech sentences)."""
    malware: tuple[str, ...]
    """How messages with malicious code are handled (Czech sentences)."""
    defects: tuple[str, ...]
    """The consequences of defects (Czech sentences)."""
    about: tuple[str, ...]
    """What this filing office is in terms of the law (Czech sentences)."""
    campaign: str
    deadline: str
    """The campaign's deadline, ISO 8601 with offset."""

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["formats"] = [
            {
                "media_type": f.media_type,
                "label": f.label,
                "name": f.name_cs,
                "extensions": list(f.extensions),
                "unpacked": f.unpacked,
            }
            for f in self.formats
        ]
        return data


def _receives(source: SourceConfig, channel: str) -> bool:
    if isinstance(source, ImapSourceConfig):
        return channel == "email"
    if isinstance(source, DataboxSourceConfig):
        return channel == "databox"
    if isinstance(source, DropFolderSourceConfig):
        return source.channel in ("auto", channel)
    return False


def channel_limit(sources: list[SourceConfig], channel: str) -> int | None:
    """The largest message ``channel`` accepts: the smallest ``max_size`` among the sources
    that receive it (a sender cannot know which of them gets the message)."""
    sizes = [s.max_size for s in sources if _receives(s, channel)]
    return min(sizes) if sizes else None


def size_cs(n: int) -> str:
    """``50 MB``, ``1,5 MB``, ``200 kB`` (binary units, Czech decimal comma)."""
    if n >= MIB:
        value = n / MIB
        text = f"{value:.0f}" if value == int(value) else f"{value:.1f}".replace(".", ",")
        return f"{text} MB"
    return f"{max(1, round(n / 1024))} kB"


def _signature(accept_seals: bool) -> tuple[str, ...]:
    seal = (
        " Přijímáme i podání opatřená uznávanou elektronickou pečetí."
        if accept_seals
        else " Elektronická pečeť místo podpisu nestačí."
    )
    return (
        "Podání zaslané e-mailem musí být podepsáno uznávaným elektronickým podpisem "
        "(kvalifikovaným podpisem nebo zaručeným podpisem založeným na kvalifikovaném "
        "certifikátu, § 6 zákona č. 297/2016 Sb.)." + seal,
        "Podání odeslané z datové schránky podpis nepotřebuje (§ 18 odst. 2 zákona "
        "č. 300/2008 Sb.).",
        "Platnost podpisů, pečetí a časových razítek ověřujeme automaticky k času doručení; "
        "výsledek zaznamenáme do ověřovacího protokolu.",
    )


def _malware(scanner: bool, policy: PolicyDescription) -> tuple[str, ...]:
    if scanner:
        how = (
            "Každou doručenou zprávu i každý soubor v ní (také soubory rozbalené z archivů a "
            "kontejnerů) kontrolujeme antivirovým programem."
        )
    else:
        how = "Antivirová kontrola není v této instalaci podatelny nastavena."
    out = [
        how,
        "Zprávu se škodlivým kódem dále nezpracujeme: zůstane beze změny uložena jako doklad "
        "o doručení, soubor se škodlivým kódem neotevřeme a odesílateli, je-li známa jeho "
        "adresa, zašleme sdělení o vadě (§ 4 odst. 1 a 2 vyhlášky č. 259/2012 Sb.).",
    ]
    if policy.scan_required:
        out.append(
            "Nelze-li kontrolu provést, zprávu dále nezpracujeme, dokud kontrola neproběhne."
        )
    return tuple(out)


def _defects(settings: Settings) -> tuple[str, ...]:
    c = settings.campaign
    deadline = c.deadline.astimezone(c.tz)
    return (
        "Má-li podání vadu (chybí uznávaný podpis, soubor je v nepřijímaném formátu, je "
        "poškozený, zašifrovaný nebo obsahuje škodlivý kód) a lze-li zjistit odesílatele, "
        f"zašleme mu výzvu k odstranění vad se lhůtou {c.fix_days} dnů a sdělíme, jak postupovat.",
        "Neodstraní-li odesílatel vady v součinnosti s námi, podání se dále nezpracuje. Nelze-li "
        "odesílatele zjistit, podání se nezpracuje (§ 4 odst. 2 a 3 vyhlášky č. 259/2012 Sb.).",
        f"Podání doručená po lhůtě ({deadline.day}. {deadline.month}. {deadline.year} "
        f"{deadline:%H:%M:%S}) nelze přijmout.",
        "Doručení e-mailového podání potvrdíme na adresu odesílatele: potvrzení uvádí datum a "
        "čas doručení, evidenční číslo a otisk zprávy (§ 4 odst. 8 vyhlášky č. 259/2012 Sb.).",
    )


def _about(office: str) -> tuple[str, ...]:
    return (
        f"{office} – elektronická podatelna podle vyhlášky č. 259/2012 Sb. Přijímá "
        "datové zprávy, eviduje je, kontroluje a ověřuje a předává je elektronickému systému "
        "spisové služby úřadu (eSSL).",
        "Její evidence podání je evidencí elektronické podatelny: každé podání dostane v den "
        "doručení evidenční číslo a čas doručení s přesností na sekundy; zpráva se uchovává "
        "beze změny.",
        "Do spisové služby předává původní zprávu, její součásti, ověřovací protokol a "
        "metadata; převod do výstupního datového formátu s doložkou a další vyřizování "
        "provádí spisová služba. Podatelna přijaté soubory nepřevádí.",
    )


def intake_conditions(settings: Settings) -> IntakeConditions:
    """The intake conditions in force under ``settings``."""
    office = settings.office
    policy = ContentPolicy.from_config(settings.content).describe()
    scanner = settings.content.clamd_socket is not None or settings.content.clamd_host is not None
    channels = (
        ChannelConditions("email", "E-mail", office.email, channel_limit(settings.source, "email")),
        ChannelConditions(
            "databox",
            "Datová schránka",
            office.databox_id,
            channel_limit(settings.source, "databox"),
        ),
    )
    return IntakeConditions(
        office=settings.notices.office_name,
        email=office.email,
        databox_id=office.databox_id,
        postal_address=tuple(office.postal_address),
        office_hours=tuple(office.office_hours),
        other_means=tuple(office.other_means),
        carriers=tuple(office.carriers),
        channels=channels,
        formats=policy.formats,
        unpacking=Unpacking(
            policy.max_expanded_bytes, policy.max_ratio, policy.max_members, policy.max_depth
        ),
        signature=_signature(settings.trust.accept_seals),
        malware=_malware(scanner, policy),
        defects=_defects(settings),
        about=_about(settings.notices.office_name),
        campaign=settings.campaign.title,
        deadline=settings.campaign.deadline.isoformat(),
    )
