"""Settings: file + environment, placeholder secrets, campaign defaults, relative paths."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from intake.config import load_settings
from intake.errors import ConfigurationError

EXAMPLE = Path(__file__).resolve().parents[2] / "intake" / "podatelna.example.toml"


def test_defaults_are_the_2023_presidential_campaign() -> None:
    s = load_settings(None)
    assert s.mode == "development"
    assert s.campaign.deadline == datetime(2022, 12, 23, 23, 59, 59,
                                           tzinfo=ZoneInfo("Europe/Prague"))
    assert (s.campaign.max_production_ips, s.campaign.max_test_ips) == (5, 5)
    start, end = s.campaign.live_windows[1]
    assert start.isoformat() == "2023-01-28T14:00:00+01:00"
    assert end.isoformat() == "2023-01-29T23:59:59+01:00"


def test_example_config_refuses_its_placeholder_secret_in_production() -> None:
    with pytest.raises(ConfigurationError, match="secret_key"):
        load_settings(EXAMPLE)


def test_example_config_loads_with_a_real_secret_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PODATELNA_WEB__SECRET_KEY", "x" * 32)
    s = load_settings(EXAMPLE)
    assert s.mode == "production"
    assert s.source[0].kind == "dropfolder"
    assert s.database_url == f"sqlite:///{EXAMPLE.parent}/var/podatelna.db"
    assert s.path(s.evidence.dir) == EXAMPLE.parent / "var" / "evidence"


def test_environment_beats_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "p.toml"
    cfg.write_text('mode = "development"\n[database]\nurl = "sqlite:///a.db"\n')
    monkeypatch.setenv("PODATELNA_DATABASE__URL", "postgresql+psycopg://u@h/db")
    assert load_settings(cfg).database_url == "postgresql+psycopg://u@h/db"


@pytest.mark.parametrize("body,match", [
    ('[campaign]\ndeadline = "2022-12-23T23:59:59"\n', "offset"),
    ('[campaign]\nmax_test_ips = "many"\n', "max_test_ips"),
    ("[nonsense]\nx = 1\n", "nonsense"),
    ("[database\n", "cannot read"),
    ('[office]\nphone_prefixes = ["274 05"]\n', "E.164"),
    ('[[source]]\nkind = "dropfolder"\nname = "a"\npath = "x"\n'
     '[[source]]\nkind = "dropfolder"\nname = "a"\npath = "y"\n', "unique"),
])
def test_invalid_configuration_is_one_clear_error(tmp_path: Path, body: str, match: str) -> None:
    cfg = tmp_path / "p.toml"
    cfg.write_text('mode = "development"\n' + body)
    with pytest.raises(ConfigurationError, match=match):
        load_settings(cfg)


def test_missing_config_file_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="not found"):
        load_settings(tmp_path / "nope.toml")


def test_office_identity_reaches_extraction(tmp_path: Path) -> None:
    from intake.bootstrap import office_of

    cfg = tmp_path / "p.toml"
    cfg.write_text(
        'mode = "development"\n[office]\ndomains = ["kr-example.cz"]\n'
        'databox_id = "abc2def"\nphone_prefixes = ["+420499"]\n'
    )
    office = office_of(load_settings(cfg))
    assert (office.domains, office.databox_id, office.phone_prefixes) == (
        ("kr-example.cz",), "abc2def", ("+420499",)
    )
    assert office_of(load_settings(None)).databox_id == "2gfaasy"  # ČSÚ by default
