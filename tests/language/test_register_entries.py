"""Who is who lists each person once: a surname alone with the one full name of its country that holds it, and
one name spelt two ways under the spelling met first; different people stay apart."""

from pactline.language.context import one_entry_per_person


def _register(*people: tuple[str, str]) -> dict:
    return {name: {"name": name, "role": "head_of_state", "country": country} for name, country in people}


def test_a_surname_alone_joins_its_full_name():
    kept = one_entry_per_person(_register(("Ruto", "KEN"), ("William Ruto", "KEN"), ("Samia Suluhu Hassan", "TZA")))
    assert list(kept) == ["William Ruto", "Samia Suluhu Hassan"]


def test_two_spellings_of_one_name_are_one_person():
    kept = one_entry_per_person(_register(("Volodymyr Zelenskyy", "UKR"), ("Volodimir Zelenskyy", "UKR")))
    assert list(kept) == ["Volodymyr Zelenskyy"]


def test_different_people_stay_apart():
    people = _register(("Nguyen Phu Trong", "VNM"), ("Nguyen Xuan Phuc", "VNM"), ("Nguyen", "VNM"),
                       ("Ali Khamenei", "IRN"), ("Ali Larijani", "IRN"), ("Abdullah Ali", "JOR"), ("Ali", "SOM"))
    assert list(one_entry_per_person(people)) == list(people)


def test_a_name_inside_another_or_another_office_is_another_person():
    people = {"Salman": {"name": "Salman", "role": "head_of_state", "country": "SAU"},
              "Mohammed bin Salman": {"name": "Mohammed bin Salman", "role": "head_of_government", "country": "SAU"},
              "Ali": {"name": "Ali", "role": None, "country": "IRN"},
              "Ali Larijani": {"name": "Ali Larijani", "role": "legislature", "country": "IRN"}}
    assert list(one_entry_per_person(people)) == list(people)
