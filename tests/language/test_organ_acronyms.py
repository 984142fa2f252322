"""A state organ named by its well-known acronym stands for its country; an acronym a news agency shares does
so only where the document's context makes it the organ (wave 1 leftover, round 12)."""

from pactline.language.actors import build_context, resolve


def _codes(text: str, phrase: str) -> list[str]:
    return resolve(phrase, build_context(text))[1]


def test_known_acronyms_stand_for_their_country() -> None:
    text = "Indonesia and Australia held naval drills. TNI commander Adm. Yudo Margono thanked Canberra."
    assert _codes(text, "TNI commander Adm. Yudo Margono") == ["IDN"]
    text = "Kenyan and Somali officials met in Mogadishu. The KDF said its units would stay in Gedo."
    assert _codes(text, "The KDF") == ["KEN"]


def test_a_shared_acronym_is_the_organ_in_a_text_about_its_country() -> None:
    text = ("The Philippines protested after Chinese vessels blocked a resupply boat off Palawan. AFP spokesperson "
            "Col. Ana Reyes said the boat was damaged. Manila summoned China's envoy.")
    assert _codes(text, "AFP spokesperson Col. Ana Reyes") == ["PHL"]
    text2 = ("Philippine troops and Japanese forces trained together in Luzon, where AFP chief Gen. Ramon Cruz "
             "watched the drills with Tokyo's defence attaché. The Philippines and Japan plan more.")
    assert _codes(text2, "AFP chief Gen. Ramon Cruz") == ["PHL"]


def test_a_news_agency_credit_is_no_organ() -> None:
    text = "HANOI (AFP) - Vietnam and Cambodia signed a border pact, officials told AFP. AFP could not confirm it."
    assert _codes(text, "AFP") == []
    text2 = ("Philippine and Vietnamese coast guards met in Manila. 'We agreed on a hotline,' an official told AFP. "
             "The Philippines and Vietnam will meet again.")
    assert _codes(text2, "AFP") == []
