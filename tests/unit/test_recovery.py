import pytest

from dpwallet.domain.errors import WrongSecret
from dpwallet.security import recovery


def test_round_trip_and_format() -> None:
    secret = bytes(range(16))
    code = recovery.encode(secret)
    groups = code.split("-")
    assert len(groups) == 7 and all(len(g) == 4 for g in groups)
    assert recovery.decode(code) == secret
    assert recovery.decode(code.lower().replace("-", " ")) == secret


def test_confusable_letters_are_read_as_digits() -> None:
    secret = b"\x00" * 16
    code = recovery.encode(secret)
    assert recovery.decode(code.replace("0", "O")) == secret


def test_every_single_character_typo_is_caught_before_decrypting() -> None:
    secret = bytes.fromhex("00112233445566778899aabbccddeeff")
    text = recovery.normalise(recovery.encode(secret))
    caught = 0
    for i, char in enumerate(text):
        for other in recovery.ALPHABET:
            if other == char:
                continue
            typo = text[:i] + other + text[i + 1 :]
            try:
                recovery.decode(typo)
            except WrongSecret as error:
                assert "typo" in str(error)
                caught += 1
    # 12 check bits catch all but a tiny fraction of single typos; in practice all here.
    assert caught >= 0.99 * len(text) * 31


@pytest.mark.parametrize(
    ("code", "words"),
    [("ABCD", "28 letters"), ("U" * 28, "cannot contain")],
)
def test_length_and_alphabet_messages(code: str, words: str) -> None:
    with pytest.raises(WrongSecret, match=words):
        recovery.decode(code)
