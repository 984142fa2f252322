"""A named person is one person: a titled name keeps its particles, and a later short mention joins the full
name instead of becoming a second person (newcomer, round 12)."""

from pactline.language.actors import build_context


def _people(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country) for p in build_context(text).people.values()}


def test_particle_names_are_read_whole() -> None:
    text = ("Dutch Foreign Minister Caspar van der Berg met Belgian Foreign Minister Hadja Lahbib in Brussels. "
            "Mozambican President Filipe Jacinto Nyusi later called the Dutch minister.")
    people = _people(text)
    assert ("Caspar van der Berg", "NLD") in people
    assert ("Filipe Jacinto Nyusi", "MOZ") in people
    assert ("Caspar", "NLD") not in people


def test_a_short_later_mention_joins_the_person() -> None:
    text = ("Portuguese Foreign Minister Rui da Costa Mendes flew to Maputo on Monday. Mozambican President "
            "Joaquim Nhaca received him. Portugal's Foreign Minister Rui told reporters a consulate would open.")
    people = _people(text)
    assert ("Rui", "PRT") not in people and ("Rui", None) not in people
    assert build_context(text).person("Rui").name == "Rui da Costa Mendes"


def test_a_title_between_two_names_is_the_second_ones() -> None:
    for text in ("At the invitation of President Tomas de la Vega, the President of the Republic of Ghana, "
                 "Kwame Asante Boateng, paid a state visit.",
                 "Hosted by King Harald van den Broek, the Prime Minister of Malaysia, Datuk Amir Hamzah, arrived."):
        people = _people(text)
        assert not any(code in ("GHA", "MYS") and "Boateng" not in name and "Amir" not in name
                       for name, code in people), people


def test_one_name_in_another_order_capitals_or_accents_is_one_person() -> None:
    text = ("Hungarian Foreign Minister SZIJJARTO Peter met Austrian Foreign Minister Beate Meinl-Reisinger in Vienna. "
            "Foreign Minister Péter Szijjártó said the two countries would open a new border crossing.")
    hungarians = {name for name, code in _people(text) if code == "HUN"}
    assert len(hungarians) == 1, hungarians


def test_a_fuller_name_later_replaces_the_shorter_form() -> None:
    for text, full in (
        ("Mexican President Andres Manuel Lopez met Guatemalan President Bernardo Arevalo at the border. "
         "President Andrés Manuel López Obrador then told reporters that a bridge would be built.", "López Obrador"),
        ("Portuguese Foreign Minister Paulo Rangel called Angola's Foreign Minister Tete Antonio on Friday. "
         "Foreign Minister Paulo de Almeida Rangel later said a consulate would reopen.", "de Almeida Rangel"),
    ):
        people = _people(text)
        code = "MEX" if "Mexican" in text else "PRT"
        names = {name for name, country in people if country == code}
        assert len(names) == 1 and full in next(iter(names)), names
        assert full in build_context(text).person(next(iter(names)).split()[0]).name
